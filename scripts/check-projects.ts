/**
 * npm run check:projects [-- <project.json> ...]
 *
 * Checks the guided projects in data/projects (or the files named) under Node
 * Pyodide: the Project schema, that the lessons and projects each one requires
 * exist, that every step's reference passes its own tests and all earlier
 * steps' tests, that the previous step's program fails at least one of the
 * step's own tests, and that the project graph has no cycle. The author guide
 * is docs/projects.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { buildNodeWorker } from './build-workers.mjs';
import { createNodePythonClient } from '../src/adapters/python/node';
import { loadContent } from '../src/adapters/content';
import { checkProject, type ProjectCheck } from '../src/core/projects/steps';
import { projectCycle } from '../src/core/projects/graph';
import { Project } from '../src/core/schemas/project';
import { describeIssues } from '../src/core/schemas/problem';

const DIR = 'data/projects';
const args = process.argv.slice(2).filter((arg) => arg !== '--');
const all = readdirSync(DIR).filter((name) => name.endsWith('.json')).sort().map((name) => path.join(DIR, name));
const files = args.length > 0 ? args : all;
const started = performance.now();

let badFiles = 0;
const parsed: Array<{ file: string; project: Project }> = [];
const knownProjects = new Set<string>();
for (const file of all.concat(files.filter((f) => !all.includes(f)))) {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    if (files.includes(file)) {
      console.log(`✗ ${file}: cannot read JSON (${(error as Error).message})`);
      badFiles++;
    }
    continue;
  }
  const result = Project.safeParse(raw);
  if (!result.success) {
    if (files.includes(file)) {
      console.log(`✗ ${file}: not a valid project`);
      for (const line of describeIssues(result.error, 20)) console.log(`    ${line}`);
      badFiles++;
    }
    continue;
  }
  knownProjects.add(result.data.id);
  if (files.includes(file)) {
    if (path.basename(file) !== `${result.data.id}.json`) {
      console.log(`✗ ${file}: the file must be named ${result.data.id}.json`);
      badFiles++;
      continue;
    }
    parsed.push({ file, project: result.data });
  }
}
const cycle = projectCycle(parsed.map((p) => p.project));
if (cycle) {
  console.log(`✗ the projects require each other in a circle: ${cycle.join(' → ')}`);
  badFiles++;
}
const knownLessons = new Set(loadContent().modules.flatMap((m) => m.subtopics.map((s) => `${m.id}/${s.id}`)));

const workerFile = await buildNodeWorker();
const threads = Math.max(1, Math.min(Number(process.env.PYDOJO_CHECK_THREADS ?? 2), os.availableParallelism(), parsed.length || 1));
const pythons = Array.from({ length: threads }, () => createNodePythonClient(workerFile));
let passed = 0;
let failed = 0;
let steps = 0;
let tests = 0;
try {
  await Promise.all(pythons.map((python) => python.ready()));
  const results: Array<Promise<ProjectCheck>> = [];
  let next = 0;
  const take = async (python: (typeof pythons)[number]) => {
    while (next < parsed.length) {
      const index = next++;
      const check = checkProject(parsed[index].project, (code, cases, load, options) => python.grade(code, cases, { load, ...options }), knownProjects, knownLessons);
      results[index] = check;
      await check;
    }
  };
  const workers = Promise.all(pythons.map(take));
  for (let index = 0; index < parsed.length; index++) {
    while (!results[index]) await new Promise((resolve) => setTimeout(resolve, 5));
    const result = await results[index];
    const { project } = parsed[index];
    if (result.ok) {
      passed++;
      steps += project.steps.length;
      tests += result.totalTests;
      console.log(`  ✓ ${project.id} (${project.difficulty}): ${project.steps.length} steps, ${result.totalTests} tests, every step needs something new`);
    } else {
      failed++;
      console.log(`  ✗ ${project.id}`);
      for (const line of result.problems) console.log(`      ${line}`);
    }
  }
  await workers;
} finally {
  for (const python of pythons) python.dispose();
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`\n${passed} projects passed (${steps} steps, ${tests} tests), ${failed} failed, in ${seconds} s${badFiles ? `; ${badFiles} file(s) could not be checked` : ''}`);
process.exit(failed > 0 || badFiles > 0 ? 1 : 0);
