/**
 * Reads the built-in curriculum and problem bank from data/ at build time.
 * Server-only (static generation): pages pass what the client needs as props,
 * and the full packs are served as files from public/bank/ (prepare-public).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Module } from '@/core/schemas/curriculum';
import { describeIssues, ProblemPack } from '@/core/schemas/problem';

const DATA = path.join(process.cwd(), 'data');

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function jsonFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => path.join(dir, f));
  } catch {
    return [];
  }
}

let cache: { modules: Module[]; packs: ProblemPack[] } | null = null;

/** The curriculum modules and the packs of the built-in bank (starter pack first). */
export function loadContent(): { modules: Module[]; packs: ProblemPack[] } {
  if (cache) return cache;
  const modules = jsonFiles(path.join(DATA, 'curriculum')).map((file) => {
    const parsed = Module.safeParse(readJson(file));
    if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error).join('; ')}`);
    return parsed.data;
  });
  const packs = [path.join(DATA, 'packs', 'starter.json'), ...jsonFiles(path.join(DATA, 'bank'))].map((file) => {
    const parsed = ProblemPack.safeParse(readJson(file));
    if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error).join('; ')}`);
    return parsed.data;
  });
  cache = { modules: modules.sort((a, b) => a.order - b.order), packs };
  return cache;
}
