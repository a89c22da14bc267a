import { describe, expect, it } from 'vitest';
import { kitsFor, toolboxFor } from './toolbox';

describe('the toolbox of a beginner problem', () => {
  it('always offers output and variables', () => {
    expect(kitsFor({ tags: [] })).toEqual(['output', 'variables']);
  });

  it('follows the curriculum topic and its subtopic', () => {
    expect(kitsFor({ tags: ['input-output', 'conversion'], topic: { module: 'basics', subtopic: 'input-and-output' } })).toEqual(['output', 'input', 'variables', 'math', 'text']);
  });

  it('follows tags for problems outside the curriculum, and adds functions for call-tested problems', () => {
    expect(kitsFor({ tags: ['lists', 'loops'], entryPoint: 'sum_evens' })).toEqual(['output', 'variables', 'math', 'loops', 'lists', 'functions']);
  });

  it('ignores unknown tags and modules', () => {
    expect(kitsFor({ tags: ['quantum'], topic: { module: 'nowhere', subtopic: 'x' } })).toEqual(['output', 'variables']);
  });

  it('builds one category per kit, in order', () => {
    const toolbox = toolboxFor({ tags: ['conditionals'] });
    expect(toolbox.kind).toBe('categoryToolbox');
    expect(toolbox.contents.map((c) => c.name)).toEqual(['Output', 'Variables', 'Logic']);
    expect(toolbox.contents[1].custom).toBe('VARIABLE');
  });
});

describe('a project toolbox', () => {
  it('offers what every required lesson needs', () => {
    const kits = kitsFor({
      tags: [],
      topics: [
        { module: 'basics', subtopic: 'input-and-output' },
        { module: 'control-flow', subtopic: 'while-loops' },
        { module: 'functions', subtopic: 'defining-and-returning' },
      ],
    });
    expect(kits).toEqual(['output', 'input', 'variables', 'math', 'text', 'logic', 'loops', 'functions']);
  });
});
