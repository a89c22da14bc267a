// npm run icons: the installed app's icons, drawn from src/app/icon.svg with
// sharp into public/icons/ (committed; run again when the icon changes).
//   icon-192.png, icon-512.png  the icon as it is (rounded square)
//   maskable-512.png            full-bleed green with the mark inside the
//                               safe zone, for launchers that crop to a shape
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const root = path.join(import.meta.dirname, '..');
const svg = await readFile(path.join(root, 'src/app/icon.svg'), 'utf8');
const inner = svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
// The safe zone is the centre circle of 80% diameter: the mark takes 60%.
const maskable = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0a7a45"/><g transform="translate(6.4 6.4) scale(0.6)">${inner}</g></svg>`;

const out = path.join(root, 'public/icons');
for (const [name, source, size] of [
  ['icon-192.png', svg, 192],
  ['icon-512.png', svg, 512],
  ['maskable-512.png', maskable, 512],
]) {
  await sharp(Buffer.from(source), { density: (72 * size) / 32 }).resize(size, size).png({ compressionLevel: 9 }).toFile(path.join(out, name));
}
console.log('public/icons: icon-192.png, icon-512.png, maskable-512.png');
