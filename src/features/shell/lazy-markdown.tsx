'use client';
import dynamic from 'next/dynamic';

const load = () => import('./Markdown');

/**
 * Markdown for client views whose text arrives after the page has loaded (a
 * problem fetched from the bank, an AI answer): the renderer (react-markdown
 * and GitHub-flavoured Markdown, about 30 KB compressed) stays out of the
 * page's first download. Server-rendered text uses Markdown itself.
 */
export const LazyMarkdown = dynamic(() => load().then((module) => module.Markdown), { loading: () => null });

/** InlineMarkdown, loaded the same way. */
export const LazyInlineMarkdown = dynamic(() => load().then((module) => module.InlineMarkdown), { loading: () => null });

/** Starts downloading the renderer, e.g. while the text itself is being fetched. */
export function preloadMarkdown(): void {
  void load().catch(() => undefined);
}
