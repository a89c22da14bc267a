/**
 * What the dashboard and the statistics page show, derived from the learner's
 * local statistics, history, drafts and progress (pure functions).
 */
import { areaMastery, type MasteryState } from '@/core/auto/mastery';
import { formatDuration } from '@/core/duration';
import type { Catalog, CatalogModule, ProblemSummary } from '@/core/catalog';
import type { Draft } from '@/core/drafts';
import type { HistoryEvent } from '@/core/history';
import type { Difficulty } from '@/core/schemas/problem';
import { breakdown, summaryFor, type DayStats, type StatsState, type Summary } from '@/core/stats';

const DAY_MS = 86_400_000;
export const DIFFICULTIES: Difficulty[] = ['beginner', 'intermediate', 'advanced'];

/** The catalogue without the long texts (overviews, considerations) the dashboard never shows. */
export function slimCatalog(catalog: Catalog): Catalog {
  return {
    modules: catalog.modules.map((m) => ({
      ...m,
      overview: '',
      considerations: [],
      subtopics: m.subtopics.map((s) => ({
        ...s,
        overview: '',
        considerations: [],
        problemTypes: s.problemTypes.map((t) => ({ ...t, overview: '', considerations: [] })),
      })),
    })),
    problems: catalog.problems,
  };
}

/** A calendar day (YYYY-MM-DD) moved by `delta` days. */
export function shiftDay(day: string, delta: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + delta * DAY_MS).toISOString().slice(0, 10);
}

/** The `count` days ending with `today`, oldest first. */
export function lastDays(today: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftDay(today, i - count + 1));
}

/** Monday = 0 … Sunday = 6. */
export function weekdayIndex(day: string): number {
  return (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/**
 * A calendar of `weeks` columns of seven days (Monday first); the last column
 * holds today, and the days after today are null.
 */
export function calendarWeeks(today: string, weeks: number): Array<Array<string | null>> {
  const start = shiftDay(today, -weekdayIndex(today) - (weeks - 1) * 7);
  return Array.from({ length: weeks }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const day = shiftDay(start, w * 7 + d);
      return day > today ? null : day;
    }),
  );
}

/** Colour intensity 0–4 of a day, by its attempts relative to the busiest day (runs alone count as 1). */
export function heatLevel(day: DayStats | undefined, maxAttempts: number): 0 | 1 | 2 | 3 | 4 {
  if (!day) return 0;
  if (day.attempts === 0) return day.runs > 0 ? 1 : 0;
  const level = Math.ceil((day.attempts / Math.max(1, maxAttempts)) * 4);
  return Math.min(4, Math.max(1, level)) as 1 | 2 | 3 | 4;
}

/** An average solve time (see `solveTimeMs` in core/progress), or "–" before any timed solve; `duration` words it (see useDuration). */
export function formatSolveTime(ms: number | null, duration: (ms: number) => string = formatDuration): string {
  return ms === null ? '–' : duration(ms);
}

export function formatPercent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** How long ago something happened, for `useTimeAgo` to put into words. */
export type TimeAgo =
  | { unit: 'now' }
  | { unit: 'minutes' | 'hours' | 'days'; count: number }
  | { unit: 'yesterday' }
  | { unit: 'date'; withYear: boolean };

/** "just now", "5 min ago", "3 h ago", "yesterday", "4 days ago", then the date (with its year after 300 days). */
export function timeAgo(at: number, now: number): TimeAgo {
  const seconds = Math.max(0, Math.round((now - at) / 1_000));
  if (seconds < 60) return { unit: 'now' };
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  const days = Math.round(hours / 24);
  if (days === 1) return { unit: 'yesterday' };
  if (days < 7) return { unit: 'days', count: days };
  return { unit: 'date', withYear: days > 300 };
}

/** An id shown as words when the catalogue no longer knows it ("two-pointers" → "Two pointers"). */
function fromId(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : id;
}

export function moduleName(catalog: Catalog, id: string): string {
  return catalog.modules.find((m) => m.id === id)?.name ?? fromId(id);
}

export interface TopicNames {
  module: string;
  subtopic: string | null;
  problemType: string | null;
}

/** The names of a statistics key "module[/subtopic[/problemType]]" ("-" means none). */
export function topicNames(catalog: Catalog, key: string): TopicNames {
  const [moduleId, subtopicId, typeId] = key.split('/');
  const found: CatalogModule | undefined = catalog.modules.find((m) => m.id === moduleId);
  const subtopic = subtopicId && subtopicId !== '-' ? found?.subtopics.find((s) => s.id === subtopicId) : undefined;
  const type = typeId && typeId !== '-' ? subtopic?.problemTypes.find((t) => t.id === typeId) : undefined;
  return {
    module: found?.name ?? fromId(moduleId),
    subtopic: subtopicId && subtopicId !== '-' ? (subtopic?.name ?? fromId(subtopicId)) : null,
    problemType: typeId && typeId !== '-' ? (type?.name ?? fromId(typeId)) : null,
  };
}

export function moduleHref(module: Pick<CatalogModule, 'id' | 'imported'>): string {
  return module.imported ? `/modules/imported?pack=${encodeURIComponent(module.id)}` : `/modules/${module.id}`;
}

export function practiceHref(problemId: string, choice: { module?: string; subtopic?: string; problemType?: string } = {}): string {
  const params = new URLSearchParams({ problem: problemId });
  for (const key of ['module', 'subtopic', 'problemType'] as const) {
    const value = choice[key];
    if (value && value !== '-') params.set(key, value);
  }
  return `/practice?${params.toString()}`;
}

/** A problem of a statistics key's problem type, preferring one not solved yet. */
export function problemForKey(catalog: Catalog, key: string, solved: (id: string) => boolean): ProblemSummary | null {
  const [moduleId, subtopicId, typeId] = key.split('/');
  const pool = catalog.problems.filter(
    (p) => p.module === moduleId && (p.subtopic ?? '-') === (subtopicId ?? '-') && (p.problemType ?? '-') === (typeId ?? '-'),
  );
  return pool.find((p) => !solved(p.id)) ?? pool[0] ?? null;
}

/** The href of "Practise this" for a statistics key, or null when no problem of that type is left. */
export function practiseKeyHref(catalog: Catalog, key: string, solved: (id: string) => boolean): string | null {
  const problem = problemForKey(catalog, key, solved);
  if (!problem) return null;
  const [module, subtopic, problemType] = key.split('/');
  return practiceHref(problem.id, { module, subtopic, problemType });
}

export interface ContinueItem {
  problem: ProblemSummary;
  /** When the learner last touched it (an event or a draft save). */
  at: number;
  lastEvent: HistoryEvent | null;
  hasDraft: boolean;
}

/** The most recent problem the learner worked on (history or drafts) and has not solved. */
export function continueWhereLeftOff(
  catalog: Catalog,
  events: HistoryEvent[],
  drafts: Record<string, Draft>,
  solved: (id: string) => boolean,
): ContinueItem | null {
  const latest = new Map<string, { at: number; event: HistoryEvent | null }>();
  for (const event of events) {
    const seen = latest.get(event.problemId);
    if (!seen || event.at >= seen.at) latest.set(event.problemId, { at: event.at, event });
  }
  for (const [id, draft] of Object.entries(drafts)) {
    const seen = latest.get(id);
    if (!seen) latest.set(id, { at: draft.updatedAt, event: null });
    else if (draft.updatedAt > seen.at) seen.at = draft.updatedAt;
  }
  const ordered = [...latest.entries()].sort((a, b) => b[1].at - a[1].at);
  for (const [id, { at, event }] of ordered) {
    if (solved(id)) continue;
    const problem = catalog.problems.find((p) => p.id === id);
    if (!problem) continue;
    const lastEvent = event ?? [...events].reverse().find((e) => e.problemId === id) ?? null;
    return { problem, at, lastEvent, hasDraft: Boolean(drafts[id]) };
  }
  return null;
}

/** The next problem to try: an unsolved one in the module of `nearId`, else the first unsolved one. */
export function nextUnsolved(catalog: Catalog, solved: (id: string) => boolean, nearId?: string): ProblemSummary | null {
  const near = nearId ? catalog.problems.find((p) => p.id === nearId) : undefined;
  if (near) {
    const sameModule = catalog.problems.filter((p) => p.module === near.module && !solved(p.id));
    const after = sameModule.find((p) => catalog.problems.indexOf(p) > catalog.problems.indexOf(near)) ?? sameModule[0];
    if (after) return after;
  }
  for (const { id } of catalog.modules) {
    const found = catalog.problems.find((p) => p.module === id && !solved(p.id));
    if (found) return found;
  }
  return catalog.problems.find((p) => !solved(p.id)) ?? null;
}

/** The summary of the cells whose key passes `keep`. */
export function summaryWhere(state: StatsState, keep: (key: string) => boolean): Summary {
  const cells = Object.fromEntries(Object.entries(state.cells).filter(([key]) => keep(key)));
  return summaryFor({ ...state, cells });
}

export function summaryByDifficulty(state: StatsState): Record<Difficulty, Summary> {
  return Object.fromEntries(DIFFICULTIES.map((d) => [d, summaryWhere(state, (key) => key.endsWith(`/${d}`))])) as Record<Difficulty, Summary>;
}

/** Run time over every day: how long the learner's code ran and was graded (active time is core/time). */
export function totalTimeMs(state: StatsState): number {
  return Object.values(state.days).reduce((sum, d) => sum + d.timeMs, 0);
}

export function hasActivity(state: StatsState, events: HistoryEvent[]): boolean {
  return events.length > 0 || Object.keys(state.cells).length > 0 || Object.values(state.days).some((d) => d.attempts + d.runs > 0);
}

export interface ModuleMastery {
  key: string;
  name: string;
  /** `areaMastery` of the module: null until a problem there was finished. */
  mastery: number | null;
  solved: number;
  attempted: number;
}

/**
 * Mastery per module with an attempt, in curriculum order: the skill
 * model's figure (the one the statistics page shows too), beside the
 * problems solved of those attempted, which is a different quantity.
 */
export function moduleMastery(catalog: Catalog, stats: StatsState, mastery: MasteryState): ModuleMastery[] {
  const order = new Map(catalog.modules.map((m, i) => [m.id, i]));
  return breakdown(stats, 1)
    .filter((row) => row.summary.problemsAttempted > 0)
    .sort((a, b) => (order.get(a.key) ?? 999) - (order.get(b.key) ?? 999))
    .map((row) => ({
      key: row.key,
      name: moduleName(catalog, row.key),
      mastery: areaMastery(mastery, row.key),
      solved: row.summary.problemsSolved,
      attempted: row.summary.problemsAttempted,
    }));
}

/** "32%", or "–" before any finished problem. */
export function formatMastery(percent: number | null): string {
  return percent === null ? '–' : `${percent}%`;
}
