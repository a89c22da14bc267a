/** Resolves once the page's load event has fired (at once outside a browser, or when it already has). */
export function pageLoaded(): Promise<void> {
  if (typeof window === 'undefined' || document.readyState === 'complete') return Promise.resolve();
  return new Promise((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
}
