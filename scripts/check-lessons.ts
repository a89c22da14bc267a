/**
 * npm run check:lessons [-- [--complete] [file-or-dir ...]]
 *
 * Checks the lessons in data/lessons (all of them, or the files and folders
 * named) under Node Pyodide: the Lesson schema, the curriculum place, every
 * example's output, every mistake's error, every check question's answer,
 * every Mermaid diagram's syntax, and the construct order of the whole path.
 * Lessons not written yet are counted; with --complete each one fails.
 * The author guide is docs/lessons.md.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildNodeWorker } from './build-workers.mjs';
import { analyseConstructs, lessonRunner } from './lessons/python';
import { mermaidError, preloadMermaid } from './lessons/mermaid';
import { constructTable, DOCS_FILE, syncDocsTable } from './lessons/docs-table';
import { createNodePythonClient } from '../src/adapters/python/node';
import { loadContent } from '../src/adapters/content';
import { learningPath, lessonFile, type PathStop } from '../src/core/lessons/path';
import { checkConstructOrder, type PathEntry, type Usage } from '../src/core/lessons/order';
import { lessonSnippets, verifyLesson, type Finding } from '../src/core/lessons/verify';
import { Lesson } from '../src/core/schemas/lesson';
import { describeIssues } from '../src/core/schemas/problem';

const USAGE = 'usage: npm run check:lessons -- [--complete] [--write-docs] [--dir=<lessons folder>] [<lesson.json or folder> ...]';
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const flags = args.filter((arg) => arg.startsWith('--'));
const complete = flags.includes('--complete');
const writeDocs = flags.includes('--write-docs');
const dirFlag = flags.find((flag) => flag.startsWith('--dir='));
if (flags.some((flag) => flag !== '--complete' && flag !== '--write-docs' && flag !== dirFlag)) {
  console.error(USAGE);
  console.error('  --complete   fail when any lesson of the curriculum is missing, or the construct table of docs/lessons.md is out of date');
  console.error('  --write-docs rewrite the construct table of docs/lessons.md from the lessons');
  console.error('  --dir=...    read lessons from another folder than data/lessons');
  process.exit(2);
}
const root = process.cwd();
const LESSONS = dirFlag ? dirFlag.slice('--dir='.length).replace(/\/+$/, '') : 'data/lessons';
const started = performance.now();

function jsonFilesUnder(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.sort().flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return jsonFilesUnder(full);
    return name.endsWith('.json') ? [full] : [];
  });
}

const relative = (file: string) => path.relative(root, path.resolve(root, file)).split(path.sep).join('/');

const stops = learningPath(loadContent().modules);
const fileOf = (stop: PathStop) => lessonFile(stop, LESSONS);
const stopByFile = new Map(stops.map((stop) => [fileOf(stop), stop]));
const onDisk = jsonFilesUnder(path.join(root, LESSONS)).map(relative);

let selected: string[] = onDisk;
const targets = args.filter((arg) => !arg.startsWith('--'));
if (targets.length > 0) {
  selected = [];
  for (const target of targets) {
    const full = path.resolve(root, target);
    let isDir: boolean;
    try {
      isDir = statSync(full).isDirectory();
    } catch {
      console.error(`✗ ${target}: no such file or folder`);
      process.exit(2);
    }
    selected.push(...(isDir ? jsonFilesUnder(full).map(relative) : [relative(target)]));
  }
}
// Report in path order, files that match no subtopic last.
const pathOrder = new Map(stops.map((stop, i) => [fileOf(stop), i]));
selected = [...new Set(selected)].sort((a, b) => (pathOrder.get(a) ?? Infinity) - (pathOrder.get(b) ?? Infinity) || a.localeCompare(b));
const judged = new Set(selected);

// ------------------------------------------------------------ read every lesson on disk
const problems = new Map<string, string[]>(); // file → messages
const fail = (file: string, message: string) => problems.set(file, [...(problems.get(file) ?? []), message]);
const lessons = new Map<string, Lesson>(); // lesson id → lesson

for (const file of new Set([...onDisk, ...selected])) {
  const stop = stopByFile.get(file);
  if (!stop) {
    fail(file, `no curriculum subtopic matches this path: lessons live at ${LESSONS}/<module>/<subtopic>.json for a subtopic of data/curriculum/<module>.json`);
    continue;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  } catch (error) {
    fail(file, `cannot read JSON: ${(error as Error).message}`);
    continue;
  }
  const parsed = Lesson.safeParse(raw);
  if (!parsed.success) {
    for (const line of describeIssues(parsed.error, 30)) fail(file, line);
    continue;
  }
  const lesson = parsed.data;
  if (lesson.module !== stop.module) fail(file, `module: is "${lesson.module}" but the file is in ${LESSONS}/${stop.module}/`);
  if (lesson.subtopic !== stop.subtopic) fail(file, `subtopic: is "${lesson.subtopic}" but the file is ${stop.subtopic}.json`);
  if (!problems.has(file)) lessons.set(stop.id, lesson);
}

// ------------------------------------------------------------ run the judged lessons
const findings = new Map<string, Finding[]>(); // lesson id → findings
const uses = new Map<string, Usage[]>();
const seconds = new Map<string, number>();
const workerFile = await buildNodeWorker();
const python = createNodePythonClient(workerFile);
const run = lessonRunner(python);
if ([...lessons.values()].some((lesson) => lesson.sections.some((section) => section.diagram))) preloadMermaid();
try {
  await python.ready();
  for (const stop of stops) {
    const lesson = lessons.get(stop.id);
    if (!lesson || !judged.has(fileOf(stop))) continue;
    const begun = performance.now();
    const diagrams = Promise.all(
      lesson.sections.map(async (section, i): Promise<Finding | null> => {
        if (!section.diagram) return null;
        const error = await mermaidError(section.diagram.mermaid);
        return error ? { where: `sections[${i}].diagram.mermaid`, message: `Mermaid cannot parse it: ${error}` } : null;
      }),
    );
    const found = await verifyLesson(lesson, run);
    const analysed = await analyseConstructs(python, lessonSnippets(lesson));
    uses.set(
      stop.id,
      analysed.flatMap((a) => ('constructs' in a ? [{ where: a.where, constructs: a.constructs }] : [])),
    );
    for (const finding of await diagrams) if (finding) found.push(finding);
    findings.set(stop.id, found);
    seconds.set(stop.id, (performance.now() - begun) / 1000);
  }
} finally {
  python.dispose();
}

// ------------------------------------------------------------ the construct order of the path
const entries: PathEntry[] = stops.map((stop) => {
  const lesson = lessons.get(stop.id);
  return lesson ? { id: stop.id, introduces: lesson.introduces } : { id: stop.id, missing: true };
});
const order = checkConstructOrder(entries, uses);
for (const f of order.failures) findings.get(f.lesson)?.push({ where: f.where, message: f.message });

// ------------------------------------------------------------ report
let passed = 0;
let failed = 0;
const missing = stops.filter((stop) => !onDisk.includes(fileOf(stop)));
for (const file of selected) {
  const stop = stopByFile.get(file);
  const lesson = stop ? lessons.get(stop.id) : undefined;
  if (!stop || !lesson) {
    if (!problems.has(file)) continue;
    failed++;
    console.log(`✗ ${file}`);
    for (const message of problems.get(file) ?? []) console.log(`    ${message}`);
    continue;
  }
  const list = findings.get(stop.id) ?? [];
  const counts = describeCounts(lesson);
  const time = `${(seconds.get(stop.id) ?? 0).toFixed(1)} s`;
  if (list.length === 0) {
    passed++;
    console.log(`✓ ${stop.id}: ${counts} (${time})`);
  } else {
    failed++;
    console.log(`✗ ${stop.id}: ${counts} (${time}), ${list.length} problem${list.length === 1 ? '' : 's'} in ${file}`);
    for (const finding of list) console.log(`    ${finding.where}: ${finding.message.replaceAll('\n', '\n    ')}`);
  }
  const waiting = order.pending.filter((n) => n.lesson === stop.id).map((n) => n.construct);
  if (waiting.length > 0) console.log(`    note: uses what no lesson written so far introduces (an earlier lesson still to come may): ${waiting.join(', ')}`);
  for (const note of order.unused.filter((n) => n.lesson === stop.id)) console.log(`    note: ${note.message}`);
}
for (const file of onDisk) {
  if (!judged.has(file) && problems.has(file)) console.log(`  (${file} cannot be read, so the construct check treats it as not written yet)`);
}

printTable(stops);

if (complete) {
  for (const stop of missing) console.log(`✗ ${fileOf(stop)}: missing`);
  failed += missing.length;
}
if (!dirFlag) {
  const docs = syncDocsTable(constructTable(stops, lessons), writeDocs);
  if (docs === 'written') console.log(`\nWrote the construct table of ${DOCS_FILE}.`);
  if (docs === 'stale') {
    console.log(`\n${complete ? '✗' : 'note:'} the construct table of ${DOCS_FILE} is out of date: npm run check:lessons -- --write-docs`);
    if (complete) failed++;
  }
}
const pendingNote = order.pending.length > 0 ? `; ${order.pending.length} construct uses wait for lessons not yet written` : '';
const missingNote = missing.length > 0 ? `; ${missing.length} of ${stops.length} lessons ${dirFlag ? `have no version in ${LESSONS} yet` : 'not written yet'}` : '';
const elapsed = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${passed} passed, ${failed} failed (${passed + failed} lessons in ${elapsed} s${missingNote}${pendingNote})`);
process.exit(failed > 0 ? 1 : 0);

function describeCounts(lesson: Lesson): string {
  const examples = lesson.sections.filter((s) => s.example).length;
  const diagrams = lesson.sections.filter((s) => s.diagram).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(examples, 'example')}, ${plural(diagrams, 'diagram')}, ${plural(lesson.mistakes.length, 'mistake')}, ${plural(lesson.check.length, 'check question')}`;
}

function printTable(path: PathStop[]) {
  const rows: string[][] = [];
  const total = { lessons: 0, of: 0, examples: 0, diagrams: 0, checks: 0 };
  const modules = [...new Set(path.map((stop) => stop.module))];
  for (const moduleId of modules) {
    const inModule = path.filter((stop) => stop.module === moduleId);
    const written = inModule.map((stop) => lessons.get(stop.id)).filter((l): l is Lesson => l !== undefined);
    const examples = written.reduce((n, l) => n + l.sections.filter((s) => s.example).length, 0);
    const diagrams = written.reduce((n, l) => n + l.sections.filter((s) => s.diagram).length, 0);
    const checks = written.reduce((n, l) => n + l.check.length, 0);
    rows.push([moduleId, `${written.length}/${inModule.length}`, String(examples), String(diagrams), String(checks)]);
    total.lessons += written.length;
    total.of += inModule.length;
    total.examples += examples;
    total.diagrams += diagrams;
    total.checks += checks;
  }
  rows.push(['total', `${total.lessons}/${total.of}`, String(total.examples), String(total.diagrams), String(total.checks)]);
  const header = ['module', 'lessons', 'examples', 'diagrams', 'checks'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  console.log('');
  console.log(line(header));
  console.log(`|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`);
  for (const row of rows) console.log(line(row));
}
