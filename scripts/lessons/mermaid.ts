/**
 * Mermaid's own parser under Node. Mermaid sanitises labels with DOMPurify,
 * which needs a DOM even to parse, so a happy-dom window stands in for the
 * browser's (set before mermaid is first imported).
 */
import { Window } from 'happy-dom';

type Parse = (text: string) => Promise<unknown>;
let parser: Promise<Parse> | null = null;

async function loadParser(): Promise<Parse> {
  const scope = globalThis as { window?: unknown };
  if (!scope.window) scope.window = new Window();
  const { default: mermaid } = await import('mermaid');
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return (text) => mermaid.parse(text);
}

/** Start loading Mermaid (a second or two) while other work goes on. */
export function preloadMermaid(): void {
  parser ??= loadParser();
}

/** null when Mermaid accepts the diagram, else its parse error (first lines). */
export async function mermaidError(text: string): Promise<string | null> {
  parser ??= loadParser();
  const parse = await parser;
  try {
    await parse(text);
    return null;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return message.split('\n').slice(0, 4).join('\n    ');
  }
}
