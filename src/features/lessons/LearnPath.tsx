'use client';
import Link from 'next/link';
import { useTranslations } from 'use-intl';
import { completion, continueLearning, type LessonOutline } from '@/core/lessons/progress';
import { useHydrated } from '@/features/shell';
import { useLessonProgress } from '@/stores/lesson-progress';
import type { PathModule } from './data';

const LINK = 'text-brand-700 underline-offset-2 hover:underline dark:text-brand-500';

function href(outline: { module: string; subtopic: string }): string {
  return `/learn/${outline.module}/${outline.subtopic}`;
}

function ProgressMark({ share, complete }: { share: number; complete: boolean }) {
  const t = useTranslations('lessons.LearnPath');
  if (complete) {
    return (
      <span className="rounded-full bg-brand-100 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-700/30 dark:text-brand-100" data-testid="lesson-state">
        ✓ {t('complete')}
      </span>
    );
  }
  if (share === 0) return null;
  return (
    <span className="flex items-center gap-1.5 text-xs text-slate-600 dark:text-slate-400" data-testid="lesson-state">
      <span className="h-1.5 w-12 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700" aria-hidden="true">
        <span className="block h-full bg-brand-600 dark:bg-brand-500" style={{ width: `${Math.round(share * 100)}%` }} />
      </span>
      {Math.round(share * 100)}%
    </span>
  );
}

/** The learning path: every lesson in order with the learner's progress, and where to continue. */
export function LearnPath({ modules }: { modules: PathModule[] }) {
  const t = useTranslations('lessons.LearnPath');
  const hydrated = useHydrated(useLessonProgress);
  const lessons = useLessonProgress((s) => s.lessons);
  const written: LessonOutline[] = modules.flatMap((m) => m.entries.flatMap((e) => (e.outline ? [e.outline] : [])));
  const next = hydrated ? continueLearning({ lessons }, written) : null;
  const first = written[0] ?? null;
  const target = next?.outline ?? first;
  const total = modules.reduce((n, m) => n + m.entries.length, 0);

  return (
    <div className="space-y-8">
      {target ? (
        <section aria-labelledby="continue-learning" className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-500/40 bg-brand-50 p-4 dark:border-brand-700/60 dark:bg-brand-700/10" data-testid="learn-continue">
          <div className="min-w-0">
            <h2 id="continue-learning" className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-500">
              {next?.reason === 'in-progress' ? t('heading.inProgress') : next?.reason === 'next' ? t('heading.next') : t('heading.start')}
            </h2>
            <p className="mt-1 text-lg font-semibold">{target.title}</p>
          </div>
          <Link href={href(target)} className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700" aria-label={t(next?.reason === 'in-progress' ? 'continueLabel' : 'startLabel', { title: target.title })}>
            {next?.reason === 'in-progress' ? t('continue') : t('start')}
          </Link>
        </section>
      ) : null}
      <p className="text-sm text-slate-600 dark:text-slate-400">
        {t('summary', { lessons: total, modules: modules.length })}
      </p>
      {modules.map((mod, m) => (
        <section key={mod.id} aria-labelledby={`module-${mod.id}`} className="space-y-2">
          <h2 id={`module-${mod.id}`} className="text-lg font-semibold">
            <span className="text-slate-500 dark:text-slate-400">{m + 1}.</span> {mod.name}
          </h2>
          <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
            {mod.entries.map((entry) => {
              const progress = entry.outline && hydrated ? completion(lessons[entry.outline.id], entry.outline) : null;
              return (
                <li key={entry.stop.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5" data-testid="path-lesson" data-lesson={entry.stop.id}>
                  <span className="w-6 shrink-0 text-right text-sm tabular-nums text-slate-500 dark:text-slate-400">{entry.stop.index + 1}</span>
                  <div className="min-w-0 flex-1">
                    <Link href={href(entry.stop)} className={`font-medium ${LINK}`}>
                      {entry.title}
                    </Link>
                    {entry.goal ? <p className="text-sm text-slate-600 dark:text-slate-400">{entry.goal}</p> : null}
                  </div>
                  {entry.outline ? (
                    progress ? <ProgressMark share={progress.share} complete={progress.checkPassed} /> : null
                  ) : (
                    <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200">{t('beingWritten')}</span>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
