'use client';
import { useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { problemContext, resultsContext } from '@/core/ai';
import { conversationFor } from '@/core/tutor';
import type { Verdict } from '@/core/grading';
import type { Problem } from '@/core/schemas/problem';
import { LazyMarkdown as Markdown } from '@/features/shell';
import { useTutor } from '@/stores/tutor';
import { AnsweredBy } from './CoachPanel';
import { AiProblemText, problemOf, type AiProblem } from './problem';
import { useAi } from './use-ai';

/** A Socratic chat about this problem, streamed, kept per problem in this browser. */
export function TutorPanel({ problem, topicLabel, getCode, verdict }: { problem: Problem; topicLabel: string; getCode(): string; verdict: Verdict | null }) {
  const t = useTranslations('ai.TutorPanel');
  const ai = useAi();
  const messages = useTutor((s) => s.threads[problem.id]?.messages ?? EMPTY);
  const add = useTutor((s) => s.add);
  const clear = useTutor((s) => s.clear);
  const [draft, setDraft] = useState('');
  const [reply, setReply] = useState<string | null>(null);
  const [error, setError] = useState<{ problem: AiProblem; partial: string | null } | null>(null);
  /** The model that wrote the latest reply in this session. */
  const [lastModel, setLastModel] = useState<string | null>(null);
  const end = useRef<HTMLDivElement>(null);

  const send = async () => {
    const text = draft.trim();
    if (!text || reply !== null) return;
    setDraft('');
    setError(null);
    setLastModel(null);
    add(problem.id, { role: 'user', text: text.slice(0, 8_000) });
    setReply('');
    const conversation = conversationFor(useTutor.getState(), problem.id);
    const result = await ai.stream(
      'tutor',
      { problem: problemContext(problem, topicLabel), code: getCode(), results: resultsContext(verdict), messages: conversation },
      (piece) => {
        setReply((r) => (r ?? '') + piece);
        end.current?.scrollIntoView({ block: 'nearest' });
      },
    );
    setReply(null);
    if (result.ok) {
      add(problem.id, { role: 'model', text: result.data.slice(0, 8_000) });
      setLastModel(result.usage.model);
    } else {
      setError({ problem: problemOf(result), partial: result.partial ?? null });
    }
  };

  return (
    <div className="flex h-full min-h-0 flex-col text-sm" data-testid="tutor">
      <div className="min-h-0 flex-1 space-y-2 overflow-y-auto p-3" role="log" aria-label={t('log')} tabIndex={0}>
        {messages.length === 0 && reply === null ? (
          <p className="text-slate-600 dark:text-slate-400">
            {t('intro')}
          </p>
        ) : null}
        {messages.map((m, i) => (
          <Bubble key={i} role={m.role} text={m.text} />
        ))}
        {lastModel && reply === null && messages.at(-1)?.role === 'model' ? <AnsweredBy model={lastModel} /> : null}
        {reply !== null ? <Bubble role="model" text={reply || '…'} streaming /> : null}
        {error?.partial ? (
          <div className="max-w-[90%] rounded-lg border border-amber-400/60 px-3 py-2" data-testid="tutor-partial">
            <p className="whitespace-pre-wrap">{error.partial}…</p>
          </div>
        ) : null}
        {error ? (
          <p className="text-red-700 dark:text-red-400" role="alert">
            <AiProblemText problem={error.problem} />
          </p>
        ) : null}
        <div ref={end} />
      </div>
      <form
        className="flex gap-2 border-t border-slate-200 p-2 dark:border-slate-800"
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <label htmlFor={`tutor-${problem.id}`} className="sr-only">
          {t('inputLabel')}
        </label>
        <textarea
          id={`tutor-${problem.id}`}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey) {
              e.preventDefault();
              void send();
            }
          }}
          rows={2}
          maxLength={8_000}
          placeholder={t('placeholder')}
          className="min-w-0 flex-1 resize-none rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900"
          data-testid="tutor-input"
        />
        <div className="flex flex-col gap-1">
          <button type="submit" disabled={!draft.trim() || reply !== null} className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700 disabled:opacity-50" data-testid="tutor-send">
            {t('send')}
          </button>
          {messages.length > 0 ? (
            <button type="button" onClick={() => clear(problem.id)} disabled={reply !== null} className="text-xs underline">
              {t('clear')}
            </button>
          ) : null}
        </div>
      </form>
    </div>
  );
}

const EMPTY: never[] = [];

function Bubble({ role, text, streaming = false }: { role: 'user' | 'model'; text: string; streaming?: boolean }) {
  const t = useTranslations('ai.TutorPanel');
  return (
    <div
      className={`max-w-[90%] rounded-lg px-3 py-2 ${role === 'user' ? 'ml-auto bg-brand-50 dark:bg-brand-700/25' : 'bg-slate-100 dark:bg-slate-800'}`}
      data-testid={role === 'user' ? 'tutor-user' : streaming ? 'tutor-streaming' : 'tutor-reply'}
    >
      <p className="sr-only">{role === 'user' ? t('you') : t('tutor')}</p>
      {streaming ? <p className="whitespace-pre-wrap">{text}</p> : <Markdown source={text} />}
    </div>
  );
}
