import { describe, expect, it } from 'vitest';
import { explainError, TIMEOUT_EXPLANATION } from './explain';

const explain = (type: string, message = '') => explainError({ type, message });

describe('explainError', () => {
  it.each([
    ['SyntaxError', 'invalid syntax'],
    ['IndentationError', 'unexpected indent'],
    ['NameError', "name 'x' is not defined"],
    ['TypeError', "unsupported operand type(s) for +: 'int' and 'str'"],
    ['ValueError', "invalid literal for int() with base 10: 'abc'"],
    ['IndexError', 'list index out of range'],
    ['KeyError', "'missing'"],
    ['AttributeError', "'list' object has no attribute 'push'"],
    ['ZeroDivisionError', 'division by zero'],
    ['RecursionError', 'maximum recursion depth exceeded'],
  ])('explains %s', (type, message) => {
    const text = explain(type, message);
    expect(text).toEqual(expect.any(String));
    expect(text?.length).toBeGreaterThan(20);
  });

  it('gives a fallback explanation when the message matches no specific rule', () => {
    for (const type of ['SyntaxError', 'IndentationError', 'NameError', 'TypeError', 'ValueError', 'AttributeError']) {
      expect(explain(type, 'something unusual'), type).toEqual(expect.any(String));
    }
  });

  it('names the undefined name in a NameError', () => {
    const text = explain('NameError', "name 'totl' is not defined");
    expect(text).toContain('`totl`');
    expect(explain('NameError', "name 'count' is not defined")).toContain('`count`');
  });

  it('picks the rule that fits the message', () => {
    expect(explain('SyntaxError', "'(' was never closed")).toMatch(/never closed/);
    expect(explain('SyntaxError', "expected ':'")).toMatch(/colon/);
    expect(explain('SyntaxError', 'unterminated string literal (detected at line 1)')).toMatch(/closing quote/);
    expect(explain('IndentationError', "expected an indented block after 'if' statement on line 1")).toMatch(/must be indented/);
    expect(explain('IndentationError', 'unindent does not match any outer indentation level')).toMatch(/does not line up/);
    expect(explain('TypeError', 'can only concatenate str (not "int") to str')).toContain('a int with +');
    expect(explain('TypeError', "f() missing 1 required positional argument: 'b'")).toMatch(/fewer arguments/);
    expect(explain('TypeError', 'f() takes 1 positional argument but 2 were given')).toMatch(/more arguments/);
    expect(explain('TypeError', "'int' object is not callable")).toMatch(/not a function/);
    expect(explain('ValueError', 'too many values to unpack (expected 2)')).toMatch(/more values on the right/);
    expect(explain('ValueError', 'not enough values to unpack (expected 3, got 2)')).toMatch(/fewer values on the right/);
    expect(explain('AttributeError', "'NoneType' object has no attribute 'append'")).toMatch(/None/);
    expect(explain('IndexError', 'list index out of range')).toMatch(/len\(x\) - 1/);
    expect(explain('KeyError', "'k'")).toMatch(/d\.get/);
    expect(explain('ZeroDivisionError', 'division by zero')).toMatch(/divided by zero/);
    expect(explain('RecursionError', 'maximum recursion depth exceeded')).toMatch(/base case/);
  });

  it('distinguishes rules that share a type', () => {
    expect(explain('TypeError', "'int' object is not subscriptable")).not.toBe(explain('TypeError', "'int' object is not iterable"));
    expect(explain('SyntaxError', "expected ':'")).not.toBe(explain('SyntaxError', 'invalid syntax'));
  });

  it('returns null for types it does not know', () => {
    expect(explain('FloatingPointError', 'boom')).toBeNull();
    expect(explain('MyCustomError', 'anything')).toBeNull();
    expect(explain('Timeout')).toBeNull();
    expect(explain('')).toBeNull();
    expect(explain('nameerror', "name 'x' is not defined")).toBeNull();
  });

  it('has a time-out explanation', () => {
    expect(TIMEOUT_EXPLANATION).toMatch(/time limit/);
  });
});
