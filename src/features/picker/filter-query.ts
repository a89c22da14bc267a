import type { ProblemFilter } from '@/core/catalog';
import { Difficulty } from '@/core/schemas/problem';

const KEYS = ['module', 'subtopic', 'problemType', 'difficulty'] as const;

/** The choice a question was picked from, kept in the URL for "Next question". */
export function filterToQuery(filter: ProblemFilter): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  return params.toString();
}

export function filterFromParams(params: URLSearchParams | null): ProblemFilter {
  const filter: ProblemFilter = {};
  if (!params) return filter;
  const current = params.get('module');
  const subtopic = params.get('subtopic');
  const problemType = params.get('problemType');
  const difficulty = Difficulty.safeParse(params.get('difficulty'));
  if (current) filter.module = current;
  if (subtopic) filter.subtopic = subtopic;
  if (problemType) filter.problemType = problemType;
  if (difficulty.success) filter.difficulty = difficulty.data;
  return filter;
}
