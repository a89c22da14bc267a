'use client';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { useDark } from '@/features/shell';

type Mermaid = (typeof import('mermaid'))['default'];

// Mermaid is loaded only on a page that shows a diagram, when the first one
// nears the viewport; its configuration is global, so renders take turns.
let loading: Promise<Mermaid> | null = null;
let queue: Promise<unknown> = Promise.resolve();

function renderSvg(id: string, source: string, dark: boolean): Promise<string> {
  loading ??= import('mermaid').then((module) => module.default);
  const job = queue.then(async () => {
    const mermaid = await loading!;
    mermaid.initialize({
      startOnLoad: false,
      securityLevel: 'strict',
      theme: dark ? 'dark' : 'default',
      fontFamily: 'ui-sans-serif, system-ui, sans-serif',
      // Dark edge labels on slate: Mermaid's own grey (#585858) gives its #ccc text only 4.4:1.
      themeVariables: dark ? { fontSize: '16px', edgeLabelBackground: '#334155' } : { fontSize: '16px' },
    });
    const { svg } = await mermaid.render(id, source);
    return svg;
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * A wide diagram shrinks to fit the column. On a narrow screen (below
 * Tailwind's md) it shrinks no further than this share of its drawn size,
 * so Mermaid's 16 px labels stay at about 10 px or more; a wider one scrolls
 * sideways instead, in a box the keyboard can scroll too.
 */
const MIN_SCALE = 0.6;

/**
 * A Mermaid diagram drawn in the page's theme (redrawn when it changes). To
 * a screen reader it is one image described by `alt`.
 */
export function Diagram({ source, alt, caption }: { source: string; alt: string; caption?: string }) {
  const t = useTranslations('lessons.Diagram');
  const dark = useDark();
  const box = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  const [scrolls, setScrolls] = useState(false);
  const [state, setState] = useState<'waiting' | 'ready' | 'failed'>('waiting');
  const id = `diagram-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          setVisible(true);
          observer.disconnect();
        }
      },
      { rootMargin: '400px 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    if (!visible) return;
    let current = true;
    renderSvg(`${id}-${dark ? 'dark' : 'light'}`, source, dark).then(
      (svg) => {
        if (!current || !box.current) return;
        // Mermaid's own output, sanitised by it (securityLevel "strict").
        box.current.innerHTML = svg;
        const drawn = box.current.querySelector('svg');
        drawn?.setAttribute('aria-hidden', 'true');
        const width = drawn?.viewBox.baseVal?.width ?? 0;
        if (drawn && width > 0) {
          // Drawn at its own size, shrunk only to fit (Mermaid gives the SVG
          // width 100%, which in a box as wide as its content means 300 px,
          // and a max-width of its own size).
          drawn.style.width = `${Math.round(width)}px`;
          drawn.style.maxWidth = '100%';
          drawn.style.setProperty('--diagram-min-width', `${Math.round(width * MIN_SCALE)}px`);
        }
        setState('ready');
      },
      () => {
        if (current) setState('failed');
      },
    );
    return () => {
      current = false;
    };
  }, [visible, dark, id, source]);

  // Whether the drawn diagram is wider than the column (on a phone, or a narrow window).
  useEffect(() => {
    const element = frame.current;
    if (!element || state !== 'ready') return;
    const measure = () => setScrolls(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [state]);

  return (
    <figure className="space-y-2" data-testid="diagram" data-state={state}>
      <div
        ref={frame}
        className="overflow-x-auto rounded-md border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900"
        {...(scrolls ? { tabIndex: 0, role: 'group', 'aria-label': t('scroll') } : {})}
        data-scrolls={scrolls}
      >
        <div
          ref={box}
          role="img"
          aria-label={alt}
          className="mx-auto flex min-h-24 w-fit items-center justify-center [&_svg]:h-auto max-md:[&_svg]:min-w-(--diagram-min-width)"
          data-testid="diagram-canvas"
        />
        {state === 'waiting' ? <p className="text-center text-sm text-slate-500 dark:text-slate-400" aria-hidden="true">{t('drawing')}</p> : null}
        {state === 'failed' ? <p className="text-sm text-slate-700 dark:text-slate-300">{alt}</p> : null}
      </div>
      {caption ? <figcaption className="text-center text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}
