'use client';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';

/**
 * A draggable divider between two panels (also moved with arrow keys).
 * `value` is the first panel's share of the container, in percent.
 */
export function Splitter({
  orientation,
  value,
  onChange,
  label,
  min = 20,
  max = 80,
}: {
  orientation: 'vertical' | 'horizontal';
  value: number;
  onChange(value: number): void;
  label: string;
  min?: number;
  max?: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const clamp = (v: number) => Math.min(max, Math.max(min, v));

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    const container = ref.current?.parentElement;
    if (!container) return;
    event.preventDefault();
    const rect = container.getBoundingClientRect();
    const move = (e: globalThis.PointerEvent) => {
      const share = orientation === 'vertical' ? ((e.clientX - rect.left) / rect.width) * 100 : ((e.clientY - rect.top) / rect.height) * 100;
      onChange(clamp(share));
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const back = orientation === 'vertical' ? 'ArrowLeft' : 'ArrowUp';
    const forward = orientation === 'vertical' ? 'ArrowRight' : 'ArrowDown';
    if (event.key === back) onChange(clamp(value - 5));
    else if (event.key === forward) onChange(clamp(value + 5));
    else return;
    event.preventDefault();
  };

  return (
    <div
      ref={ref}
      role="separator"
      aria-orientation={orientation}
      aria-label={label}
      aria-valuenow={Math.round(value)}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
      className={
        'hidden shrink-0 touch-none bg-slate-200 hover:bg-brand-500 focus-visible:bg-brand-500 lg:block dark:bg-slate-800 ' +
        (orientation === 'vertical' ? 'w-1 cursor-col-resize' : 'h-1 cursor-row-resize')
      }
    />
  );
}
