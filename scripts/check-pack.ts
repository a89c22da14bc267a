/**
 * npm run check:pack -- <pack.json> [more.json ...]
 *
 * Validates each pack against the ProblemPack schema, then runs every
 * reference solution against all its tests and every listed wrong solution
 * (which must fail at least one test; with --strict, a hidden one), and
 * every alternative solution (which must pass them all), in
 * Pyodide under Node. A problem with an input generator also has its
 * generator checked (src/core/generator-check.ts). Prints a line per problem
 * and a summary; exits non-zero on any failure.
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import { buildNodeWorker } from './build-workers.mjs';
import type { PythonClient } from '../src/adapters/python/client';
import { createNodePythonClient } from '../src/adapters/python/node';
import { checkProblem, type ProblemCheck } from '../src/core/pack-check';
import { describeIssues, ProblemPack, type Problem } from '../src/core/schemas/problem';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const strict = args.includes('--strict');
const requireAlternative = args.includes('--require-alternatives');
const minGeneratorsArg = args.find((arg) => arg.startsWith('--min-generators='));
const minGenerators = minGeneratorsArg ? Number(minGeneratorsArg.split('=')[1]) : 0;
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0 || !Number.isInteger(minGenerators) || minGenerators < 0) {
  console.error('usage: npm run check:pack -- [--strict] [--require-alternatives] [--min-generators=N] <pack.json> [more.json ...]');
  console.error('  --strict   every wrong solution must also fail a hidden test');
  console.error('  --require-alternatives   every problem has at least one alternative solution');
  console.error('  --min-generators=N   at least N problems (over all files) have an input generator');
  process.exit(2);
}

const threads = Math.max(1, Math.min(Number(process.env.PYDOJO_CHECK_THREADS ?? 2), os.availableParallelism()));
// The interpreters start with the first valid pack: a run that finds none starts none.
let pythons: PythonClient[] = [];
async function interpreters(): Promise<PythonClient[]> {
  if (pythons.length === 0) {
    const workerFile = await buildNodeWorker();
    pythons = Array.from({ length: threads }, () => createNodePythonClient(workerFile));
    await Promise.all(pythons.map((python) => python.ready()));
  }
  return pythons;
}
let passed = 0;
let failed = 0;
let alternativeCount = 0;
let withAlternative = 0;
let badFiles = 0;
let withGenerator = 0;
let warningCount = 0;
const started = performance.now();

try {
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      console.log(`✗ ${file}: cannot read JSON (${(error as Error).message})`);
      badFiles++;
      continue;
    }
    const parsed = ProblemPack.safeParse(raw);
    if (!parsed.success) {
      console.log(`✗ ${file}: not a valid problem pack`);
      for (const line of describeIssues(parsed.error, 20)) console.log(`    ${line}`);
      badFiles++;
      continue;
    }
    const pack = parsed.data;
    const pool = await interpreters();
    console.log(`${pack.title} (${pack.id}): ${pack.problems.length} problems`);
    // Each interpreter takes the next problem; lines are printed in pack order.
    const results: Array<Promise<ProblemCheck>> = [];
    let next = 0;
    const take = async (python: PythonClient) => {
      while (next < pack.problems.length) {
        const index = next++;
        const problem: Problem = pack.problems[index];
        const check = checkProblem(problem, (code, cases, load, options) => python.grade(code, cases, { load, ...options }), {
          requireHiddenFailure: strict,
          requireAlternative,
          now: () => performance.now(),
        });
        results[index] = check;
        await check;
      }
    };
    const workers = Promise.all(pool.map(take));
    for (let index = 0; index < pack.problems.length; index++) {
      while (!results[index]) await new Promise((resolve) => setTimeout(resolve, 5));
      const result = await results[index];
      const problem = pack.problems[index];
      const wrongNote = result.wrong.length === 1 ? '1 wrong solution rejected' : `${result.wrong.length} wrong solutions rejected`;
      const alternativeNote = result.alternatives.length === 0 ? '' : result.alternatives.length === 1 ? ', 1 alternative passes' : `, ${result.alternatives.length} alternatives pass`;
      alternativeCount += result.alternatives.length;
      if (result.alternatives.length > 0) withAlternative++;
      const generator = result.generator;
      if (generator) withGenerator++;
      const maxNNote = generator?.maxN ? `, maxN ${generator.maxN.n} in ${generator.maxN.referenceMs} ms` : '';
      const generatorNote = generator ? `; generator: ${generator.inputs} inputs, ${generator.wrongDiffer > 0 ? 'a wrong solution differs' : 'no wrong solution differs'}${maxNNote}` : '';
      if (result.ok) {
        passed++;
        console.log(`  ✓ ${problem.id}: reference passes ${result.reference.total}/${result.reference.total}, ${wrongNote}${alternativeNote}${generatorNote} (${Math.round(result.durationMs)} ms)`);
      } else {
        failed++;
        console.log(`  ✗ ${problem.id}`);
        for (const line of result.problems) console.log(`      ${line}`);
      }
      warningCount += result.warnings.length;
      for (const line of result.warnings) console.log(`      warning: ${line}`);
    }
    await workers;
  }
} finally {
  for (const python of pythons) python.dispose();
}

const seconds = ((performance.now() - started) / 1000).toFixed(1);
const fileNote = badFiles > 0 ? `; ${badFiles} file${badFiles === 1 ? '' : 's'} could not be checked` : '';
console.log(`\n${passed} passed, ${failed} failed (${passed + failed} problems in ${seconds} s on ${threads} interpreter${threads === 1 ? '' : 's'}${fileNote}); ${alternativeCount} alternative solutions verified, ${withAlternative} problems have one`);
const warningNote = warningCount > 0 ? ` (${warningCount} warning${warningCount === 1 ? '' : 's'})` : '';
console.log(`${withGenerator} problem${withGenerator === 1 ? ' has' : 's have'} an input generator${warningNote}`);
const tooFewGenerators = withGenerator < minGenerators;
if (tooFewGenerators) console.log(`✗ at least ${minGenerators} problems must have an input generator (--min-generators)`);
process.exit(failed > 0 || badFiles > 0 || tooFewGenerators ? 1 : 0);
