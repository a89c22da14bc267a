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
      themeVariables: { fontSize: '16px' },
    });
    const { svg } = await mermaid.render(id, source);
    return svg;
  });
  queue = job.catch(() => undefined);
  return job;
}

/**
 * A Mermaid diagram drawn in the page's theme (redrawn when it changes). To
 * a screen reader it is one image described by `alt`.
 */
export function Diagram({ source, alt, caption }: { source: string; alt: string; caption?: string }) {
  const t = useTranslations('lessons.Diagram');
  const dark = useDark();
  const box = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
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
        box.current.querySelector('svg')?.setAttribute('aria-hidden', 'true');
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

  return (
    <figure className="space-y-2" data-testid="diagram" data-state={state}>
      <div className="overflow-x-auto rounded-md border border-slate-200 bg-white p-3 dark:border-slate-800 dark:bg-slate-900">
        <div
          ref={box}
          role="img"
          aria-label={alt}
          className="mx-auto flex min-h-24 w-fit max-w-full items-center justify-center [&_svg]:h-auto [&_svg]:max-w-full"
          data-testid="diagram-canvas"
        />
        {state === 'waiting' ? <p className="text-center text-sm text-slate-500 dark:text-slate-400" aria-hidden="true">{t('drawing')}</p> : null}
        {state === 'failed' ? <p className="text-sm text-slate-700 dark:text-slate-300">{alt}</p> : null}
      </div>
      {caption ? <figcaption className="text-center text-sm text-slate-600 dark:text-slate-400">{caption}</figcaption> : null}
    </figure>
  );
}
