'use client';
import type { Ref } from 'react';
import { useTranslations } from 'use-intl';

const STEP_BUTTON =
  'inline-flex items-center gap-1 rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * The slider and the step buttons. The keys (←/→, Home/End) are handled by
 * the whole panel (see Visualiser), so they work wherever its focus is.
 */
export function Timeline({ step, total, onStep, sliderRef }: { step: number; total: number; onStep(step: number): void; sliderRef?: Ref<HTMLInputElement> }) {
  const t = useTranslations('visualiser.Timeline');
  const last = total - 1;
  const label = t('slider', { step: step + 1, total });
  return (
    <div role="group" aria-label={t('label')} className="flex flex-wrap items-center gap-2">
      <button type="button" className={STEP_BUTTON} onClick={() => onStep(0)} disabled={step <= 0} data-testid="trace-first">
        <span aria-hidden="true">«</span> {t('first')}
      </button>
      <button type="button" className={STEP_BUTTON} onClick={() => onStep(step - 1)} disabled={step <= 0} data-testid="trace-back">
        <span aria-hidden="true">◀</span> {t('back')}
      </button>
      <input
        ref={sliderRef}
        type="range"
        min={0}
        max={Math.max(0, last)}
        step={1}
        value={step}
        onChange={(event) => onStep(Number(event.target.value))}
        aria-label={label}
        aria-valuetext={label}
        className="min-w-32 flex-1 accent-brand-600 dark:accent-brand-500"
        data-testid="trace-slider"
      />
      <button type="button" className={STEP_BUTTON} onClick={() => onStep(step + 1)} disabled={step >= last} data-testid="trace-forward">
        {t('forward')} <span aria-hidden="true">▶</span>
      </button>
      <button type="button" className={STEP_BUTTON} onClick={() => onStep(last)} disabled={step >= last} data-testid="trace-last">
        {t('last')} <span aria-hidden="true">»</span>
      </button>
      <span className="w-full text-sm tabular-nums text-slate-700 sm:w-auto dark:text-slate-300" data-testid="trace-position">
        {label}
      </span>
    </div>
  );
}
