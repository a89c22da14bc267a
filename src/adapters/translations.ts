/**
 * Reads the translated content in data/i18n/<language>/ at build time
 * (server only, like lessons.ts and projects.ts): whole lessons in
 * lessons/<module>/<subtopic>.json, problem overlays in bank/<module>.json and
 * project overlays in projects/<id>.json. A file that does not fit its schema
 * stops the build with its name; `scripts/check-translations.ts` (run by `npm test`) checks that each
 * fits the English it translates.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '@/core/i18n/locale';
import { Lesson } from '@/core/schemas/lesson';
import { describeIssues } from '@/core/schemas/problem';
import { BankTranslation, ProjectTranslation } from '@/core/schemas/translation';
import type * as z from 'zod/mini';

/** The languages content is translated into (English is the original). */
export type ContentLocale = Exclude<Locale, 'en'>;

export const translationsDir = (locale: ContentLocale) => path.join(process.cwd(), 'data', 'i18n', locale);

function read<T extends z.ZodMiniType>(file: string, schema: T): z.infer<T> | null {
  if (!existsSync(file)) return null;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${describeIssues(parsed.error).join('; ')}`);
  return parsed.data;
}

/** The translated lesson, or null while it has none. */
export function loadLessonTranslation(locale: ContentLocale, module: string, subtopic: string): Lesson | null {
  const lesson = read(path.join(translationsDir(locale), 'lessons', module, `${subtopic}.json`), Lesson);
  if (lesson && (lesson.module !== module || lesson.subtopic !== subtopic)) throw new Error(`data/i18n/${locale}/lessons/${module}/${subtopic}.json: its module and subtopic must match its path`);
  return lesson;
}

/** Every translated problem of every bank, by problem id. */
export function loadBankTranslation(locale: ContentLocale): BankTranslation {
  const dir = path.join(translationsDir(locale), 'bank');
  const names = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).sort() : [];
  const problems: BankTranslation['problems'] = {};
  for (const name of names) Object.assign(problems, read(path.join(dir, name), BankTranslation)?.problems);
  return { problems };
}

/** The project's translated words, or null while it has none. */
export function loadProjectTranslation(locale: ContentLocale, id: string): ProjectTranslation | null {
  return read(path.join(translationsDir(locale), 'projects', `${id}.json`), ProjectTranslation);
}
