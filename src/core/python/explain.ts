/**
 * Short, plain explanations for the errors beginners meet most.
 * Pure: takes the exception type and message and returns which explanation
 * fits (a key of the `errors.explain` messages, plus its values); the
 * component that shows it turns that into words in the learner's language.
 */
import type { PyErrorInfo } from './protocol';

/** Keys of the `errors.explain` messages. */
export type ExplanationKey =
  | 'SyntaxError.neverClosed'
  | 'SyntaxError.expectedColon'
  | 'SyntaxError.unterminatedString'
  | 'SyntaxError.missingComma'
  | 'SyntaxError.returnOutsideFunction'
  | 'SyntaxError.other'
  | 'IndentationError.expectedIndent'
  | 'IndentationError.unexpectedIndent'
  | 'IndentationError.unindentMismatch'
  | 'IndentationError.other'
  | 'TabError.other'
  | 'NameError.notDefined'
  | 'NameError.other'
  | 'UnboundLocalError.other'
  | 'TypeError.concatenate'
  | 'TypeError.unsupportedOperand'
  | 'TypeError.missingArgument'
  | 'TypeError.tooManyArguments'
  | 'TypeError.notCallable'
  | 'TypeError.notSubscriptable'
  | 'TypeError.notIterable'
  | 'TypeError.other'
  | 'ValueError.invalidInt'
  | 'ValueError.tooManyValues'
  | 'ValueError.notEnoughValues'
  | 'ValueError.other'
  | 'IndexError.other'
  | 'KeyError.other'
  | 'AttributeError.none'
  | 'AttributeError.other'
  | 'ZeroDivisionError.other'
  | 'RecursionError.other'
  | 'MemoryError.other'
  | 'EOFError.other'
  | 'KeyboardInterrupt.other'
  | 'ModuleNotFoundError.other'
  | 'RuntimeError.other'
  | 'AssertionError.other'
  | 'timeout';

/** Which explanation fits an error, and the values its words need (e.g. the undefined name). */
export interface Explanation {
  key: ExplanationKey;
  values?: Record<string, string>;
}

type Rule = { match?: RegExp; key: ExplanationKey; values?: (m: RegExpMatchArray) => Record<string, string> };

const RULES: Record<string, Rule[]> = {
  SyntaxError: [
    { match: /was never closed/, key: 'SyntaxError.neverClosed' },
    { match: /expected ':'/, key: 'SyntaxError.expectedColon' },
    { match: /unterminated string/, key: 'SyntaxError.unterminatedString' },
    { match: /invalid syntax\. Perhaps you forgot a comma/, key: 'SyntaxError.missingComma' },
    { match: /'return' outside function/, key: 'SyntaxError.returnOutsideFunction' },
    { key: 'SyntaxError.other' },
  ],
  IndentationError: [
    { match: /expected an indented block/, key: 'IndentationError.expectedIndent' },
    { match: /unexpected indent/, key: 'IndentationError.unexpectedIndent' },
    { match: /unindent does not match/, key: 'IndentationError.unindentMismatch' },
    { key: 'IndentationError.other' },
  ],
  TabError: [{ key: 'TabError.other' }],
  NameError: [
    { match: /name '([^']+)' is not defined/, key: 'NameError.notDefined', values: (m) => ({ name: m[1] ?? '' }) },
    { key: 'NameError.other' },
  ],
  UnboundLocalError: [{ key: 'UnboundLocalError.other' }],
  TypeError: [
    { match: /can only concatenate str \(not "([^"]+)"\) to str/, key: 'TypeError.concatenate', values: (m) => ({ type: m[1] ?? '' }) },
    { match: /unsupported operand type/, key: 'TypeError.unsupportedOperand' },
    { match: /missing (\d+) required positional argument/, key: 'TypeError.missingArgument' },
    { match: /takes (\d+) positional arguments? but (\d+) (?:was|were) given/, key: 'TypeError.tooManyArguments' },
    { match: /object is not callable/, key: 'TypeError.notCallable' },
    { match: /object is not subscriptable/, key: 'TypeError.notSubscriptable' },
    { match: /object is not iterable/, key: 'TypeError.notIterable' },
    { key: 'TypeError.other' },
  ],
  ValueError: [
    { match: /invalid literal for int\(\)/, key: 'ValueError.invalidInt' },
    { match: /too many values to unpack/, key: 'ValueError.tooManyValues' },
    { match: /not enough values to unpack/, key: 'ValueError.notEnoughValues' },
    { key: 'ValueError.other' },
  ],
  IndexError: [{ key: 'IndexError.other' }],
  KeyError: [{ key: 'KeyError.other' }],
  AttributeError: [
    { match: /'NoneType' object has no attribute/, key: 'AttributeError.none' },
    { key: 'AttributeError.other' },
  ],
  ZeroDivisionError: [{ key: 'ZeroDivisionError.other' }],
  RecursionError: [{ key: 'RecursionError.other' }],
  MemoryError: [{ key: 'MemoryError.other' }],
  EOFError: [{ key: 'EOFError.other' }],
  KeyboardInterrupt: [{ key: 'KeyboardInterrupt.other' }],
  ModuleNotFoundError: [{ key: 'ModuleNotFoundError.other' }],
  RuntimeError: [{ key: 'RuntimeError.other' }],
  AssertionError: [{ key: 'AssertionError.other' }],
};

/** The explanation of a program stopped at its time limit. */
export const TIMEOUT_EXPLANATION: Explanation = { key: 'timeout' };

/** The explanation that fits an error, or null for errors without one. */
export function explainError(error: Pick<PyErrorInfo, 'type' | 'message'>): Explanation | null {
  const rules = Object.hasOwn(RULES, error.type) ? RULES[error.type] : undefined;
  if (!rules) return null;
  for (const rule of rules) {
    const m = rule.match ? error.message.match(rule.match) : null;
    if (rule.match && !m) continue;
    return m && rule.values ? { key: rule.key, values: rule.values(m) } : { key: rule.key };
  }
  return null;
}
