import { classHighlighter, highlightCode } from '@lezer/highlight';
import { parser } from '@lezer/python';

/** A run of source text and its highlight classes (`tok-keyword`, `tok-string`, …), "" for plain text. */
export interface Token {
  text: string;
  className: string;
}

/**
 * Python source as highlighted lines, with the same parser and class names
 * the lesson editor uses, so code looks the same before and after it is
 * edited. Runs at build time for static code (no JavaScript shipped).
 */
export function highlightPython(code: string): Token[][] {
  const lines: Token[][] = [[]];
  highlightCode(
    code,
    parser.parse(code),
    classHighlighter,
    (text, className) => lines[lines.length - 1].push({ text, className }),
    () => lines.push([]),
  );
  return lines;
}
