export const PUBLIC_GLOBS: string[];
export const PUBLIC_IGNORES: string[];
export function routeOfPage(relative: string): string | null;
export interface PrecacheEntry {
  url: string;
  revision: string | null;
}
export function precacheManifest(
  root: string,
  options?: { snapshot?: string },
): Promise<{ entries: PrecacheEntry[]; bytes: { pages: number; chunks: number; runtime: number } }>;
