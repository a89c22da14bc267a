/**
 * The new-learner curriculum names real places: every step is a subtopic of
 * data/curriculum with beginner problems in data/bank.
 */
import { describe, expect, it } from 'vitest';
import controlFlowBank from '../../../data/bank/control-flow.json';
import dictsBank from '../../../data/bank/dicts.json';
import listsBank from '../../../data/bank/lists.json';
import stringsBank from '../../../data/bank/strings.json';
import controlFlow from '../../../data/curriculum/control-flow.json';
import dicts from '../../../data/curriculum/dicts.json';
import lists from '../../../data/curriculum/lists.json';
import strings from '../../../data/curriculum/strings.json';
import { Module } from '../schemas/curriculum';
import { ProblemPack } from '../schemas/problem';
import { MINI_CURRICULUM } from './run-plan';

const modules = new Map([strings, lists, controlFlow, dicts].map((json) => [json.id, Module.parse(json)]));
const packs = new Map([stringsBank, listsBank, controlFlowBank, dictsBank].map((json) => [json.id, ProblemPack.parse(json)]));

describe('MINI_CURRICULUM', () => {
  it.each(MINI_CURRICULUM.map((step) => [`${step.module}/${step.subtopic}`, step] as const))('%s is in the curriculum and has beginner problems', (_, step) => {
    const found = modules.get(step.module);
    expect(found, `import data/curriculum/${step.module}.json in this test`).toBeDefined();
    expect(found!.subtopics.map((s) => s.id)).toContain(step.subtopic);
    const pack = packs.get(step.module);
    expect(pack, `import data/bank/${step.module}.json in this test`).toBeDefined();
    const beginners = pack!.problems.filter((p) => p.topic?.subtopic === step.subtopic && p.difficulty === 'beginner');
    expect(beginners.length).toBeGreaterThan(0);
  });

  it('has no step twice', () => {
    const ids = MINI_CURRICULUM.map((s) => `${s.module}/${s.subtopic}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
