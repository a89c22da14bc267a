import { Fragment } from 'react';
import { parseInline, parseMarkdown, type Inline } from '@/core/markdown';

function InlineNodes({ nodes }: { nodes: Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.type) {
          case 'text':
            return <Fragment key={i}>{node.text}</Fragment>;
          case 'code':
            return <code key={i}>{node.text}</code>;
          case 'strong':
            return (
              <strong key={i}>
                <InlineNodes nodes={node.children} />
              </strong>
            );
          case 'em':
            return (
              <em key={i}>
                <InlineNodes nodes={node.children} />
              </em>
            );
          case 'link':
            return (
              <a key={i} href={node.href} target={node.href.startsWith('http') ? '_blank' : undefined} rel="noreferrer">
                <InlineNodes nodes={node.children} />
              </a>
            );
        }
      })}
    </>
  );
}

/** Renders Markdown as elements (never as HTML strings). */
export function Markdown({ source, className = '' }: { source: string; className?: string }) {
  const blocks = parseMarkdown(source);
  return (
    <div className={`prose-dojo ${className}`}>
      {blocks.map((block, i) => {
        switch (block.type) {
          case 'heading': {
            // Statements sit under the page's h1/h2, so their headings start at h3.
            const Tag = (['h3', 'h3', 'h4', 'h5'] as const)[block.level - 1];
            return (
              <Tag key={i}>
                <InlineNodes nodes={block.children} />
              </Tag>
            );
          }
          case 'paragraph':
            return (
              <p key={i}>
                <InlineNodes nodes={block.children} />
              </p>
            );
          case 'code':
            return (
              <pre key={i} data-lang={block.lang}>
                <code>{block.text}</code>
              </pre>
            );
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return (
              <Tag key={i}>
                {block.items.map((item, j) => (
                  <li key={j}>
                    <InlineNodes nodes={item} />
                  </li>
                ))}
              </Tag>
            );
          }
        }
      })}
    </div>
  );
}

/** One line of inline Markdown (code, bold, links) inside other text. */
export function InlineMarkdown({ text }: { text: string }) {
  return <InlineNodes nodes={parseInline(text)} />;
}
