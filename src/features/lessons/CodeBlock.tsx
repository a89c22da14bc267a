import { Fragment } from 'react';
import { highlightPython } from './highlight';

/** Highlighted Python tokens, lines joined by newlines (for a <pre>); `numbered` puts the line number before each. */
export function HighlightedPython({ code, numbered = false }: { code: string; numbered?: boolean }) {
  const lines = highlightPython(code);
  const width = String(lines.length).length;
  return lines.map((line, i) => (
    <Fragment key={i}>
      {i > 0 ? '\n' : null}
      {numbered ? <span className="mr-3 inline-block select-none text-right text-slate-500 dark:text-slate-400" style={{ width: `${width}ch` }}>{i + 1}</span> : null}
      {line.map((token, j) =>
        token.className ? (
          <span key={j} className={token.className}>
            {token.text}
          </span>
        ) : (
          <Fragment key={j}>{token.text}</Fragment>
        ),
      )}
    </Fragment>
  ));
}

/** Python code, highlighted, as a static block (rendered at build time). It can be scrolled with the keyboard. */
export function CodeBlock({ code, numbered = false, className = '' }: { code: string; numbered?: boolean; className?: string }) {
  return (
    <pre className={`code-block ${className}`} tabIndex={0}>
      <code>
        <HighlightedPython code={code} numbered={numbered} />
      </code>
    </pre>
  );
}
