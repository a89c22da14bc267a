/**
 * npx tsx scripts/measure-growth.ts <problem-id> [solution.py ...] [--budget=ms] [--point=ms] [--markdown]
 *
 * "Measure growth" outside the browser: times each given solution and the
 * problem's reference on the problem's own generator (growing n up to its
 * maxN) in Pyodide under Node, with the same worker request and fit the app
 * uses. Prints the n/time points and the named order of each; --markdown
 * prints one table row per function instead (bench/growth.md is made so).
 * Timings depend on the machine and how busy it is: compare orders, not times.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildNodeWorker } from './build-workers.mjs';
import { createNodePythonClient } from '../src/adapters/python/node';
import { fitGrowth, growthSizes, type GrowthFit } from '../src/core/growth';
import type { GrowthPoint } from '../src/core/python/protocol';
import { ProblemPack, type Problem } from '../src/core/schemas/problem';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const option = (name: string, fallback: number) => {
  const found = args.find((arg) => arg.startsWith(`--${name}=`));
  return found ? Number(found.split('=')[1]) : fallback;
};
const budgetMs = option('budget', 10_000);
const pointMs = option('point', 2_500);
const markdown = args.includes('--markdown');
const [problemId, ...files] = args.filter((arg) => !arg.startsWith('--'));
if (!problemId) {
  console.error('usage: npx tsx scripts/measure-growth.ts <problem-id> [solution.py ...] [--budget=ms] [--point=ms] [--markdown]');
  process.exit(2);
}

const root = path.resolve(import.meta.dirname, '..');

async function findProblem(id: string): Promise<Problem> {
  const { readdir } = await import('node:fs/promises');
  for (const name of (await readdir(path.join(root, 'data/bank'))).filter((file) => file.endsWith('.json'))) {
    const pack = ProblemPack.parse(JSON.parse(await readFile(path.join(root, 'data/bank', name), 'utf8')));
    const problem = pack.problems.find((p) => p.id === id);
    if (problem) return problem;
  }
  throw new Error(`no bank problem with id ${id}`);
}

const ORDER_TEXT: Record<GrowthFit['order'], string> = {
  constant: 'O(1)',
  logarithmic: 'O(log n)',
  linear: 'O(n)',
  linearithmic: 'O(n log n)',
  quadratic: 'O(n²)',
  exponential: 'O(2ⁿ)',
};

function describe(fit: GrowthFit | null): string {
  if (!fit) return 'too few timings';
  return `${ORDER_TEXT[fit.order]} (exponent ${fit.exponent.toFixed(2)}, ${fit.confidence}${fit.reason ? `: ${fit.reason}` : ''}, ${fit.used} sizes)`;
}

const problem = await findProblem(problemId);
if (!problem.generator?.maxN || !problem.entryPoint) {
  console.error(`${problemId} has no generator with maxN (or no entry point): nothing to measure`);
  process.exit(1);
}
const solutions = files.length > 0 ? await Promise.all(files.map(async (file) => ({ label: path.basename(file), code: await readFile(file, 'utf8') }))) : [{ label: 'reference', code: problem.solution }];

const python = createNodePythonClient(await buildNodeWorker());
let referenceShown = false;
try {
  await python.ready();
  for (const solution of solutions) {
    const points: GrowthPoint[] = [];
    const result = await python.measure(
      {
        code: solution.code,
        reference: problem.solution,
        generator: problem.generator.code,
        entry: problem.entryPoint,
        sizes: growthSizes(problem.generator.maxN),
        budgetMs,
        pointMs,
      },
      { onPoint: (point) => points.push(point) },
    );
    const rows: Array<[string, GrowthPoint[]]> = [[solution.label, points.filter((p) => p.who === 'mine')]];
    if (!referenceShown) rows.push(['reference', points.filter((p) => p.who === 'reference')]);
    referenceShown = true;
    for (const [label, mine] of rows) {
      const fit = fitGrowth(mine);
      const largest = mine.at(-1);
      if (markdown) {
        const order = fit ? ORDER_TEXT[fit.order] : '—';
        const exponent = fit ? fit.exponent.toFixed(2) : '—';
        console.log(`| ${problem.id} | ${label} | ${order} | ${exponent} | ${fit?.confidence ?? '—'} | ${mine.length} | ${largest ? `${largest.n.toLocaleString('en')}: ${(largest.seconds * 1000).toPrecision(3)} ms` : '—'} | ${result.status} |`);
        continue;
      }
      console.log(`\n${problem.id} — ${label}: ${describe(fit)}; measurement ${result.status}${result.error ? ` (${result.error.who} raised ${result.error.type}: ${result.error.message})` : ''}`);
      for (const point of mine) console.log(`  n = ${String(point.n).padStart(7)}   ${(point.seconds * 1000).toPrecision(4).padStart(10)} ms   (${point.loops} per batch)`);
    }
  }
} finally {
  python.dispose();
}
