/**
 * Short, plain-English explanations for the errors beginners meet most.
 * Pure: takes the exception type and message, returns a sentence or two.
 */
import type { PyErrorInfo } from './protocol';

type Rule = { match?: RegExp; explain: (m: RegExpMatchArray | null) => string };

const RULES: Record<string, Rule[]> = {
  SyntaxError: [
    { match: /was never closed/, explain: () => 'A bracket or quote is opened but never closed. Find its partner.' },
    { match: /expected ':'/, explain: () => 'Lines that start a block (if, for, while, def, class) must end with a colon.' },
    { match: /unterminated string/, explain: () => 'A string is missing its closing quote.' },
    { match: /invalid syntax\. Perhaps you forgot a comma/, explain: () => 'Python expected a comma between two items here.' },
    { match: /'return' outside function/, explain: () => '`return` only works inside a function (a `def` block).' },
    {
      explain: () =>
        'Python could not understand this line. Look for a missing bracket, quote, colon or comma on it or on the line just before.',
    },
  ],
  IndentationError: [
    { match: /expected an indented block/, explain: () => 'The line after a colon must be indented (usually 4 spaces).' },
    { match: /unexpected indent/, explain: () => 'This line is indented more than Python expected. Line it up with its block.' },
    { match: /unindent does not match/, explain: () => 'This line does not line up with any outer block. Use the same number of spaces as the block it belongs to.' },
    { explain: () => 'The indentation (spaces at the start of lines) is inconsistent. Python uses it to group lines into blocks.' },
  ],
  TabError: [{ explain: () => 'Tabs and spaces are mixed in the indentation. Use spaces only.' }],
  NameError: [
    {
      match: /name '([^']+)' is not defined/,
      explain: (m) =>
        `Python does not know the name \`${m?.[1] ?? ''}\`. Check its spelling and capitalisation, and that it is defined (assigned or imported) before this line runs.`,
    },
    { explain: () => 'A name is used before it has been defined.' },
  ],
  UnboundLocalError: [
    {
      explain: () =>
        'A variable is read inside a function before it is assigned there. Assigning to a name anywhere in a function makes it local to that function.',
    },
  ],
  TypeError: [
    { match: /can only concatenate str \(not "([^"]+)"\) to str/, explain: (m) => `You joined text and a ${m?.[1]} with +. Convert it first, e.g. str(x), or use an f-string.` },
    { match: /unsupported operand type/, explain: () => 'This operator does not work between these two types, e.g. adding a number to a string.' },
    { match: /missing (\d+) required positional argument/, explain: () => 'The function was called with fewer arguments than it needs.' },
    { match: /takes (\d+) positional arguments? but (\d+) (?:was|were) given/, explain: () => 'The function was called with more arguments than it accepts. (Methods also receive `self`.)' },
    { match: /object is not callable/, explain: () => 'Something that is not a function was called with (). Did a variable reuse a function’s name?' },
    { match: /object is not subscriptable/, explain: () => 'Square brackets [] were used on a value that cannot be indexed (like a number or None).' },
    { match: /object is not iterable/, explain: () => 'A loop or unpacking was given a value that cannot be looped over.' },
    { explain: () => 'An operation was given a value of the wrong type. Check the types of the values on this line.' },
  ],
  ValueError: [
    { match: /invalid literal for int\(\)/, explain: () => 'int() was given text that is not a whole number. Strip spaces or check the input.' },
    { match: /too many values to unpack/, explain: () => 'There are more values on the right than names on the left of this assignment.' },
    { match: /not enough values to unpack/, explain: () => 'There are fewer values on the right than names on the left of this assignment.' },
    { explain: () => 'A function got a value of the right type but an unsuitable content.' },
  ],
  IndexError: [
    {
      explain: () =>
        'An index is outside the sequence. Valid indexes run from 0 to len(x) - 1; check loop bounds and empty lists.',
    },
  ],
  KeyError: [
    { explain: () => 'The dictionary has no such key. Use `key in d` to check first, or d.get(key, default).' },
  ],
  AttributeError: [
    { match: /'NoneType' object has no attribute/, explain: () => 'A value is None where an object was expected. A function without `return` gives None; list.sort() and similar methods return None too.' },
    { explain: () => 'This object has no attribute or method with that name. Check the spelling and the type of the object.' },
  ],
  ZeroDivisionError: [{ explain: () => 'A number was divided by zero. Check for a zero divisor (an empty list’s length, say) before dividing.' }],
  RecursionError: [
    {
      explain: () =>
        'A function called itself too many times. Make sure the recursion has a base case that is always reached.',
    },
  ],
  MemoryError: [{ explain: () => 'The program tried to use more memory than is available. Look for a list or string that grows without end.' }],
  EOFError: [{ explain: () => 'input() found no more input to read.' }],
  KeyboardInterrupt: [{ explain: () => 'The program was stopped.' }],
  ModuleNotFoundError: [{ explain: () => 'That module is not available here. PyDojo includes Python’s standard library only.' }],
  RuntimeError: [{ explain: () => 'Something went wrong while the program ran. Read the message for details.' }],
  AssertionError: [{ explain: () => 'An assertion in the tests failed: the code did not do what the test checks.' }],
};

export const TIMEOUT_EXPLANATION =
  'The program ran past its time limit. Look for a loop whose condition never becomes false, or an algorithm that is too slow for the input size.';

/** A one- or two-sentence explanation, or null for errors without one. */
export function explainError(error: Pick<PyErrorInfo, 'type' | 'message'>): string | null {
  const rules = RULES[error.type];
  if (!rules) return null;
  for (const rule of rules) {
    if (!rule.match) return rule.explain(null);
    const m = error.message.match(rule.match);
    if (m) return rule.explain(m);
  }
  return null;
}
