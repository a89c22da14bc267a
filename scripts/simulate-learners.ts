/**
 * npx tsx scripts/simulate-learners.ts [--steps 40] [--seed 7] [--bank] [--new]
 *
 * Runs the auto mode's planner for a weak, an average and a strong simulated
 * learner and prints, as Markdown, the difficulty served at each step (with
 * ✓ a clean solve, ✓h a solve with hints, ✗ a miss, and the reason for the
 * pick), then a short summary per learner. By default the catalogue is a
 * small synthetic one; --bank uses the built-in problem bank in curriculum
 * order, --new starts each learner on the new-learner curriculum.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type ProblemSummary, summarize } from '../src/core/catalog';
import { difficultyTable, LEARNERS, simulate, type SimulationStep } from '../src/core/auto/simulate';
import { Module } from '../src/core/schemas/curriculum';
import { ProblemPack } from '../src/core/schemas/problem';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  const value = at >= 0 ? Number(args[at + 1]) : fallback;
  return Number.isFinite(value) ? value : fallback;
};
const steps = option('--steps', 40);
const seed = option('--seed', 7);

function bankCatalog(): ProblemSummary[] {
  const root = path.resolve(import.meta.dirname, '..', 'data');
  const modules = readdirSync(path.join(root, 'curriculum'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => Module.parse(JSON.parse(readFileSync(path.join(root, 'curriculum', f), 'utf8'))))
    .sort((a, b) => a.order - b.order);
  return modules.flatMap((m) => {
    const pack = ProblemPack.parse(JSON.parse(readFileSync(path.join(root, 'bank', `${m.id}.json`), 'utf8')));
    return pack.problems.map((p) => summarize(p, pack.id));
  });
}

const catalog = args.includes('--bank') ? bankCatalog() : undefined;
const results: Record<string, SimulationStep[]> = {};
for (const learner of Object.values(LEARNERS)) {
  results[`${learner.name} (${learner.skill})`] = simulate(learner, steps, seed, { catalog, newLearner: args.includes('--new') });
}

console.log(difficultyTable(results));
console.log('');
for (const [name, run] of Object.entries(results)) {
  const firstAdvanced = run.findIndex((s) => s.difficulty === 'advanced') + 1;
  const count = (keep: (s: SimulationStep) => boolean) => run.filter(keep).length;
  console.log(
    `- ${name}: first advanced problem at step ${firstAdvanced || 'never'}; ` +
      `${count((s) => s.difficulty === 'beginner')} beginner / ${count((s) => s.difficulty === 'intermediate')} intermediate / ${count((s) => s.difficulty === 'advanced')} advanced; ` +
      `${count((s) => s.reason === 'remediation')} remediation, ${count((s) => s.reason === 'review')} review; ` +
      `levels up ${count((s) => s.levelChange === 'up')}, down ${count((s) => s.levelChange === 'down')}.`,
  );
}
