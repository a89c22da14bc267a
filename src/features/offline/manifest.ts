import type { MetadataRoute } from 'next';

/** The app's green (src/app/icon.svg) and its light background. */
export const BRAND_COLOUR = '#0a7a45';
export const BACKGROUND_COLOUR = '#ffffff';

/**
 * The web app manifest that makes PyDojo installable: a standalone window
 * starting at the dashboard, with icons drawn from src/app/icon.svg
 * (scripts/make-icons.mjs writes public/icons/).
 */
export function webManifest(): MetadataRoute.Manifest {
  return {
    name: 'PyDojo — practise Python in your browser',
    short_name: 'PyDojo',
    description: 'Write Python in a real editor, run it instantly in your browser, and get graded by tests. Works offline after the first visit.',
    id: '/',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: BRAND_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
