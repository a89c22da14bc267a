/**
 * Reads the guided projects in data/projects/<id>.json at build time (server
 * only, like lessons.ts): each is validated by the Project schema, and a file
 * that is not a valid project stops the build with its name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describeIssues } from '@/core/schemas/problem';
import { Project } from '@/core/schemas/project';

const PROJECTS = path.join(process.cwd(), 'data', 'projects');
const ORDER = { beginner: 0, intermediate: 1, advanced: 2 } as const;

let cache: Project[] | null = null;

/** Every project, easiest first (then by title). */
export function loadProjects(): Project[] {
  if (cache) return cache;
  let names: string[] = [];
  try {
    names = readdirSync(PROJECTS).filter((name) => name.endsWith('.json'));
  } catch {
    names = [];
  }
  const projects = names.map((name) => {
    const file = path.join(PROJECTS, name);
    const parsed = Project.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error).join('; ')}`);
    if (`${parsed.data.id}.json` !== name) throw new Error(`${file}: must be named ${parsed.data.id}.json`);
    return parsed.data;
  });
  cache = projects.sort((a, b) => ORDER[a.difficulty] - ORDER[b.difficulty] || a.estimatedMinutes - b.estimatedMinutes || a.title.localeCompare(b.title));
  return cache;
}
