/**
 * The catalogue of problems as the app browses and picks them: a compact
 * index built from the curriculum and the problem packs, and a picker with
 * a diversity guard. Pure functions; the data comes from data/ and from packs
 * the learner imported.
 */
import type { Module } from './schemas/curriculum';
import type { Difficulty, Problem, ProblemPack } from './schemas/problem';

/** What lists and pickers need to know about a problem (not its tests). */
export interface ProblemSummary {
  id: string;
  /** The pack that holds the full problem. */
  pack: string;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  estimatedMinutes: number | null;
  module: string;
  subtopic: string | null;
  problemType: string | null;
  fingerprint: string;
}

export interface CatalogModule {
  id: string;
  name: string;
  order: number;
  overview: string;
  considerations: string[];
  subtopics: Module['subtopics'];
  /** Set for a pack the learner imported. */
  imported: boolean;
}

export interface Catalog {
  modules: CatalogModule[];
  problems: ProblemSummary[];
}

/** Lower-case words of a text, without punctuation or numbers. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/`[^`]*`/g, ' ')
    .replace(/[^a-z\s]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2);
}

/** A cheap 32-bit FNV-1a hash, as 8 hex digits. */
export function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * A fingerprint that near-identical questions share: the same topic and
 * entry point, and the same vocabulary in the statement (values, names and
 * numbers left out). Used to avoid serving the same question twice.
 */
export function fingerprint(problem: Pick<Problem, 'statement' | 'entryPoint' | 'topic' | 'title'>): string {
  const vocabulary = [...new Set(words(`${problem.title} ${problem.statement}`))].sort().join(' ');
  const topic = problem.topic ? `${problem.topic.module}/${problem.topic.subtopic}/${problem.topic.problemType}` : '';
  return hash(`${topic}|${problem.entryPoint ?? ''}|${vocabulary}`);
}

export function summarize(problem: Problem, packId: string): ProblemSummary {
  return {
    id: problem.id,
    pack: packId,
    title: problem.title,
    difficulty: problem.difficulty,
    tags: problem.tags,
    estimatedMinutes: problem.estimatedMinutes ?? null,
    module: problem.topic?.module ?? packId,
    subtopic: problem.topic?.subtopic ?? null,
    problemType: problem.topic?.problemType ?? null,
    fingerprint: fingerprint(problem),
  };
}

/** A module for a pack that has no curriculum of its own (an imported pack). */
export function packModule(pack: ProblemPack, order: number): CatalogModule {
  return {
    id: pack.id,
    name: pack.title,
    order,
    overview: pack.description || `Problems from the pack “${pack.title}”${pack.author ? ` by ${pack.author}` : ''}.`,
    considerations: [],
    subtopics: [],
    imported: true,
  };
}

export function buildCatalog(modules: Module[], packs: Array<{ pack: ProblemPack; imported: boolean }>): Catalog {
  const byId = new Map<string, CatalogModule>(
    modules.map((m) => [m.id, { id: m.id, name: m.name, order: m.order, overview: m.overview, considerations: m.considerations, subtopics: m.subtopics, imported: false }]),
  );
  const problems: ProblemSummary[] = [];
  for (const { pack, imported } of packs) {
    if (!byId.has(pack.id)) byId.set(pack.id, { ...packModule(pack, 1000 + byId.size), imported });
    for (const problem of pack.problems) problems.push(summarize(problem, pack.id));
  }
  return { modules: [...byId.values()].sort((a, b) => a.order - b.order), problems };
}

export interface ProblemFilter {
  module?: string;
  subtopic?: string;
  problemType?: string;
  difficulty?: Difficulty;
  tag?: string;
  /** Free-text search over title, tags and topic names. */
  query?: string;
}

export function matches(problem: ProblemSummary, filter: ProblemFilter): boolean {
  if (filter.module && problem.module !== filter.module) return false;
  if (filter.subtopic && problem.subtopic !== filter.subtopic) return false;
  if (filter.problemType && problem.problemType !== filter.problemType) return false;
  if (filter.difficulty && problem.difficulty !== filter.difficulty) return false;
  if (filter.tag && !problem.tags.includes(filter.tag)) return false;
  if (filter.query) {
    const haystack = `${problem.title} ${problem.tags.join(' ')} ${problem.module} ${problem.subtopic ?? ''} ${problem.problemType ?? ''}`.toLowerCase();
    if (!filter.query.toLowerCase().split(/\s+/).filter(Boolean).every((term) => haystack.includes(term))) return false;
  }
  return true;
}

export interface PickResult {
  problem: ProblemSummary | null;
  /** Every candidate had been seen: the pool started over. */
  poolExhausted: boolean;
  poolSize: number;
  /** Fingerprints of the pool, to forget when it starts over (a new round). */
  poolFingerprints: string[];
}

/**
 * Pick a question for a choice (module / subtopic / type / difficulty),
 * never one whose fingerprint the learner has already seen, nor the current
 * one, until every question of that choice has been seen.
 */
export function pickProblem(
  problems: ProblemSummary[],
  filter: ProblemFilter,
  seen: ReadonlySet<string>,
  random: () => number,
  currentId?: string,
): PickResult {
  const pool = problems.filter((p) => matches(p, filter));
  if (pool.length === 0) return { problem: null, poolExhausted: false, poolSize: 0, poolFingerprints: [] };
  const fresh = pool.filter((p) => !seen.has(p.fingerprint) && p.id !== currentId);
  const exhausted = fresh.length === 0;
  const candidates = exhausted ? pool.filter((p) => p.id !== currentId) : fresh;
  const from = candidates.length > 0 ? candidates : pool;
  return {
    problem: from[Math.floor(random() * from.length) % from.length],
    poolExhausted: exhausted,
    poolSize: pool.length,
    poolFingerprints: pool.map((p) => p.fingerprint),
  };
}

/** A small seeded generator (mulberry32), for reproducible picks in tests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
