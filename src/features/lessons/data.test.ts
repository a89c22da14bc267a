import { describe, expect, it } from 'vitest';
import type { ProblemSummary } from '@/core/catalog';
import { highlightPython } from './highlight';
import { builtInPath, lessonPageData, pathModules, practiceProblems } from './data';

const problem = (id: string, difficulty: ProblemSummary['difficulty'], minutes: number | null, subtopic = 's'): ProblemSummary => ({
  id,
  pack: 'p',
  title: id,
  difficulty,
  tags: [],
  estimatedMinutes: minutes,
  module: 'm',
  subtopic,
  problemType: null,
  fingerprint: id,
});

describe('lesson page data', () => {
  it('has a page for every subtopic of the curriculum, in path order', () => {
    const path = builtInPath();
    expect(path).toHaveLength(119);
    expect(path[0].id).toBe('basics/variables-and-expressions');
    expect(pathModules().flatMap((m) => m.entries.map((e) => e.stop.id))).toEqual(path.map((s) => s.id));
    for (const stop of path) expect(lessonPageData(stop.module, stop.subtopic, [])?.stop.id).toBe(stop.id);
    expect(lessonPageData('basics', 'no-such-topic', [])).toBeNull();
  });

  it('links each lesson to its neighbours on the path', () => {
    const [first, second] = builtInPath();
    const data = lessonPageData(second.module, second.subtopic, [])!;
    expect(data.previous?.stop.id).toBe(first.id);
    expect(data.next?.stop.index).toBe(2);
    expect(lessonPageData(first.module, first.subtopic, [])!.previous).toBeNull();
  });

  it('lists a subtopic’s problems easiest first, then quickest', () => {
    const problems = [problem('c', 'advanced', 5), problem('b', 'beginner', 10), problem('a', 'beginner', 3), problem('x', 'beginner', 1, 'other'), problem('i', 'intermediate', null)];
    expect(practiceProblems(problems, 'm', 's').map((p) => p.id)).toEqual(['a', 'b', 'i', 'c']);
  });
});

describe('highlightPython', () => {
  it('marks keywords, names, strings and numbers line by line', () => {
    const lines = highlightPython('def f(x):\n    return "a" * 2');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => line.map((t) => t.text).join(''))).toEqual(['def f(x):', '    return "a" * 2']);
    const classOf = (text: string) => lines.flat().find((t) => t.text === text)?.className;
    expect(classOf('def')).toBe('tok-keyword');
    expect(classOf('return')).toBe('tok-keyword');
    expect(classOf('"a"')).toBe('tok-string');
    expect(classOf('2')).toBe('tok-number');
  });
});
