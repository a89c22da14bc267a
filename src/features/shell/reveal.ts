'use client';

/**
 * Scroll something that just appeared (a hint, say) into view, moving every
 * scrolled container as little as needed. Smooth unless the learner asks
 * for reduced motion.
 */
export function scrollIntoViewGently(element: Element | null | undefined): void {
  if (!element) return;
  const reduce = typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  element.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
}
