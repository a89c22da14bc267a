/**
 * Pure helpers around the AI features: what the model is told about a problem
 * and a verdict, how a generated question is adopted and checked, and how an
 * optimised solution's speed is compared. Nothing here trusts model output:
 * verdicts come from tests only.
 */
import { fingerprint, hash } from './catalog';
import type { Verdict } from './grading';
import type { ProblemContext, ResultsContext } from './schemas/ai';
import type { Difficulty, Problem, ProblemPack } from './schemas/problem';
import type { TopicRef } from './schemas/curriculum';
import { median as medianOrNull } from './usage';

/** Id and title of the pack generated questions are kept in. */
export const AI_PACK_ID = 'ai-questions';
export const AI_PACK_TITLE = 'AI questions';

export function problemContext(problem: Problem, topicLabel: string): ProblemContext {
  return {
    title: problem.title,
    statement: problem.statement.slice(0, 12_000),
    entryPoint: problem.entryPoint,
    difficulty: problem.difficulty,
    topic: topicLabel.slice(0, 300),
  };
}

const clip = (text: string | null | undefined, max = 2_000) => (text == null ? undefined : text.slice(0, max));

/** The latest verdict, as the model sees it: counts plus a few failing visible cases (hidden ones stay hidden). */
export function resultsContext(verdict: Verdict | null): ResultsContext | undefined {
  if (!verdict) return undefined;
  const failures = verdict.cases
    .filter((c) => c.status !== 'passed' && !c.hidden)
    .slice(0, 5)
    .map((c) => ({
      name: clip(c.name, 200) ?? '',
      expected: clip(c.expected),
      actual: clip(c.actual),
      error: clip(c.error ? `${c.error.type}: ${c.error.message}` : (c.message ?? undefined)),
    }));
  if (verdict.loadError) failures.unshift({ name: 'loading the code', expected: undefined, actual: undefined, error: clip(`${verdict.loadError.type}: ${verdict.loadError.message}`) });
  return { passed: verdict.passed, total: verdict.total, failures: failures.slice(0, 5) };
}

/** A generated problem gets a stable id of its own and the topic it was asked for. */
export function adoptGenerated(problem: Problem, topic: TopicRef): Problem {
  const withTopic = { ...problem, topic };
  const base = problem.id.replace(/^ai-/, '').slice(0, 50).replace(/-+$/, '') || 'question';
  return { ...withTopic, id: `ai-${base}-${hash(`${problem.title}|${problem.statement}|${problem.solution}`).slice(0, 6)}` };
}

/** Whether a generated question is (nearly) one the learner has already seen. */
export function isNearDuplicate(problem: Problem, seenFingerprints: Iterable<string>, recentTitles: string[] = []): boolean {
  const print = fingerprint(problem);
  for (const seen of seenFingerprints) if (seen === print) return true;
  const title = normalizeTitle(problem.title);
  return recentTitles.some((t) => normalizeTitle(t) === title);
}

function normalizeTitle(title: string): string {
  return title
    .toLowerCase()
    .replace(/\(#?\d+\)|[^a-z ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Median of a list of numbers (0 for none). */
export function median(values: number[]): number {
  return medianOrNull(values) ?? 0;
}

/** Total time of the cases that count for timing: the hidden ones when there are any. */
export function timedTotal(verdict: Verdict): number {
  const hidden = verdict.cases.filter((c) => c.hidden);
  const cases = hidden.length > 0 ? hidden : verdict.cases;
  return cases.reduce((sum, c) => sum + c.durationMs, 0);
}

export interface SpeedComparison {
  /** Learner's median time ÷ candidate's median time (> 1 means the candidate is faster). */
  ratio: number;
  mineMs: number;
  theirsMs: number;
  /** Faster by a margin that noise is unlikely to explain. */
  faster: boolean;
  onHidden: boolean;
}

/** Compare repeated timings of two solutions on the same tests. */
export function compareSpeed(mine: Verdict[], theirs: Verdict[], margin = 1.2): SpeedComparison {
  const mineMs = median(mine.map(timedTotal));
  const theirsMs = median(theirs.map(timedTotal));
  const ratio = theirsMs > 0 ? mineMs / theirsMs : mineMs > 0 ? Infinity : 1;
  return { ratio, mineMs, theirsMs, faster: ratio >= margin, onHidden: (mine[0]?.hidden.total ?? 0) > 0 };
}

/**
 * How the candidate's speed compares, for the learner: a kind and the factor
 * to show (candidate faster or slower by `factor`, or the ratio itself when
 * about the same); the component puts it into words.
 */
export type SpeedSummary = { kind: 'much-faster' | 'faster' | 'slower' | 'same'; factor: number; onHidden: boolean };

export function describeSpeed(speed: SpeedComparison): SpeedSummary {
  const onHidden = speed.onHidden;
  if (!Number.isFinite(speed.ratio)) return { kind: 'much-faster', factor: Infinity, onHidden };
  if (speed.faster) return { kind: 'faster', factor: speed.ratio, onHidden };
  if (speed.ratio < 1 / 1.2) return { kind: 'slower', factor: 1 / speed.ratio, onHidden };
  return { kind: 'same', factor: speed.ratio, onHidden };
}

/** The learner's pack of generated questions with one more (newest last, at most `limit`). */
export function withGenerated(pack: ProblemPack | undefined, problem: Problem, limit = 200): ProblemPack {
  const problems = [...(pack?.problems ?? []).filter((p) => p.id !== problem.id), problem].slice(-limit);
  return {
    format: 'pydojo-pack',
    version: 1,
    id: AI_PACK_ID,
    title: AI_PACK_TITLE,
    description: 'Questions Gemini wrote for you. Each one was checked by running its reference solution against its tests before you saw it.',
    problems,
  };
}

/** What the learner asked for, resolved to one problem type of the curriculum. */
export interface GenerationTarget {
  topic: TopicRef;
  topicLabel: string;
  difficulty: Difficulty;
}

export function chooseTarget(
  modules: Array<{ id: string; name: string; subtopics: Array<{ id: string; name: string; problemTypes: Array<{ id: string; name: string }> }> }>,
  filter: { module?: string; subtopic?: string; problemType?: string; difficulty?: Difficulty },
  random: () => number = Math.random,
): GenerationTarget | null {
  const options = modules
    .filter((m) => !filter.module || m.id === filter.module)
    .flatMap((m) =>
      m.subtopics
        .filter((s) => !filter.subtopic || s.id === filter.subtopic)
        .flatMap((s) => s.problemTypes.filter((t) => !filter.problemType || t.id === filter.problemType).map((t) => ({ m, s, t }))),
    );
  if (options.length === 0) return null;
  const { m, s, t } = options[Math.floor(random() * options.length) % options.length];
  return {
    topic: { module: m.id, subtopic: s.id, problemType: t.id },
    topicLabel: `${m.name} › ${s.name} › ${t.name}`,
    difficulty: filter.difficulty ?? 'beginner',
  };
}
