'use client';
import Link from 'next/link';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { AUTO_MODEL, defaultChoice, migrateChoice } from '@/core/ai-models';
import { withOfferedAiModels } from '@/core/ai-settings';
import type { AiError, ModelInfo } from '@/core/schemas/ai';
import { Card } from '@/features/shell';
import { useAiKey } from '@/stores/ai-key';
import { useSettings } from '@/stores/settings';
import { aiOnThisHost } from './host';
import { AiProblemText, problemOf } from './problem';
import { useAi } from './use-ai';

const FIELD = 'rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
const BUTTON = 'rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;

type Check = { state: 'idle' } | { state: 'checking' } | { state: 'ok'; models: ModelInfo[]; listed: number; dropped: string[] } | { state: 'failed'; error: AiError };

/** Bring your own Gemini key: enter, test, choose where it is kept, remove; pick models and a daily cap. */
export function AiKeySettings() {
  const t = useTranslations('ai.AiKeySettings');
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
      const { aiModel, aiFallbacks } = useSettings.getState();
      const { dropped } = names.length ? migrateChoice({ model: aiModel, fallbacks: aiFallbacks }, names) : { dropped: [] };
      useSettings.setState((s) => withOfferedAiModels(s, names));
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

  if (!aiOnThisHost) {
    return (
      <Card>
        <h2 className="font-semibold" id="ai">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300" data-testid="ai-off-host">
          {t('offHost')}
        </p>
      </Card>
    );
  }

  return (
    <Card>
      <h2 className="font-semibold" id="ai">
        {t('title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {t.rich('intro', {
          link: (chunks) => (
            <a href="https://aistudio.google.com/apikey" className="underline" rel="noreferrer" target="_blank">
              {chunks}
            </a>
          ),
        })}
      </p>

      {stored.unreadable ? (
        <div
          className="mt-3 flex flex-wrap items-start gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100"
          role="alert"
          data-testid="key-unreadable"
        >
          <p className="flex-1">
            {t('unreadable')}
          </p>
          <button type="button" className="underline" onClick={stored.dismissUnreadable}>
            {t('dismiss')}
          </button>
        </div>
      ) : null}

      {stored.key ? (
        <div className="mt-3 space-y-3">
          <p className="text-sm" data-testid="key-status">
            {t.rich(stored.remember ? 'savedOnDevice' : 'savedForTab', { key: maskKey(stored.key), code: (chunks) => <code>{chunks}</code> })}
          </p>
          <div className="flex flex-wrap gap-2">
            <button type="button" className={QUIET} onClick={() => void test(stored.key ?? '')} disabled={check.state === 'checking'} data-testid="test-connection">
              {check.state === 'checking' ? t('testing') : t('test')}
            </button>
            <button
              type="button"
              className={QUIET}
              onClick={() => stored.save(stored.key ?? '', !stored.remember)}
              title={stored.remember ? t('keepForTabTitle') : t('rememberTitle')}
            >
              {stored.remember ? t('keepForTab') : t('remember')}
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
              {t('remove')}
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
            {t('keyLabel')}
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
              placeholder={t('keyPlaceholder')}
              className={`${FIELD} min-w-0 flex-1 font-mono`}
            />
            <button type="submit" className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`} disabled={!draft.trim()} data-testid="save-key">
              {t('save')}
            </button>
          </div>
          {draftError ? (
            <p id="gemini-key-error" className="text-sm text-red-700 dark:text-red-400" role="alert">
              {t('notAKey')}
            </p>
          ) : null}
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" checked={remember} onChange={(e) => setRemember(e.target.checked)} data-testid="remember-key" />
            {t('rememberChoice')}
          </label>
        </form>
      )}

      <div aria-live="polite" className="mt-2 text-sm">
        {check.state === 'ok' ? (
          <>
            <p className="text-brand-700 dark:text-brand-100" data-testid="connection-ok">
              {t('connected', { offered: check.models.length, listed: check.listed })}
            </p>
            {check.dropped.length > 0 ? (
              <p className="text-amber-800 dark:text-amber-300" data-testid="models-migrated">
                {t('migrated', { models: check.dropped.join(', '), count: check.dropped.length })}
              </p>
            ) : null}
          </>
        ) : check.state === 'failed' ? (
          <p className="text-red-700 dark:text-red-400" role="alert" data-testid="connection-error">
            <AiProblemText problem={problemOf({ error: check.error })} />
          </p>
        ) : null}
      </div>

      <fieldset className="mt-4 space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800">
        <legend className="sr-only">{t('modelsLegend')}</legend>
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="ai-model" className="text-sm">
            {t('model')}
          </label>
          <select id="ai-model" value={settings.aiModel} onChange={(e) => settings.setAiModels(e.target.value, settings.aiFallbacks)} className={FIELD}>
            <option value={AUTO_MODEL}>{t('automatic')}</option>
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
            {t('automaticExplained')}
            {automatic ? (
              <>
                {' '}
                {automatic.fallbacks.length
                  ? t.rich('automaticNowThen', {
                      model: automatic.model,
                      fallbacks: automatic.fallbacks.join(', '),
                      code: (chunks) => <code>{chunks}</code>,
                      list: () =>
                        automatic.fallbacks.map((m, i) => (
                          <span key={m}>
                            {i > 0 ? ', ' : ''}
                            <code>{m}</code>
                          </span>
                        )),
                    })
                  : t.rich('automaticNow', { model: automatic.model, code: (chunks) => <code>{chunks}</code> })}
              </>
            ) : null}
          </p>
        ) : (
          <div>
            <p className="text-sm">{t('fallbacks', { max: 3 })}</p>
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
        {models.length === 0 ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{t('testToChoose')}</p> : null}
        <div className="flex flex-wrap items-center gap-3">
          <label htmlFor="ai-cap" className="text-sm">
            {t('dailyCap')}
          </label>
          <input id="ai-cap" type="number" min={0} max={10000} value={settings.aiDailyCap} onChange={(e) => settings.setAiDailyCap(Number(e.target.value))} className={`${FIELD} w-24`} />
          <Link href="/insights/api-usage" className="text-sm underline">
            {t('seeUsage')}
          </Link>
        </div>
      </fieldset>
      <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
        {t('privacy')}
      </p>
    </Card>
  );
}

/** Show only the ends of a key. */
function maskKey(key: string): string {
  return key.length <= 8 ? '••••' : `${key.slice(0, 4)}…${key.slice(-4)}`;
}
