import Link from 'next/link';
import type { Problem } from '@/core/schemas/problem';

const DIFFICULTY_CLASS = {
  beginner: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200',
  intermediate: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  advanced: 'bg-rose-100 text-rose-800 dark:bg-rose-900/40 dark:text-rose-200',
} as const;

export function ProblemList({ problems }: { problems: Problem[] }) {
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 dark:divide-slate-800 dark:border-slate-800">
      {problems.map((problem) => (
        <li key={problem.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
          <div className="min-w-0 flex-1">
            <p className="font-medium">{problem.title}</p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              {problem.tags.join(' · ')}
              {problem.estimatedMinutes ? ` · ~${problem.estimatedMinutes} min` : ''}
            </p>
          </div>
          <span className={`rounded-full px-2 py-0.5 text-xs font-medium capitalize ${DIFFICULTY_CLASS[problem.difficulty]}`}>{problem.difficulty}</span>
          <Link
            href={`/practice?problem=${problem.id}`}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
            aria-label={`Start ${problem.title}`}
          >
            Start
          </Link>
        </li>
      ))}
    </ul>
  );
}
