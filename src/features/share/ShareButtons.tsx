'use client';
import { lazy, Suspense, useState, type ComponentProps } from 'react';
import { useTranslations } from 'use-intl';
import type { Problem, ProblemPack } from '@/core/schemas/problem';
import type { ShareDialog as Dialog } from './ShareDialog';

// The dialog (and the link encoder) is fetched when Share is pressed, not with the page.
const LoadedDialog = lazy(() => import('./ShareDialog').then((module) => ({ default: module.ShareDialog })));

function ShareDialog(props: ComponentProps<typeof Dialog>) {
  return (
    <Suspense fallback={null}>
      <LoadedDialog {...props} />
    </Suspense>
  );
}

const BUTTON = 'inline-flex items-center gap-1.5 rounded-md border border-slate-300 px-3 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800';

/**
 * The workspace's Share: this problem, or the learner's code with it. The
 * code is read from the editor when the solution is chosen, never from state.
 */
export function ShareProblemButton({ problem, getCode, solved }: { problem: Problem; getCode(): string; solved: boolean }) {
  const t = useTranslations('share.ShareProblemButton');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className={BUTTON} aria-haspopup="dialog" data-testid="share">
        {t('share')}
      </button>
      {open ? (
        <ShareDialog
          title={t('title', { title: problem.title })}
          onClose={() => setOpen(false)}
          choices={[
            { id: 'problem', label: t('problem'), fileName: problem.id, make: () => ({ kind: 'problem', data: { problem } }) },
            {
              id: 'solution',
              label: t('solution'),
              note: solved ? undefined : t('unsolved'),
              fileName: `${problem.id}-solution`,
              make: () => ({ kind: 'solution', data: { problem, code: getCode(), solved } }),
            },
          ]}
        />
      ) : null}
    </>
  );
}

/** Beside an imported pack: a challenge link for the whole pack. */
export function SharePackButton({ pack }: { pack: ProblemPack }) {
  const t = useTranslations('share.SharePackButton');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="rounded border border-slate-300 px-2 py-0.5 text-xs dark:border-slate-600"
        aria-haspopup="dialog"
        aria-label={t('label', { title: pack.title })}
        data-testid="share-pack"
      >
        {t('share')}
      </button>
      {open ? (
        <ShareDialog
          title={t('title', { title: pack.title })}
          onClose={() => setOpen(false)}
          choices={[{ id: 'challenge', label: t('challenge'), fileName: pack.id, make: () => ({ kind: 'challenge', data: { pack } }) }]}
        />
      ) : null}
    </>
  );
}
