/**
 * Reads the lessons in data/lessons/<module>/<subtopic>.json at build time
 * (server only, like content.ts): each is validated by the Lesson schema,
 * and a file that is not a valid lesson stops the build with its name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Lesson } from '@/core/schemas/lesson';
import { describeIssues } from '@/core/schemas/problem';

const LESSONS = path.join(process.cwd(), 'data', 'lessons');

function entries(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

let cache: Lesson[] | null = null;

/** Every lesson, by module folder then file name (the learning path's order comes from the curriculum). */
export function loadLessons(): Lesson[] {
  if (cache) return cache;
  const lessons: Lesson[] = [];
  for (const folder of entries(LESSONS)) {
    for (const name of entries(path.join(LESSONS, folder)).filter((f) => f.endsWith('.json'))) {
      const file = path.join(LESSONS, folder, name);
      const parsed = Lesson.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error).join('; ')}`);
      if (`${parsed.data.module}/${parsed.data.subtopic}.json` !== `${folder}/${name}`) throw new Error(`${file}: its module and subtopic must match its path`);
      lessons.push(parsed.data);
    }
  }
  cache = lessons;
  return lessons;
}
