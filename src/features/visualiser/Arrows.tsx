'use client';
import { useId, useLayoutEffect, useState, type RefObject } from 'react';

interface Arrow {
  from: string;
  to: string;
  d: string;
}

/** A curve from a reference's dot to its object's box, in the container's coordinates. */
function arrowPath(dot: DOMRect, box: DOMRect, origin: { x: number; y: number }): string {
  const x1 = dot.left + dot.width / 2 - origin.x;
  const y1 = dot.top + dot.height / 2 - origin.y;
  const left = box.left - origin.x;
  const top = box.top - origin.y;
  if (left >= x1 + 12) {
    // The usual case: the object lies to the right; end on its left edge, near its top.
    const x2 = left;
    const y2 = top + Math.min(14, box.height / 2);
    const bend = Math.max(16, (x2 - x1) / 2);
    return `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${x2 - bend} ${y2}, ${x2} ${y2}`;
  }
  // Stacked columns (a phone) or a reference back up the heap: end on its top or bottom edge.
  const x2 = left + Math.min(18, box.width / 2);
  const below = top > y1;
  const y2 = below ? top : top + box.height;
  const bend = Math.max(20, Math.abs(y2 - y1) / 2) * (below ? 1 : -1);
  return `M ${x1} ${y1} C ${x1} ${y1 + bend}, ${x2} ${y2 - bend}, ${x2} ${y2}`;
}

/**
 * The arrows of references, drawn over `container` from the positions of
 * its dots ([data-ref-from]) and boxes ([data-object-id]) after layout, and
 * again whenever it resizes or something inside it scrolls. Decoration only:
 * every dot states its target in words.
 */
export function Arrows({ container, version }: { container: RefObject<HTMLElement | null>; version: unknown }) {
  const [arrows, setArrows] = useState<Arrow[]>([]);
  const [size, setSize] = useState({ width: 0, height: 0 });
  // Unique per panel (a lesson page may show several), and safe inside url(#…).
  const marker = `pd-arrow-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;

  useLayoutEffect(() => {
    const root = container.current;
    if (!root) return;
    let frame = 0;
    const draw = () => {
      frame = 0;
      const bounds = root.getBoundingClientRect();
      const origin = { x: bounds.left - root.scrollLeft, y: bounds.top - root.scrollTop };
      const next: Arrow[] = [];
      root.querySelectorAll<HTMLElement>('[data-ref-from]').forEach((dot) => {
        const to = dot.dataset.refTo ?? '';
        const box = root.querySelector<HTMLElement>(`[data-object-id="${to}"]`);
        if (!box) return;
        const dotRect = dot.getBoundingClientRect();
        // A dot scrolled out of its column draws nothing.
        if (dotRect.width === 0) return;
        next.push({ from: dot.dataset.refFrom ?? '', to, d: arrowPath(dotRect, box.getBoundingClientRect(), origin) });
      });
      setArrows(next);
      setSize({ width: root.scrollWidth, height: root.scrollHeight });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(draw);
    };
    draw();
    const observer = new ResizeObserver(schedule);
    observer.observe(root);
    for (const child of Array.from(root.children)) observer.observe(child);
    root.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    return () => {
      if (frame !== 0) cancelAnimationFrame(frame);
      observer.disconnect();
      root.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
    };
  }, [container, version]);

  return (
    <svg
      aria-hidden="true"
      className="pointer-events-none absolute left-0 top-0 overflow-visible text-brand-600 dark:text-brand-500"
      width={size.width}
      height={size.height}
      data-testid="trace-arrows"
    >
      <defs>
        <marker id={marker} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" fill="currentColor" />
        </marker>
      </defs>
      {arrows.map((arrow) => (
        <path
          key={arrow.from}
          d={arrow.d}
          data-from={arrow.from}
          data-to={arrow.to}
          fill="none"
          stroke="currentColor"
          strokeWidth={1.5}
          markerEnd={`url(#${marker})`}
        />
      ))}
    </svg>
  );
}
