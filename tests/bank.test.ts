/**
 * The built-in curriculum and problem bank: shape, counts and coverage.
 * (Running every solution is the pack checker's job: npm run check:bank.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprint } from '@/core/catalog';
import { Module } from '@/core/schemas/curriculum';
import { ProblemPack, type Problem } from '@/core/schemas/problem';

const root = path.resolve(import.meta.dirname, '..');
const read = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: `${dir}/${f}`, json: JSON.parse(readFileSync(path.join(root, dir, f), 'utf8')) as unknown }));

const modules = read('data/curriculum').map(({ file, json }) => ({ file, module: Module.parse(json) }));
const packs = read('data/bank').map(({ file, json }) => ({ file, pack: ProblemPack.parse(json) }));
const problems: Problem[] = packs.flatMap(({ pack }) => pack.problems);

describe('the curriculum', () => {
  it('has at least 20 modules, 100 subtopics and 120 problem types', () => {
    const subtopics = modules.flatMap(({ module }) => module.subtopics);
    const types = subtopics.flatMap((s) => s.problemTypes);
    expect(modules.length).toBeGreaterThanOrEqual(20);
    expect(subtopics.length).toBeGreaterThanOrEqual(100);
    expect(types.length).toBeGreaterThanOrEqual(120);
  });

  it('names each file after its module and gives every module its own order', () => {
    for (const { file, module } of modules) expect(path.basename(file, '.json')).toBe(module.id);
    const orders = modules.map(({ module }) => module.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('has a bank file for every module and no bank without a module', () => {
    expect(packs.map(({ pack }) => pack.id).sort()).toEqual(modules.map(({ module }) => module.id).sort());
  });

  it('has no empty problem type', () => {
    const empty: string[] = [];
    for (const { module } of modules) {
      for (const subtopic of module.subtopics) {
        for (const type of subtopic.problemTypes) {
          const used = problems.some(
            (p) => p.topic?.module === module.id && p.topic.subtopic === subtopic.id && p.topic.problemType === type.id,
          );
          if (!used) empty.push(`${module.id}/${subtopic.id}/${type.id}`);
        }
      }
    }
    expect(empty).toEqual([]);
  });
});

describe('the problem bank', () => {
  it('has at least 300 problems across every module and all three difficulties', () => {
    expect(problems.length).toBeGreaterThanOrEqual(300);
    for (const { pack } of packs) {
      const levels = new Set(pack.problems.map((p) => p.difficulty));
      expect([...levels].sort(), pack.id).toEqual(['advanced', 'beginner', 'intermediate']);
    }
  });

  it('uses each problem id once', () => {
    const ids = problems.map((p) => p.id);
    expect(ids.length - new Set(ids).size).toBe(0);
  });

  it('places every problem in the curriculum', () => {
    const misplaced = problems.filter((p) => {
      const owner = modules.find(({ module: m }) => m.id === p.topic?.module)?.module;
      const subtopic = owner?.subtopics.find((s) => s.id === p.topic?.subtopic);
      return !subtopic?.problemTypes.some((t) => t.id === p.topic?.problemType);
    });
    expect(misplaced.map((p) => p.id)).toEqual([]);
  });

  it('gives every problem what a learner needs', () => {
    const faults: string[] = [];
    for (const p of problems) {
      const visible = p.tests.filter((t) => !t.hidden).length;
      const hidden = p.tests.length - visible;
      if (visible < 3) faults.push(`${p.id}: ${visible} visible tests`);
      if (hidden < 5) faults.push(`${p.id}: ${hidden} hidden tests`);
      if (p.hints.length !== 3) faults.push(`${p.id}: ${p.hints.length} hints`);
      if (p.tags.length === 0) faults.push(`${p.id}: no tags`);
      if (!p.estimatedMinutes) faults.push(`${p.id}: no estimated minutes`);
      if (p.wrongSolutions.length === 0) faults.push(`${p.id}: no wrong solution`);
      if (!/#{2,4}\s*Examples?/.test(p.statement)) faults.push(`${p.id}: no examples section`);
      if (!/#{2,4}\s*Constraints/.test(p.statement)) faults.push(`${p.id}: no constraints section`);
      if (p.starterCode.trim() === p.solution.trim()) faults.push(`${p.id}: the starter code is the solution`);
      if (p.hints.some((h) => h.trim() === p.solution.trim())) faults.push(`${p.id}: a hint is the full solution`);
    }
    expect(faults).toEqual([]);
  });

  it('has no two near-identical questions', () => {
    const prints = problems.map((p) => fingerprint(p));
    expect(prints.length - new Set(prints).size).toBe(0);
  });
});

describe('test names', () => {
  it('names every test by what it checks, briefly and uniquely within its problem', () => {
    const problemsWithPacks = [...problems, ...ProblemPack.parse(JSON.parse(readFileSync(path.join(root, 'data/packs/starter.json'), 'utf8'))).problems];
    const issues: string[] = [];
    for (const problem of problemsWithPacks) {
      const names = problem.tests.map((t) => t.name?.trim() ?? '');
      names.forEach((name, i) => {
        if (!name) issues.push(`${problem.id} tests[${i}] has no name`);
        else if (name.length > 60) issues.push(`${problem.id} tests[${i}] name is longer than 60 characters`);
      });
      if (new Set(names).size !== names.length) issues.push(`${problem.id} repeats a test name`);
    }
    expect(issues).toEqual([]);
  });
});
