/** Runs `then` once the page has loaded and the browser is idle. */
export function whenIdle(then: () => void): () => void {
  let handle: number | null = null;
  let cancelled = false;
  const idle = () => {
    if (cancelled) return;
    // requestIdleCallback is missing in Safari; a short timer is the usual stand-in.
    handle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(then, { timeout: 5_000 }) : window.setTimeout(then, 1_000);
  };
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
  return () => {
    cancelled = true;
    window.removeEventListener('load', idle);
    if (handle === null) return;
    if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(handle);
    else window.clearTimeout(handle);
  };
}
