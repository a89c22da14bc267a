import type { ComponentProps, ReactNode } from 'react';
import ReactMarkdown, { type Components, type Options } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { MarkdownCheckbox, MarkdownImage, MarkdownTable } from './markdown-parts';

/**
 * GitHub-flavoured Markdown for lessons, problem statements and AI answers,
 * rendered as React elements by react-markdown (never as an HTML string).
 * Untrusted text stays inert: raw HTML is shown as text, links open only
 * http(s), mailto and same-site addresses, and images are shown as their alt
 * text (no request leaves the page for a picture). Used by server and client
 * components alike: a server-rendered lesson ships only the few words
 * Markdown adds (markdown-parts.tsx) to the browser.
 */

/** Keeps http(s), mailto and relative addresses; drops the rest (javascript:, data:, …). */
export function safeUrl(url: string): string | null {
  const trimmed = url.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  // No scheme before the first /, ? or #: a relative address.
  if (!/^[^/?#]*:/.test(trimmed)) return trimmed;
  return null;
}

function isExternal(href: string | undefined): boolean {
  return href !== undefined && /^https?:/i.test(href);
}

// Headings inside Markdown sit under the page's own h1/h2, so they start at h3.
const h3 = ({ children }: { children?: ReactNode }) => <h3>{children}</h3>;

const COMPONENTS: Components = {
  h1: h3,
  h2: h3,
  h3: ({ children }) => <h4>{children}</h4>,
  h4: ({ children }) => <h5>{children}</h5>,
  h5: ({ children }) => <h6>{children}</h6>,
  a: ({ href, children }) =>
    href ? (
      <a href={href} {...(isExternal(href) ? { target: '_blank', rel: 'noreferrer noopener' } : {})}>
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // A code block wider than its column scrolls; the keyboard can reach it to scroll it too.
  pre: ({ children }) => <pre tabIndex={0}>{children}</pre>,
  img: ({ alt }) => <MarkdownImage alt={alt} />,
  table: ({ children }) => <MarkdownTable>{children}</MarkdownTable>,
  input: ({ checked, type }: ComponentProps<'input'>) => (type === 'checkbox' ? <MarkdownCheckbox checked={Boolean(checked)} /> : null),
};

const PLUGINS: Options['remarkPlugins'] = [remarkGfm];

/** Renders a Markdown document as elements. */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  return (
    <div className={`prose-dojo ${className}`}>
      <ReactMarkdown remarkPlugins={PLUGINS} components={COMPONENTS} urlTransform={safeUrl}>
        {source}
      </ReactMarkdown>
    </div>
  );
}

const INLINE_COMPONENTS: Components = {
  ...COMPONENTS,
  p: ({ children }) => <>{children}</>,
};
const INLINE_ELEMENTS = ['p', 'strong', 'em', 'del', 'code', 'a', 'span'];

/** One line of inline Markdown (code, bold, links) inside other text: no blocks. */
export function InlineMarkdown({ text }: { text: string }) {
  return (
    <ReactMarkdown
      remarkPlugins={PLUGINS}
      components={INLINE_COMPONENTS}
      urlTransform={safeUrl}
      allowedElements={INLINE_ELEMENTS}
      unwrapDisallowed
    >
      {text}
    </ReactMarkdown>
  );
}
