/**
 * npx tsx scripts/check-translations.ts [-- --no-run]
 *
 * Checks the translated content in data/i18n/<language>/ against the English
 * it translates (docs/lessons.md and docs/projects.md, "Japanese content"):
 *
 * - lessons/<module>/<subtopic>.json: a whole Lesson for an English lesson
 *   that exists, with the same sections, examples, mistakes and questions in
 *   the same order and the same code but for the words in strings and
 *   comments; then every translated lesson is verified like the English ones
 *   (`check:lessons --dir=…`: examples run, outputs and errors match, check
 *   answers hold, diagrams parse, construct order). `--no-run` skips that.
 * - bank/<module>.json: problems of data/bank/<module>.json by id, every field
 *   given, as many hints (and test names) as the English;
 * - projects/<id>.json: a project of data/projects/ and every one of its
 *   steps by id, every field given, as many hints (and test names).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type * as z from 'zod/mini';
import { bankTranslationGaps, lessonTranslationGaps, projectTranslationGaps } from '../src/core/i18n/content';
import { LOCALES } from '../src/core/i18n/locale';
import { Lesson } from '../src/core/schemas/lesson';
import { describeIssues, ProblemPack } from '../src/core/schemas/problem';
import { Project } from '../src/core/schemas/project';
import { BankTranslation, ProjectTranslation } from '../src/core/schemas/translation';

const run = !process.argv.includes('--no-run');
let failed = 0;
let passed = 0;

function jsonFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) return jsonFiles(full);
      return name.endsWith('.json') ? [full] : [];
    });
}

function parse<T extends z.ZodMiniType>(file: string, schema: T): { data: z.infer<T> } | { errors: string[] } {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { errors: [`cannot read JSON: ${(error as Error).message}`] };
  }
  const parsed = schema.safeParse(raw);
  return parsed.success ? { data: parsed.data } : { errors: describeIssues(parsed.error, 30) };
}

function report(file: string, problems: string[], counts: string) {
  if (problems.length === 0) {
    passed++;
    console.log(`✓ ${file}: ${counts}`);
  } else {
    failed++;
    console.log(`✗ ${file}`);
    for (const problem of problems) console.log(`    ${problem}`);
  }
}

/** Reads the English file a translation names, or says why it cannot. */
function english<T extends z.ZodMiniType>(file: string, schema: T, what: string): { data: z.infer<T> } | { errors: string[] } {
  if (!existsSync(file)) return { errors: [`there is no ${what} ${file} to translate`] };
  const parsed = parse(file, schema);
  return 'data' in parsed ? parsed : { errors: [`the English ${file} is not valid: ${parsed.errors.join('; ')}`] };
}

const lessonDirs: string[] = [];
for (const locale of LOCALES.filter((l) => l !== 'en')) {
  const root = path.join('data', 'i18n', locale);

  const lessonsDir = path.join(root, 'lessons');
  const lessonFiles = jsonFiles(lessonsDir);
  if (lessonFiles.length > 0) lessonDirs.push(lessonsDir);
  for (const file of lessonFiles) {
    const source = english(path.join('data', 'lessons', path.relative(lessonsDir, file)), Lesson, 'lesson');
    const translated = parse(file, Lesson);
    const problems = 'errors' in source ? source.errors : 'errors' in translated ? translated.errors : lessonTranslationGaps(source.data, translated.data);
    report(file, problems, 'matches its English lesson');
  }

  for (const file of jsonFiles(path.join(root, 'bank'))) {
    const source = english(path.join('data', 'bank', path.basename(file)), ProblemPack, 'bank');
    const translated = parse(file, BankTranslation);
    const problems = 'errors' in source ? source.errors : 'errors' in translated ? translated.errors : bankTranslationGaps(source.data.problems, translated.data);
    const count = 'data' in translated ? Object.keys(translated.data.problems).length : 0;
    const of = 'data' in source ? source.data.problems.length : 0;
    report(file, problems, `${count} of ${of} problems`);
  }

  for (const file of jsonFiles(path.join(root, 'projects'))) {
    const source = english(path.join('data', 'projects', path.basename(file)), Project, 'project');
    const translated = parse(file, ProjectTranslation);
    const problems = 'errors' in source ? source.errors : 'errors' in translated ? translated.errors : projectTranslationGaps(source.data, translated.data);
    report(file, problems, 'every step');
  }
}

console.log(`\n${passed} translations match their English, ${failed} do not`);
if (run) {
  for (const dir of lessonDirs) {
    console.log(`\nVerifying the lessons in ${dir}:`);
    const result = spawnSync(process.execPath, [...process.execArgv, 'scripts/check-lessons.ts', `--dir=${dir}`], { stdio: 'inherit' });
    if (result.status !== 0) failed++;
  }
}
process.exit(failed > 0 ? 1 : 0);
