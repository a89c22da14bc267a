'use client';
import Link from 'next/link';
import type { Catalog } from '@/core/catalog';
import type { LessonOutline } from '@/core/lessons/progress';
import { ProblemList } from '@/features/catalog';
import { Card, Page } from '@/features/shell';
import { lessonHref } from './learning';
import { plural, practiceHref } from './model';
import { MUTED, PRIMARY, SECONDARY } from './ui';

export function HeaderActions({ modules }: { modules: number }) {
  return (
    <div className="flex flex-wrap gap-2">
      <Link href="/modules" className={SECONDARY}>
        Browse {modules} modules
      </Link>
      <Link href="/practice/manual" className={PRIMARY}>
        Start practising
      </Link>
    </div>
  );
}

/** The first visit: what PyDojo is, where a beginner starts (the first lesson) and the starter set. */
export function FirstVisit({ catalog, lessons }: { catalog: Catalog; lessons: readonly LessonOutline[] }) {
  const starter = catalog.problems.filter((p) => p.pack === 'starter');
  const first = starter[0];
  const firstLesson = lessons[0];
  return (
    <Page
      title="Welcome to PyDojo"
      intro={
        firstLesson
          ? 'Learn Python and practise it in your browser: short lessons with examples you can run, then problems in a real editor, graded by tests. Nothing to install, and your code never leaves this device.'
          : 'Practise Python in your browser: write code in a real editor, run it instantly, and get graded by tests. Nothing to install, and your code never leaves this device.'
      }
      actions={<HeaderActions modules={catalog.modules.length} />}
    >
      {firstLesson ? (
        <section
          aria-labelledby="new-to-python"
          data-testid="first-lesson"
          className="mb-4 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-brand-500/40 bg-brand-50 p-4 dark:border-brand-700/60 dark:bg-brand-700/10"
        >
          <div className="min-w-0 max-w-xl">
            <h2 id="new-to-python" className="font-semibold">
              Never written Python? Start here
            </h2>
            <p className={`mt-1 text-sm ${MUTED}`}>
              {plural(lessons.length, 'lesson')} take you from your first line of code to data structures, one small step at a time: read, run the examples, answer a short
              check, then practise.
            </p>
          </div>
          <Link href={lessonHref(firstLesson)} className={PRIMARY} aria-label={`Start the first lesson: ${firstLesson.title}`}>
            Start the first lesson
          </Link>
        </section>
      ) : null}
      <section
        aria-labelledby="new-here"
        data-testid="first-visit"
        className="mb-6 flex flex-wrap items-center justify-between gap-4 rounded-lg border border-slate-200 bg-white p-4 dark:border-slate-800 dark:bg-slate-900/40"
      >
        <div className="min-w-0 max-w-xl">
          <h2 id="new-here" className="font-semibold">
            {firstLesson ? 'Know some Python already? Start small' : 'New here? Start small'}
          </h2>
          <p className={`mt-1 text-sm ${MUTED}`}>
            {plural(starter.length, 'short problem')} that show how PyDojo works. Once you submit a solution, this page shows your solved problems,
            daily streak, mastery per module and the topics worth another look.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <Link href="/practice/manual" className={SECONDARY}>
            Pick a topic
          </Link>
          {first ? (
            <Link href={practiceHref(first.id)} className={firstLesson ? SECONDARY : PRIMARY} aria-label={`Start the first problem: ${first.title}`}>
              Start the first problem
            </Link>
          ) : null}
        </div>
      </section>
      <div className="grid gap-4 md:grid-cols-3">
        <Card>
          <h2 className="font-semibold">1. Read the problem</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>Each problem has a statement, examples and visible tests so you know what is expected.</p>
        </Card>
        <Card>
          <h2 className="font-semibold">2. Run your code</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>Python runs right here in your browser. Print, use input(), and press Stop if a loop runs away.</p>
        </Card>
        <Card>
          <h2 className="font-semibold">3. Submit</h2>
          <p className={`mt-1 text-sm ${MUTED}`}>Tests decide: visible ones show expected against actual, hidden ones check the edge cases.</p>
        </Card>
      </div>
      <div className="mb-3 mt-8 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-lg font-semibold">Starter set</h2>
        <p className={`text-sm ${MUTED}`}>about {starter.reduce((sum, p) => sum + (p.estimatedMinutes ?? 0), 0)} minutes in all</p>
      </div>
      <ProblemList problems={starter} />
    </Page>
  );
}
