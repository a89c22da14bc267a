import type { Metadata } from 'next';
import { allProblems, ProblemList } from '@/features/catalog';
import { Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Pick a topic' };

const LEVELS = [
  ['beginner', 'Beginner', 'First steps: expressions, strings, lists and loops.'],
  ['intermediate', 'Intermediate', 'Edge cases, numbers and cleaner code.'],
  ['advanced', 'Advanced', 'Efficient algorithms and data structures.'],
] as const;

export default function ManualPracticePage() {
  const problems = allProblems();
  return (
    <Page title="Pick a topic" intro="Choose a difficulty and start a problem.">
      <div className="space-y-8">
        {LEVELS.map(([level, label, blurb]) => {
          const list = problems.filter((p) => p.difficulty === level);
          return (
            <section key={level} aria-labelledby={`level-${level}`}>
              <h2 id={`level-${level}`} className="text-lg font-semibold">
                {label}
              </h2>
              <p className="mb-3 text-sm text-slate-600 dark:text-slate-400">{blurb}</p>
              <ProblemList problems={list} />
            </section>
          );
        })}
      </div>
    </Page>
  );
}
