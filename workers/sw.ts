/**
 * PyDojo's service worker (Serwist), built by scripts/build-sw.mjs into
 * public/sw.js with this build's precache list in place of __SW_MANIFEST.
 *
 * - Install precaches every page, the app's chunks and the runtime (Pyodide,
 *   the snapshot, Monaco, the bank). The page registers this worker only
 *   once it is interactive and Python, if the page started it, is ready.
 * - Precached responses are kept with the headers the server sent, so a page
 *   served from the cache still carries its COOP/COEP and its CSP.
 * - A new version waits until the learner accepts the update prompt (the page
 *   posts SKIP_WAITING, which Serwist handles); it never takes over by itself.
 * - /api/ai/* and anything not precached goes to the network, untouched.
 */
import { Serwist, type PrecacheEntry, type RouteMatchCallbackOptions } from 'serwist';

declare const self: { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

const serwist: Serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    cleanupOutdatedCaches: true,
    // The install runs in the background; a few requests at a time leave room for the page.
    concurrency: 4,
  },
  skipWaiting: false,
  // The first install takes the open page at once, so it works offline without a reload.
  clientsClaim: true,
  runtimeCaching: [
    {
      // A page opened with a query (/practice?problem=…) is the prerendered page;
      // its script reads the query. Only navigations: Next's RSC fetches carry
      // a query too and must never receive HTML.
      matcher: ({ request, url, sameOrigin }: RouteMatchCallbackOptions) =>
        sameOrigin && request.mode === 'navigate' && url.search !== '' && serwist.getPrecacheKeyForUrl(url.pathname) !== undefined,
      handler: async ({ request, url }): Promise<Response> => (await serwist.matchPrecache(url.pathname)) ?? fetch(request),
    },
  ],
});

serwist.addEventListeners();

// The app's chunks, Pyodide and Monaco are named by their content or
// version, and precached under their own URLs: the browser reads them from
// Cache Storage itself, without waking this worker's fetch handler (Chrome's
// static routing; other browsers keep using the handler). A file not cached
// yet comes from the network, as it would through the handler.
interface StaticRoutes {
  addRoutes?(rules: { condition: { or: { urlPattern: string }[] }; source: 'cache' }): Promise<void>;
}
const CACHED_AS_NAMED = ['/_next/static/*', '/pyodide/*', '/monaco/*'];
(self as unknown as EventTarget).addEventListener('install', (event) => {
  (event as Event & StaticRoutes).addRoutes?.({ condition: { or: CACHED_AS_NAMED.map((urlPattern) => ({ urlPattern })) }, source: 'cache' }).catch(() => undefined);
});
