'use client';
import { useCallback } from 'react';
import { useLocale } from 'use-intl';
import type { AiResult, AnswerOf, JsonEndpoint } from '@/adapters/gemini/client';
import type { AiEndpoint, AiError, StreamedEndpoint } from '@/core/schemas/ai';
import { serverReachable } from '@/adapters/network';
import { useAiKey } from '@/stores/ai-key';
import { withoutAiModels } from '@/core/ai-settings';
import { useSettings } from '@/stores/settings';
import { aiOnThisHost } from './host';
import type { AiProblem } from './problem';

/** A call useAi did not make, and why (put into words by the component). */
type Blocked = { ok: false; error: AiError; latencyMs: number; partial?: undefined; blocked: AiProblem };
/** The browser knows it has no network (what `navigator.onLine` can tell is only that). */
const offline = () => typeof navigator !== 'undefined' && navigator.onLine === false;

const OFFLINE: Blocked = { ok: false, error: { code: 'upstream', message: 'offline' }, latencyMs: 0, blocked: { reason: 'offline' } };

/**
 * A call that got no answer at all while PyDojo's own server cannot be
 * reached reads as offline, not as the AI service's fault.
 */
async function offlineIfDisconnected<T>(result: AiResult<T>): Promise<AiResult<T> | Blocked> {
  if (result.ok || result.error.code !== 'upstream' || (await serverReachable())) return result;
  return { ...OFFLINE, latencyMs: result.latencyMs };
}

/**
 * The code a call needs (the Gemini client, the usage log and its daily cap),
 * loaded with the first call: a page that makes none never loads it.
 */
const loadCalls = () =>
  Promise.all([import('@/adapters/gemini/client'), import('@/stores/usage'), import('@/core/usage')]).then(([client, store, usage]) => ({
    ...client,
    usage: store.useUsage,
    capReached: usage.capReached,
  }));
type Calls = Awaited<ReturnType<typeof loadCalls>>;

/** What a call through useAi gives: the service's result, or the reason it was not made. */
export type AiCallResult<T> = AiResult<T> | Blocked;

/**
 * AI calls as the workspace needs them: the learner's key and model choice
 * added, the daily cap enforced, and every call recorded in the usage store
 * with the model that answered and each request it took. Models a call found
 * gone (404) leave the saved choice.
 */
export function useAi() {
  const key = useAiKey((s) => s.key);
  const model = useSettings((s) => s.aiModel);
  const fallbacks = useSettings((s) => s.aiFallbacks);
  const cap = useSettings((s) => s.aiDailyCap);
  const language = useLocale();

  /** The key to call with and the calls' code, or why no call may be made now. */
  const permit = useCallback(async (): Promise<{ key: string; calls: Calls } | { blocked: Blocked }> => {
    if (!aiOnThisHost) return { blocked: { ok: false, error: { code: 'upstream', message: 'no_ai_routes' }, latencyMs: 0, blocked: { reason: 'offHost' } } };
    if (offline()) return { blocked: OFFLINE };
    if (!key) return { blocked: { ok: false, error: { code: 'missing_key', message: 'missing_key' }, latencyMs: 0, blocked: { reason: 'missingKey' } } };
    const calls = await loadCalls().catch(() => null);
    // Its code could not be fetched: the network is gone.
    if (!calls) return { blocked: OFFLINE };
    if (calls.capReached(calls.usage.getState(), cap, Date.now())) {
      return { blocked: { ok: false, error: { code: 'quota', message: 'daily_cap' }, latencyMs: 0, blocked: { reason: 'dailyCap', cap } } };
    }
    return { key, calls };
  }, [key, cap]);

  const note = useCallback(
    <T,>(calls: Calls, endpoint: AiEndpoint, result: AiResult<T>): AiResult<T> => {
      calls.usage.getState().record({
        endpoint,
        model: result.ok ? result.usage.model : '',
        inputTokens: result.ok ? result.usage.inputTokens : 0,
        outputTokens: result.ok ? result.usage.outputTokens : 0,
        latencyMs: Math.round(result.latencyMs),
        ok: result.ok,
        ...(result.ok ? { steps: result.usage.steps } : { errorCode: result.error.code }),
      });
      const gone = result.ok ? result.usage.unavailable : result.error.unavailable;
      if (gone?.length) useSettings.setState((s) => withoutAiModels(s, gone));
      return result;
    },
    [],
  );

  const call = useCallback(
    async <E extends JsonEndpoint>(endpoint: E, body: Record<string, unknown>, signal?: AbortSignal): Promise<AiCallResult<AnswerOf<E>>> => {
      const allowed = await permit();
      if ('blocked' in allowed) return allowed.blocked;
      const { calls } = allowed;
      return offlineIfDisconnected(note(calls, endpoint, await calls.callAi(endpoint, allowed.key, { model, fallbacks, language, ...body }, signal)));
    },
    [permit, note, model, fallbacks, language],
  );

  const stream = useCallback(
    async (endpoint: StreamedEndpoint, body: Record<string, unknown>, onText: (piece: string) => void, signal?: AbortSignal): Promise<AiCallResult<string>> => {
      const allowed = await permit();
      if ('blocked' in allowed) return allowed.blocked;
      const { calls } = allowed;
      return offlineIfDisconnected(note(calls, endpoint, await calls.streamAi(endpoint, allowed.key, { model, fallbacks, language, ...body }, onText, signal)));
    },
    [permit, note, model, fallbacks, language],
  );

  /** Check a key (saved or just typed) by listing its models; recorded like any call. */
  const testKey = useCallback(
    async (candidate: string) => {
      const calls = await loadCalls().catch(() => null);
      if (!calls) return OFFLINE;
      return note(calls, 'test-connection', await calls.callAi('test-connection', candidate, {}));
    },
    [note],
  );

  return { available: aiOnThisHost && Boolean(key), call, stream, testKey };
}
