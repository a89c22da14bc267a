import { describe, expect, it } from 'vitest';
import { checkConstructOrder, type PathEntry, type Usage } from './order';

const lesson = (id: string, introduces: string[]): PathEntry => ({ id, introduces });
const missing = (id: string): PathEntry => ({ id, missing: true });
const uses = (entries: Record<string, Usage[]>) => new Map(Object.entries(entries));
const use = (where: string, ...constructs: string[]): Usage => ({ where, constructs });

describe('checkConstructOrder', () => {
  it('accepts a path where each lesson uses only what it or an earlier lesson introduces', () => {
    const path = [lesson('a/one', ['string', 'builtin:print']), lesson('a/two', ['variable'])];
    const report = checkConstructOrder(path, uses({ 'a/one': [use('sections[0].example', 'string', 'builtin:print')], 'a/two': [use('check[0]', 'variable', 'string', 'builtin:print')] }));
    expect(report.failures).toEqual([]);
    expect(report.pending).toEqual([]);
    expect([...report.introducedBy]).toEqual([
      ['string', 'a/one'],
      ['builtin:print', 'a/one'],
      ['variable', 'a/two'],
    ]);
  });

  it('fails a use of a construct a later lesson introduces, naming that lesson and every place', () => {
    const path = [lesson('a/one', ['string']), lesson('a/two', ['for'])];
    const report = checkConstructOrder(path, uses({ 'a/one': [use('sections[1].example', 'string', 'for'), use('mistakes[0]', 'for')] }));
    expect(report.failures).toEqual([{ lesson: 'a/one', where: 'sections[1].example, mistakes[0]', construct: 'for', message: 'uses for, which is introduced only later, by a/two' }]);
  });

  it('fails a use nothing introduces once every earlier lesson is written', () => {
    const report = checkConstructOrder([lesson('a/one', ['string'])], uses({ 'a/one': [use('check[2].choices[1]', 'string', 'builtin:sorted')] }));
    expect(report.failures).toHaveLength(1);
    expect(report.failures[0]).toMatchObject({ where: 'check[2].choices[1]' });
    expect(report.failures[0].message).toMatch(/^uses builtin:sorted, which no earlier lesson introduces/);
  });

  it('only reports (does not fail) such a use while an earlier lesson is missing', () => {
    const path = [missing('a/zero'), lesson('a/one', ['string'])];
    const report = checkConstructOrder(path, uses({ 'a/one': [use('sections[0].example', 'string', 'builtin:len')] }));
    expect(report.failures).toEqual([]);
    expect(report.pending).toEqual([{ lesson: 'a/one', where: 'sections[0].example', construct: 'builtin:len', message: 'uses builtin:len, not introduced by any lesson written so far' }]);
  });

  it('still fails a use introduced later even while lessons are missing', () => {
    const path = [missing('a/zero'), lesson('a/one', []), lesson('a/two', ['while'])];
    const report = checkConstructOrder(path, uses({ 'a/one': [use('mistakes[0]', 'while')] }));
    expect(report.failures.map((f) => f.message)).toEqual(['uses while, which is introduced only later, by a/two']);
  });

  it('fails a construct introduced twice on the path, saying where it was first', () => {
    const path = [lesson('a/one', ['string', 'list']), lesson('b/two', ['variable', 'list'])];
    const report = checkConstructOrder(path, uses({ 'a/one': [use('x', 'string', 'list')], 'b/two': [use('y', 'variable', 'list')] }));
    expect(report.failures).toEqual([{ lesson: 'b/two', where: 'introduces[1]', construct: 'list', message: 'introduces list, already introduced earlier by a/one: remove it here' }]);
    expect(report.introducedBy.get('list')).toBe('a/one');
  });

  it('fails a construct listed twice by one lesson', () => {
    const report = checkConstructOrder([lesson('a/one', ['string', 'string'])], uses({ 'a/one': [use('x', 'string')] }));
    expect(report.failures).toEqual([{ lesson: 'a/one', where: 'introduces[1]', construct: 'string', message: 'lists string twice' }]);
  });

  it('judges only the lessons whose code was analysed, but every lesson introduces', () => {
    const path = [lesson('a/one', ['string', 'for']), lesson('a/two', ['for'])];
    const report = checkConstructOrder(path, uses({ 'a/one': [use('x', 'string', 'for')] }));
    expect(report.failures).toEqual([]);
  });

  it('notes an introduced construct no code of the lesson uses', () => {
    const report = checkConstructOrder([lesson('a/one', ['string', 'tuple'])], uses({ 'a/one': [use('x', 'string')] }));
    expect(report.failures).toEqual([]);
    expect(report.unused.map((u) => u.message)).toEqual(['introduces tuple but no example, mistake or check uses it']);
  });
});
