'use client';
import Link from 'next/link';
import { useState } from 'react';
import { AUTO_MODEL, defaultChoice, migrateChoice } from '@/core/ai-models';
import type { AiError, ModelInfo } from '@/core/schemas/ai';
import { Card } from '@/features/shell';
import { useAiKey } from '@/stores/ai-key';
import { useSettings } from '@/stores/settings';
import { useAi } from './use-ai';

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'ok'; models: ModelInfo[]; listed: number; dropped: string[] } | { state: 'failed'; error: AiError };

/** Bring your own Gemini key: enter, test, choose where it is kept, remove; pick models and a daily cap. */
export function AiKeySettings() {
  const stored = useAiKey();
  const settings = useSettings();
  const { testKey } = useAi();
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState(false);
  const [remember, setRemember] = useState(false);
  const [check, setCheck] = useState<Check>({ state: 'idle' });
  const [models, setModels] = useState<ModelInfo[]>([]);

  const test = async (key: string) => {
    setCheck({ state: 'checking' });
    const result = await testKey(key);
    if (result.ok) {
      const names = result.data.models.map((m) => m.name);
      // A saved model the key no longer offers goes back to the automatic choice.
      const { aiModel, aiFallbacks, offerAiModels } = useSettings.getState();
      const { dropped } = names.length ? migrateChoice({ model: aiModel, fallbacks: aiFallbacks }, names) : { dropped: [] };
      offerAiModels(names);
      setModels(result.data.models);
      setCheck({ state: 'ok', models: result.data.models, listed: result.data.listed ?? result.data.models.length, dropped });
    } else {
      setCheck({ state: 'failed', error: result.error });
    }
    return result.ok;
  };

  const save = async () => {
    const key = draft.trim();
    if (!key) return;
    if (!stored.save(key, remember)) {
      setDraftError(true);
      return;
    }
    setDraftError(false);
    setDraft('');
    await test(key);
  };

  const choices = models.length > 0 ? models.map((m) => m.name) : [settings.aiModel, ...settings.aiFallbacks].filter((m) => m !== AUTO_MODEL);
  const label = (name: string) => {
    const shown = models.find((m) => m.name === name)?.displayName;
    return shown && shown !== name ? `${shown} (${name})` : name;
  };
  const automatic = defaultChoice(models.map((m) => m.name));

  return (
    <Card>
      <h2 className="font-semibold" id="ai">
        Gemini API key (optional)
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        With your own key from{' '}
        <a href="https://aistudio.google.com/apikey" className="underline" rel="noreferrer" target="_blank">
          Google AI Studio
        </a>{' '}
        you get AI questions (checked by running them first), hints that read your code, code review, faster solutions and a tutor.
        Everything else works without one.
      </p>

      {stored.unreadable ? (
        <div
          className="mt-3 flex flex-wrap items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
          role="alert"
          data-testid="key-unreadable"
        >
          <p className="flex-1">
            The Gemini key saved in this browser could not be read (it was damaged), so PyDojo removed it. Nothing else was changed. Add your key again
            to use the AI features.
          </p>
          <button type="button" className="underline" onClick={stored.dismissUnreadable}>
            Dismiss
          </button>
        </div>
      ) : null}

      {stored.key ? (
        <div className="mt-3 space-y-3">
          <p className="text-sm" data-testid="key-status">
            Key saved {stored.remember ? 'on this device' : 'for this tab only'}: <code>{maskKey(stored.key)}</code>
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={QUIET} onClick={() => void test(stored.key ?? '')} disabled={check.state === 'checking'} data-testid="test-connection">
              {check.state === 'checking' ? 'Testing…' : 'Test connection'}
            </button>
            <button
              type="button"
              className={QUIET}
              onClick={() => stored.save(stored.key ?? '', !stored.remember)}
              title={stored.remember ? 'Keep it in this tab only (sessionStorage)' : 'Keep it in this browser (localStorage)'}
            >
              {stored.remember ? 'Keep for this tab only' : 'Remember on this device'}
            </button>
            <button
              type="button"
              className={`${BUTTON} text-red-700 hover:bg-red-50 dark:text-red-400 dark:hover:bg-red-950`}
              onClick={() => {
                stored.clear();
                setCheck({ state: 'idle' });
                setModels([]);
              }}
              data-testid="remove-key"
            >
              Remove key
            </button>
          </div>
        </div>
      ) : (
        <form
          className="mt-3 space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor="gemini-key" className="block text-sm font-medium">
            API key
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="gemini-key"
              type="password"
              autoComplete="off"
              spellCheck={false}
              value={draft}
              onChange={(e) => {
                setDraft(e.target.value);
                setDraftError(false);
              }}
              aria-invalid={draftError || undefined}
              aria-describedby={draftError ? 'gemini-key-error' : undefined}
              placeholder="AIza…"
              className={`${FIELD} min-w-0 flex-1 font-mono`}
            />
            <button type="submit" className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`} disabled={!draft.trim()} data-testid="save-key">
              Save and test
            </button>
          </div>
          {draftError ? (
            <p id="gemini-key-error" className="text-sm text-red-700 dark:text-red-400" role="alert">
              That is not an API key: a key is one word of letters, digits and - _ (Google AI Studio keys start with “AIza”).
            </p>
          ) : null}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} data-testid="remember-key" />
            Remember on this device (otherwise the key is forgotten when this tab closes)
          </label>
        </form>
      )}

      <div aria-live="polite" className="mt-2 text-sm">
        {check.state === 'ok' ? (
          <>
            <p className="text-brand-700 dark:text-brand-100" data-testid="connection-ok">
              Connected. {check.models.length} models offered for PyDojo ({check.listed} listed by the key; speech, image, embedding and Gemma models are left out).
            </p>
            {check.dropped.length > 0 ? (
              <p className="text-amber-800 dark:text-amber-300" data-testid="models-migrated">
                {check.dropped.join(', ')} {check.dropped.length === 1 ? 'is' : 'are'} no longer offered to this key, so the choice below was updated.
              </p>
            ) : null}
          </>
        ) : check.state === 'failed' ? (
          <p className="text-red-700 dark:text-red-400" role="alert" data-testid="connection-error">
            {check.error.message}
          </p>
        ) : null}
      </div>

      <fieldset className="mt-4 space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800">
        <legend className="sr-only">Models and limits</legend>
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="ai-model" className="text-sm">
            Model
          </label>
          <select id="ai-model" value={settings.aiModel} onChange={(e) => settings.setAiModels(e.target.value, settings.aiFallbacks)} className={FIELD}>
            <option value={AUTO_MODEL}>Automatic: the best model your key lists</option>
            {[...new Set([settings.aiModel, ...choices])]
              .filter((name) => name !== AUTO_MODEL)
              .map((name) => (
                <option key={name} value={name}>
                  {label(name)}
                </option>
              ))}
          </select>
        </div>
        {settings.aiModel === AUTO_MODEL ? (
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="auto-models">
            PyDojo reads your key’s model list on each call and asks the newest stable Flash, then the newest Flash-Lite, then the “-latest” aliases, so a
            retired model never breaks it.
            {automatic ? (
              <>
                {' '}
                For this key now: <code>{automatic.model}</code>
                {automatic.fallbacks.length ? (
                  <>
                    , then{' '}
                    {automatic.fallbacks.map((m, i) => (
                      <span key={m}>
                        {i > 0 ? ', ' : ''}
                        <code>{m}</code>
                      </span>
                    ))}
                  </>
                ) : null}
                .
              </>
            ) : null}
          </p>
        ) : (
          <div>
            <p className="text-sm">Fallback models, tried in order when the first is busy or rate limited (up to 3)</p>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {[...new Set([...settings.aiFallbacks, ...choices])]
                .filter((name) => name !== settings.aiModel)
                .map((name) => {
                  const on = settings.aiFallbacks.includes(name);
                  return (
                    <label key={name} className="flex items-center gap-1.5 text-sm">
                      <input
                        type="checkbox"
                        checked={on}
                        disabled={!on && settings.aiFallbacks.length >= 3}
                        onChange={() => settings.setAiModels(settings.aiModel, on ? settings.aiFallbacks.filter((m) => m !== name) : [...settings.aiFallbacks, name])}
                      />
                      {label(name)}
                    </label>
                  );
                })}
            </div>
          </div>
        )}
        {models.length === 0 ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">Test the connection to choose from every model your key can use.</p> : null}
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="ai-cap" className="text-sm">
            Daily limit of AI calls (0 = no limit)
          </label>
          <input id="ai-cap" type="number" min={0} max={10000} value={settings.aiDailyCap} onChange={(e) => settings.setAiDailyCap(Number(e.target.value))} className={`${FIELD} w-24`} />
          <Link href="/insights/api-usage" className="text-sm underline">
            See usage
          </Link>
        </div>
      </fieldset>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        The key stays in this browser and is sent only to PyDojo&apos;s own AI routes, which use it for one call to Gemini and keep nothing.
      </p>
    </Card>
  );
}

/** Show only the ends of a key. */
function maskKey(key: string): string {
  return key.length <= 8 ? '••••' : `${key.slice(0, 4)}…${key.slice(-4)}`;
}
