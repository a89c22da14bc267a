import { describe, expect, it } from 'vitest';
import {
  buildCatalog,
  fingerprint,
  hash,
  matches,
  packModule,
  pickProblem,
  seededRandom,
  summarize,
  type ProblemFilter,
  type ProblemSummary,
} from './catalog';
import { Module } from './schemas/curriculum';
import { Problem, ProblemPack, type ProblemInput } from './schemas/problem';

function problem(overrides: Partial<ProblemInput> = {}): Problem {
  return Problem.parse({
    id: 'add-two',
    title: 'Add two numbers',
    statement: 'Write `add(a, b)` that returns the sum of 3 and 4 when called with `(3, 4)`.',
    difficulty: 'beginner',
    tags: ['arithmetic'],
    entryPoint: 'add',
    starterCode: 'def add(a, b):\n    pass\n',
    solution: 'def add(a, b):\n    return a + b\n',
    tests: [{ kind: 'call', args: [3, 4], expected: 7 }],
    topic: { module: 'basics', subtopic: 'arithmetic', problemType: 'evaluate-formula' },
    ...overrides,
  });
}

function pack(id: string, problems: ProblemInput[], extra: Record<string, unknown> = {}): ProblemPack {
  return ProblemPack.parse({ format: 'pydojo-pack', version: 1, id, title: `Pack ${id}`, problems, ...extra });
}

function moduleDef(id: string, order: number): Module {
  return Module.parse({
    id,
    name: `Module ${id}`,
    order,
    overview: `All about ${id}.`,
    considerations: [`Think about ${id}.`],
    subtopics: [
      {
        id: `${id}-sub`,
        name: 'Sub',
        order: 1,
        overview: 'A subtopic.',
        considerations: ['One thing.'],
        problemTypes: [{ id: `${id}-type`, name: 'Type', order: 1, overview: 'A type.', considerations: ['Another.'] }],
      },
    ],
  });
}

function summary(id: string, overrides: Partial<ProblemSummary> = {}): ProblemSummary {
  return {
    id,
    pack: 'bank',
    title: `Problem ${id}`,
    difficulty: 'beginner',
    tags: [],
    estimatedMinutes: null,
    module: 'lists',
    subtopic: 'indexing',
    problemType: 'get-item',
    fingerprint: `fp-${id}`,
    ...overrides,
  };
}

describe('hash', () => {
  it('is 8 lower-case hex digits', () => {
    for (const text of ['', 'a', 'hello world', 'ünïcödé', 'x'.repeat(10_000)]) {
      expect(hash(text)).toMatch(/^[0-9a-f]{8}$/);
    }
  });

  it('matches known FNV-1a 32-bit values', () => {
    expect(hash('')).toBe('811c9dc5');
    expect(hash('a')).toBe('e40c292c');
    expect(hash('foobar')).toBe('bf9cf968');
  });

  it('is deterministic and tells different texts apart', () => {
    expect(hash('two-sum')).toBe(hash('two-sum'));
    expect(hash('two-sum')).not.toBe(hash('two-sums'));
    expect(hash('ab')).not.toBe(hash('ba'));
  });
});

describe('fingerprint', () => {
  it('is the same for problems that differ only in numbers and values', () => {
    const a = problem({ id: 'add-a', statement: 'Write `add(a, b)` that returns the sum of 3 and 4 when called with `(3, 4)`.' });
    const b = problem({ id: 'add-b', statement: 'Write `add(x, y)` that returns the sum of 10 and 250 when called with `(10, 250)`.' });
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('ignores punctuation, case, word order repeats and short words', () => {
    const a = problem({ title: 'Add two numbers', statement: 'Return the sum. The sum!' });
    const b = problem({ title: 'ADD TWO NUMBERS', statement: 'return, the SUM; of it' });
    expect(fingerprint(a)).toBe(fingerprint(b));
  });

  it('differs for a different topic', () => {
    const base = problem();
    expect(fingerprint(problem({ topic: { module: 'basics', subtopic: 'arithmetic', problemType: 'other-type' } }))).not.toBe(fingerprint(base));
    expect(fingerprint(problem({ topic: { module: 'basics', subtopic: 'other-sub', problemType: 'evaluate-formula' } }))).not.toBe(fingerprint(base));
    expect(fingerprint(problem({ topic: { module: 'functions', subtopic: 'arithmetic', problemType: 'evaluate-formula' } }))).not.toBe(fingerprint(base));
    expect(fingerprint(problem({ topic: undefined }))).not.toBe(fingerprint(base));
  });

  it('differs for a different entry point', () => {
    const base = problem();
    const renamed = problem({ entryPoint: 'plus', starterCode: 'def plus(a, b):\n    pass\n', solution: 'def plus(a, b):\n    return a + b\n' });
    expect(fingerprint(renamed)).not.toBe(fingerprint(base));
  });

  it('differs when the statement uses different words', () => {
    const base = problem();
    expect(fingerprint(problem({ statement: 'Write `add(a, b)` that returns the product of 3 and 4.' }))).not.toBe(fingerprint(base));
    expect(fingerprint(problem({ title: 'Sum two numbers' }))).not.toBe(fingerprint(base));
  });

  it('works without an entry point or a topic', () => {
    const io = problem({ entryPoint: undefined, topic: undefined, tests: [{ kind: 'io', stdin: '1 2\n', expected: '3\n' }] });
    expect(fingerprint(io)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('summarize', () => {
  it('keeps what lists need and the fingerprint', () => {
    const p = problem({ estimatedMinutes: 5, tags: ['arithmetic', 'ints'], difficulty: 'intermediate' });
    expect(summarize(p, 'basics-pack')).toEqual({
      id: 'add-two',
      pack: 'basics-pack',
      title: 'Add two numbers',
      difficulty: 'intermediate',
      tags: ['arithmetic', 'ints'],
      estimatedMinutes: 5,
      module: 'basics',
      subtopic: 'arithmetic',
      problemType: 'evaluate-formula',
      fingerprint: fingerprint(p),
    });
  });

  it('files a problem without a topic under its pack', () => {
    const s = summarize(problem({ topic: undefined }), 'my-pack');
    expect(s.module).toBe('my-pack');
    expect(s.subtopic).toBeNull();
    expect(s.problemType).toBeNull();
    expect(s.estimatedMinutes).toBeNull();
  });

  it('does not carry the tests, solution or statement', () => {
    const s = summarize(problem(), 'p') as unknown as Record<string, unknown>;
    for (const key of ['tests', 'solution', 'statement', 'starterCode', 'hints']) expect(s).not.toHaveProperty(key);
  });
});

describe('packModule', () => {
  it('describes the pack, with its author when known', () => {
    const m = packModule(pack('mine', [{ ...problem(), topic: undefined }], { author: 'Ada' }), 1003);
    expect(m).toMatchObject({ id: 'mine', name: 'Pack mine', order: 1003, considerations: [], subtopics: [], imported: true });
    expect(m.overview).toContain('Pack mine');
    expect(m.overview).toContain('Ada');
  });

  it('uses the pack description as the overview', () => {
    expect(packModule(pack('mine', [problem()], { description: 'Hand-made drills.' }), 1).overview).toBe('Hand-made drills.');
  });
});

describe('buildCatalog', () => {
  it('sorts modules by order and marks curriculum modules as not imported', () => {
    const catalog = buildCatalog([moduleDef('c', 3), moduleDef('a', 1), moduleDef('b', 2)], []);
    expect(catalog.modules.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(catalog.modules.every((m) => m.imported === false)).toBe(true);
    expect(catalog.modules[0]).toMatchObject({ name: 'Module a', order: 1, overview: 'All about a.', considerations: ['Think about a.'] });
    expect(catalog.modules[0].subtopics.map((s) => s.id)).toEqual(['a-sub']);
    expect(catalog.problems).toEqual([]);
  });

  it('summarizes every problem of every pack, in pack order', () => {
    const basics = pack('basics', [problem({ id: 'one' }), problem({ id: 'two' })]);
    const lists = pack('lists', [problem({ id: 'three', topic: { module: 'lists', subtopic: 's', problemType: 't' } })]);
    const catalog = buildCatalog([moduleDef('lists', 2), moduleDef('basics', 1)], [
      { pack: basics, imported: false },
      { pack: lists, imported: false },
    ]);
    expect(catalog.problems.map((p) => [p.id, p.pack, p.module])).toEqual([
      ['one', 'basics', 'basics'],
      ['two', 'basics', 'basics'],
      ['three', 'lists', 'lists'],
    ]);
    // Packs that have a curriculum module add no module of their own.
    expect(catalog.modules.map((m) => m.id)).toEqual(['basics', 'lists']);
  });

  it('gives a pack without a curriculum module its own module, after the curriculum', () => {
    const extra = pack('extra-drills', [{ ...problem({ id: 'drill' }), topic: undefined }], { author: 'Grace' });
    const catalog = buildCatalog([moduleDef('b', 2), moduleDef('a', 1)], [{ pack: extra, imported: true }]);
    expect(catalog.modules.map((m) => m.id)).toEqual(['a', 'b', 'extra-drills']);
    const own = catalog.modules[2];
    expect(own.imported).toBe(true);
    expect(own.name).toBe('Pack extra-drills');
    expect(own.order).toBeGreaterThan(2);
    expect(catalog.problems).toHaveLength(1);
    expect(catalog.problems[0]).toMatchObject({ id: 'drill', pack: 'extra-drills', module: 'extra-drills' });
  });

  it('does not flag a built-in pack without a module as imported', () => {
    const catalog = buildCatalog([], [{ pack: pack('starter', [problem()]), imported: false }]);
    expect(catalog.modules).toHaveLength(1);
    expect(catalog.modules[0]).toMatchObject({ id: 'starter', imported: false });
  });

  it('keeps several module-less packs in the order they came', () => {
    const catalog = buildCatalog([moduleDef('a', 1)], [
      { pack: pack('zeta', [problem()]), imported: true },
      { pack: pack('alpha', [problem()]), imported: true },
    ]);
    expect(catalog.modules.map((m) => m.id)).toEqual(['a', 'zeta', 'alpha']);
    expect(catalog.modules.map((m) => m.imported)).toEqual([false, true, true]);
  });

  it('never marks a curriculum module as imported, even when an imported pack shares its id', () => {
    const catalog = buildCatalog([moduleDef('basics', 1)], [{ pack: pack('basics', [problem()]), imported: true }]);
    expect(catalog.modules).toHaveLength(1);
    expect(catalog.modules[0]).toMatchObject({ id: 'basics', imported: false, name: 'Module basics' });
  });
});

describe('matches', () => {
  const p = summary('a', {
    title: 'Reverse a String',
    tags: ['strings', 'slicing'],
    module: 'strings',
    subtopic: 'slicing-basics',
    problemType: 'reverse-sequence',
    difficulty: 'intermediate',
  });

  it('matches everything with an empty filter', () => {
    expect(matches(p, {})).toBe(true);
  });

  it.each<[keyof ProblemFilter, string, string]>([
    ['module', 'strings', 'lists'],
    ['subtopic', 'slicing-basics', 'indexing'],
    ['problemType', 'reverse-sequence', 'count-items'],
    ['difficulty', 'intermediate', 'beginner'],
    ['tag', 'slicing', 'loops'],
  ])('filters on %s', (field, hit, miss) => {
    expect(matches(p, { [field]: hit })).toBe(true);
    expect(matches(p, { [field]: miss })).toBe(false);
  });

  it('needs every field of the filter to match', () => {
    expect(matches(p, { module: 'strings', difficulty: 'intermediate', tag: 'strings' })).toBe(true);
    expect(matches(p, { module: 'strings', difficulty: 'beginner', tag: 'strings' })).toBe(false);
    expect(matches(p, { module: 'strings', subtopic: 'slicing-basics', problemType: 'other' })).toBe(false);
  });

  it('matches a tag exactly, not as a substring', () => {
    expect(matches(p, { tag: 'slic' })).toBe(false);
  });

  it('filters on a missing subtopic or type as a mismatch', () => {
    const bare = summary('b', { subtopic: null, problemType: null });
    expect(matches(bare, { subtopic: 'indexing' })).toBe(false);
    expect(matches(bare, { problemType: 'get-item' })).toBe(false);
  });

  it('searches the title, tags and topic names without regard to case', () => {
    expect(matches(p, { query: 'reverse' })).toBe(true);
    expect(matches(p, { query: 'STRING' })).toBe(true);
    expect(matches(p, { query: 'slicing' })).toBe(true);
    expect(matches(p, { query: 'basics' })).toBe(true);
    expect(matches(p, { query: 'reverse-sequence' })).toBe(true);
    expect(matches(p, { query: 'dictionary' })).toBe(false);
  });

  it('needs every word of the query, in any order', () => {
    expect(matches(p, { query: '  string   reverse ' })).toBe(true);
    expect(matches(p, { query: 'reverse dictionary' })).toBe(false);
  });

  it('treats a blank query as no query', () => {
    expect(matches(p, { query: '   ' })).toBe(true);
  });

  it('does not search the difficulty or the pack', () => {
    expect(matches(summary('c', { pack: 'secret-pack', title: 'Plain' }), { query: 'secret' })).toBe(false);
    expect(matches(p, { query: 'intermediate' })).toBe(false);
  });
});

describe('pickProblem', () => {
  const pool = [
    summary('a'),
    summary('b'),
    summary('c'),
    summary('d'),
    summary('x', { module: 'strings' }),
    summary('y', { module: 'strings', difficulty: 'advanced' }),
  ];
  const lists: ProblemFilter = { module: 'lists' };

  it('returns null for an empty pool', () => {
    expect(pickProblem([], {}, new Set(), seededRandom(1))).toEqual({ problem: null, poolExhausted: false, poolSize: 0, poolFingerprints: [] });
    expect(pickProblem(pool, { module: 'nowhere' }, new Set(), seededRandom(1))).toEqual({ problem: null, poolExhausted: false, poolSize: 0, poolFingerprints: [] });
  });

  it('picks only from the choice and reports its size', () => {
    for (let seed = 0; seed < 50; seed++) {
      const pick = pickProblem(pool, lists, new Set(), seededRandom(seed));
      expect(pick.poolSize).toBe(4);
      expect(pick.poolExhausted).toBe(false);
      expect(['a', 'b', 'c', 'd']).toContain(pick.problem?.id);
    }
    const strict = pickProblem(pool, { module: 'strings', difficulty: 'advanced' }, new Set(), seededRandom(3));
    expect(strict).toMatchObject({ poolSize: 1, poolExhausted: false });
    expect(strict.problem?.id).toBe('y');
  });

  it('never returns a seen fingerprint or the current problem while unseen ones remain', () => {
    const seen = new Set(['fp-a', 'fp-c']);
    const picked = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const pick = pickProblem(pool, lists, seen, seededRandom(seed), 'b');
      expect(pick.poolExhausted).toBe(false);
      expect(pick.problem?.id).toBe('d');
      picked.add(pick.problem!.id);
    }
    expect([...picked]).toEqual(['d']);
  });

  it('avoids a problem whose fingerprint was seen under another id', () => {
    const twins = [summary('old', { fingerprint: 'same' }), summary('new', { fingerprint: 'same' }), summary('other')];
    for (let seed = 0; seed < 100; seed++) {
      expect(pickProblem(twins, {}, new Set(['same']), seededRandom(seed)).problem?.id).toBe('other');
    }
  });

  it('spreads picks over all unseen candidates', () => {
    const seen = new Set(['fp-a']);
    const picked = new Set<string>();
    const random = seededRandom(42);
    for (let i = 0; i < 200; i++) picked.add(pickProblem(pool, lists, seen, random).problem!.id);
    expect([...picked].sort()).toEqual(['b', 'c', 'd']);
  });

  it('reports an exhausted pool and starts over, still avoiding the current problem', () => {
    const seen = new Set(pool.map((p) => p.fingerprint));
    const picked = new Set<string>();
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const pick = pickProblem(pool, lists, seen, random, 'a');
      expect(pick.poolExhausted).toBe(true);
      expect(pick.poolSize).toBe(4);
      expect(pick.problem?.id).not.toBe('a');
      picked.add(pick.problem!.id);
    }
    expect([...picked].sort()).toEqual(['b', 'c', 'd']);
  });

  it('counts the current problem as not a candidate', () => {
    // Everything but the current one was seen: the choice is exhausted.
    const pick = pickProblem(pool, lists, new Set(['fp-b', 'fp-c', 'fp-d']), seededRandom(1), 'a');
    expect(pick.poolExhausted).toBe(true);
    expect(pick.problem?.id).not.toBe('a');
  });

  it('returns the current problem when it is the only one of the choice', () => {
    const pick = pickProblem(pool, { module: 'strings', difficulty: 'advanced' }, new Set(['fp-y']), seededRandom(1), 'y');
    expect(pick).toMatchObject({ poolExhausted: true, poolSize: 1 });
    expect(pick.problem?.id).toBe('y');
  });

  it('uses random() to choose: 0 gives the first candidate, just under 1 the last', () => {
    expect(pickProblem(pool, lists, new Set(), () => 0).problem?.id).toBe('a');
    expect(pickProblem(pool, lists, new Set(), () => 0.9999999).problem?.id).toBe('d');
    expect(pickProblem(pool, lists, new Set(['fp-a']), () => 0).problem?.id).toBe('b');
    expect(pickProblem(pool, lists, new Set(), () => 0.5).problem?.id).toBe('c');
  });

  it('is deterministic with seededRandom', () => {
    const run = (seed: number) => {
      const random = seededRandom(seed);
      return Array.from({ length: 30 }, () => pickProblem(pool, {}, new Set(), random).problem!.id);
    };
    expect(run(123)).toEqual(run(123));
    expect(run(123)).not.toEqual(run(124));
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const a = seededRandom(99);
    const b = seededRandom(99);
    const values = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(values);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(values).size).toBeGreaterThan(990);
  });

  it('gives different sequences for different seeds', () => {
    const a = seededRandom(1);
    const b = seededRandom(2);
    expect([a(), a(), a()]).not.toEqual([b(), b(), b()]);
  });
});

describe('picking repeatedly from one choice', () => {
  const problems: ProblemSummary[] = [
    ...Array.from({ length: 12 }, (_, i) => summary(`list-${i}`, { module: 'lists', difficulty: i % 2 ? 'beginner' : 'advanced' })),
    ...Array.from({ length: 5 }, (_, i) => summary(`str-${i}`, { module: 'strings' })),
  ];

  it.each([1, 2, 3, 17, 2024])('visits every problem of the pool before any repeats (seed %i)', (seed) => {
    const filter: ProblemFilter = { module: 'lists' };
    const poolIds = problems.filter((p) => matches(p, filter)).map((p) => p.id);
    const byId = new Map(problems.map((p) => [p.id, p]));
    const seen = new Set<string>();
    const random = seededRandom(seed);
    const visited: string[] = [];
    let current: string | undefined;
    for (let i = 0; i < poolIds.length; i++) {
      const pick = pickProblem(problems, filter, seen, random, current);
      expect(pick.poolExhausted, `pick ${i}`).toBe(false);
      expect(pick.problem).not.toBeNull();
      visited.push(pick.problem!.id);
      seen.add(byId.get(pick.problem!.id)!.fingerprint);
      current = pick.problem!.id;
    }
    expect(new Set(visited).size).toBe(poolIds.length);
    expect([...visited].sort()).toEqual([...poolIds].sort());

    // The next pick starts over and says so; it is never the problem just served.
    const again = pickProblem(problems, filter, seen, random, current);
    expect(again.poolExhausted).toBe(true);
    expect(poolIds).toContain(again.problem?.id);
    expect(again.problem?.id).not.toBe(current);
  });

  it('does the same with a narrower choice', () => {
    const filter: ProblemFilter = { module: 'lists', difficulty: 'beginner' };
    const seen = new Set<string>();
    const random = seededRandom(5);
    const visited: string[] = [];
    for (let i = 0; i < 6; i++) {
      const pick = pickProblem(problems, filter, seen, random, visited.at(-1));
      expect(pick.poolSize).toBe(6);
      visited.push(pick.problem!.id);
      seen.add(pick.problem!.fingerprint);
    }
    expect(new Set(visited).size).toBe(6);
    expect(visited.every((id) => Number(id.split('-')[1]) % 2 === 1)).toBe(true);
  });
});
