/**
 * npm test: every check the project has, failing on the first failure.
 *
 *   1. The checks that need no build, and public/'s runtime files, in two
 *      lanes at once. Each step leaves a core idle for part of its run (the
 *      type-checker and the linter use one thread; the Python checks wait on
 *      their interpreter's thread), so two at a time finish sooner on a
 *      2-core machine without slowing any one test past its limit. The
 *      lanes are balanced by measured time (about 5 minutes each there).
 *   2. The Node build, then the Playwright suite against it, alone: its
 *      tests are sized to the machine with nothing else running.
 *   3. The static export, then its deployment tests.
 *
 * A lane's output is printed whole when its step ends, so the log reads step
 * by step; a failing step's output is printed at once, every other step still
 * running is stopped, and the run exits 1. Ends with each step's time.
 */
import { spawn } from 'node:child_process';

/** A step: a name and the shell command it runs (npm scripts, as a developer would). */
const step = (name, command, env = {}) => ({ name, command, env });

const LANES = [
  [
    // The runtime files the builds serve (the builds find them ready later).
    step('prepare:public', 'npm run --silent prepare:public'),
    step('check:bank', 'npm run --silent check:bank'),
  ],
  [
    step('test:unit', 'npm run --silent test:unit'),
    step('typecheck', 'npm run --silent typecheck'),
    step('lint', 'npm run --silent lint'),
    step('check:lessons', 'npm run --silent check:lessons -- --complete'),
    step('check-translations', 'npx tsx scripts/check-translations.ts'),
    step('check:projects', 'npm run --silent check:projects'),
  ],
];

// The type-check ran in step 1, so the builds skip Next.js's own.
const SERIAL = [
  step('test:e2e', 'npm run --silent test:e2e', { PYDOJO_TYPECHECKED: '1' }),
  step('test:deploy', 'npm run --silent test:deploy'),
];

/** Children still running, and for each a promise of its end. */
const running = new Map();
let failed = false;
const times = [];
const started = Date.now();
const seconds = (ms) => `${Math.round(ms / 1000)} s`;

function run({ name, command, env }, { buffered }) {
  return new Promise((resolve, reject) => {
    if (failed) return reject(new Error(name));
    const t0 = Date.now();
    console.log(`\n▶ ${name}${buffered ? ' (its output follows when it ends)' : ''}`);
    // Its own process group, so a failure elsewhere can stop all of it.
    const child = spawn(command, {
      shell: true,
      detached: true,
      env: { ...process.env, ...env },
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    const output = [];
    if (buffered) {
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
    }
    let ended;
    running.set(child, new Promise((done) => (ended = done)));
    child.on('close', (code, signal) => {
      ended();
      running.delete(child);
      const ms = Date.now() - t0;
      if (buffered) process.stdout.write(Buffer.concat(output));
      times.push([name, ms]);
      if (code === 0) {
        console.log(`✓ ${name} (${seconds(ms)})`);
        resolve();
      } else {
        const stopped = failed && signal !== null;
        console.log(stopped ? `■ ${name} stopped` : `✗ ${name} failed (${signal ?? `exit ${code}`}) after ${seconds(ms)}`);
        reject(new Error(name));
      }
    });
  });
}

function stopAll() {
  failed = true;
  for (const child of running.keys()) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

// Ctrl+C reaches only this process's group: pass it on to the steps' groups.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll();
    process.exit(130);
  });
}

async function lane(steps) {
  for (const s of steps) await run(s, { buffered: true });
}

try {
  await Promise.all(LANES.map((steps) => lane(steps)));
  for (const s of SERIAL) await run(s, { buffered: false });
} catch (error) {
  stopAll();
  await Promise.all(running.values());
  console.error(`\nnpm test failed: ${error.message}`);
  process.exitCode = 1;
}

console.log(`\n| step | time |\n| --- | ---: |`);
for (const [name, ms] of times) console.log(`| ${name} | ${seconds(ms)} |`);
console.log(`| all | ${seconds(Date.now() - started)} |`);
