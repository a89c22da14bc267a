import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRAND_COLOUR, webManifest } from './manifest';

const root = path.resolve(import.meta.dirname, '../../..');

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the web app manifest', () => {
  const manifest = webManifest();

  it('describes an installable standalone app that opens on the dashboard', () => {
    expect(manifest.name).toContain('PyDojo');
    expect(manifest.short_name).toBe('PyDojo');
    expect(manifest.display).toBe('standalone');
    expect(manifest.start_url).toBe('/');
    expect(manifest.start_url?.startsWith(manifest.scope ?? '')).toBe(true);
  });

  it('takes its theme colour from the icon', () => {
    const svg = readFileSync(path.join(root, 'src/app/icon.svg'), 'utf8');
    expect(svg).toContain(`fill="${BRAND_COLOUR}"`);
    expect(manifest.theme_color).toBe(BRAND_COLOUR);
  });

  it('offers 192 and 512 pixel icons and a maskable one, each a PNG of the size it claims', () => {
    const icons = manifest.icons ?? [];
    expect(icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) {
      const [width, height] = String(icon.sizes).split('x').map(Number);
      expect(pngSize(path.join(root, 'public', icon.src))).toEqual({ width, height });
    }
  });
});
