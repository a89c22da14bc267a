import { describe, expect, it } from 'vitest';
import { HintRequest } from '@/core/schemas/ai';
import { hintPrompt } from './prompts';

const base = {
  model: 'auto',
  problem: { title: 'Add', statement: 'Add two numbers.', difficulty: 'beginner', topic: 'Basics' },
  code: 'def add(a, b):\n    return a - b\n',
  rung: 1,
};

describe('prompts in the learner language', () => {
  it('asks for Japanese when the learner reads Japanese, keeping code and errors as Python writes them', () => {
    const prompt = hintPrompt(HintRequest.parse({ ...base, language: 'ja' }));
    expect(prompt.system).toContain('Japanese');
    expect(prompt.system).toContain('error messages exactly as Python writes them');
  });

  it('writes English when no language is given (older clients)', () => {
    const prompt = hintPrompt(HintRequest.parse(base));
    expect(prompt.system).toContain('plain English');
    expect(prompt.system).not.toContain('Japanese');
  });

  it('refuses a language PyDojo does not speak', () => {
    expect(HintRequest.safeParse({ ...base, language: 'fr' }).success).toBe(false);
  });
});
