import { describe, expect, it } from 'vitest';
import { explainError, TIMEOUT_EXPLANATION } from './explain';

const explain = (type: string, message = '') => explainError({ type, message });
const key = (type: string, message = '') => explain(type, message)?.key;

describe('explainError', () => {
  it.each([
    ['SyntaxError', 'invalid syntax', 'SyntaxError.other'],
    ['IndentationError', 'unexpected indent', 'IndentationError.unexpectedIndent'],
    ['NameError', "name 'x' is not defined", 'NameError.notDefined'],
    ['TypeError', "unsupported operand type(s) for +: 'int' and 'str'", 'TypeError.unsupportedOperand'],
    ['ValueError', "invalid literal for int() with base 10: 'abc'", 'ValueError.invalidInt'],
    ['IndexError', 'list index out of range', 'IndexError.other'],
    ['KeyError', "'missing'", 'KeyError.other'],
    ['AttributeError', "'list' object has no attribute 'push'", 'AttributeError.other'],
    ['ZeroDivisionError', 'division by zero', 'ZeroDivisionError.other'],
    ['RecursionError', 'maximum recursion depth exceeded', 'RecursionError.other'],
  ])('explains %s', (type, message, expected) => {
    expect(key(type, message)).toBe(expected);
  });

  it('gives a fallback explanation when the message matches no specific rule', () => {
    for (const type of ['SyntaxError', 'IndentationError', 'NameError', 'TypeError', 'ValueError', 'AttributeError']) {
      expect(explain(type, 'something unusual'), type).toEqual({ key: `${type}.other` });
    }
  });

  it('names the undefined name in a NameError', () => {
    expect(explain('NameError', "name 'totl' is not defined")).toEqual({ key: 'NameError.notDefined', values: { name: 'totl' } });
    expect(explain('NameError', "name 'count' is not defined")?.values).toEqual({ name: 'count' });
  });

  it('picks the rule that fits the message', () => {
    expect(key('SyntaxError', "'(' was never closed")).toBe('SyntaxError.neverClosed');
    expect(key('SyntaxError', "expected ':'")).toBe('SyntaxError.expectedColon');
    expect(key('SyntaxError', 'unterminated string literal (detected at line 1)')).toBe('SyntaxError.unterminatedString');
    expect(key('SyntaxError', 'invalid syntax. Perhaps you forgot a comma?')).toBe('SyntaxError.missingComma');
    expect(key('SyntaxError', "'return' outside function")).toBe('SyntaxError.returnOutsideFunction');
    expect(key('IndentationError', "expected an indented block after 'if' statement on line 1")).toBe('IndentationError.expectedIndent');
    expect(key('IndentationError', 'unindent does not match any outer indentation level')).toBe('IndentationError.unindentMismatch');
    expect(explain('TypeError', 'can only concatenate str (not "int") to str')).toEqual({ key: 'TypeError.concatenate', values: { type: 'int' } });
    expect(key('TypeError', "f() missing 1 required positional argument: 'b'")).toBe('TypeError.missingArgument');
    expect(key('TypeError', 'f() takes 1 positional argument but 2 were given')).toBe('TypeError.tooManyArguments');
    expect(key('TypeError', "'int' object is not callable")).toBe('TypeError.notCallable');
    expect(key('ValueError', 'too many values to unpack (expected 2)')).toBe('ValueError.tooManyValues');
    expect(key('ValueError', 'not enough values to unpack (expected 3, got 2)')).toBe('ValueError.notEnoughValues');
    expect(key('AttributeError', "'NoneType' object has no attribute 'append'")).toBe('AttributeError.none');
    expect(key('IndexError', 'list index out of range')).toBe('IndexError.other');
    expect(key('KeyError', "'k'")).toBe('KeyError.other');
    expect(key('ZeroDivisionError', 'division by zero')).toBe('ZeroDivisionError.other');
    expect(key('RecursionError', 'maximum recursion depth exceeded')).toBe('RecursionError.other');
  });

  it('distinguishes rules that share a type', () => {
    expect(key('TypeError', "'int' object is not subscriptable")).toBe('TypeError.notSubscriptable');
    expect(key('TypeError', "'int' object is not iterable")).toBe('TypeError.notIterable');
    expect(key('SyntaxError', "expected ':'")).not.toBe(key('SyntaxError', 'invalid syntax'));
  });

  it('returns null for types it does not know', () => {
    expect(explain('FloatingPointError', 'boom')).toBeNull();
    expect(explain('MyCustomError', 'anything')).toBeNull();
    expect(explain('Timeout')).toBeNull();
    expect(explain('')).toBeNull();
    expect(explain('nameerror', "name 'x' is not defined")).toBeNull();
    expect(explain('constructor')).toBeNull();
  });

  it('has a time-out explanation', () => {
    expect(TIMEOUT_EXPLANATION).toEqual({ key: 'timeout' });
  });
});
