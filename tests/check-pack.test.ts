// The pack checker CLI (scripts/check-pack.ts), run as a learner-pack author would.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import starter from '../data/packs/starter.json';

const root = path.resolve(import.meta.dirname, '..');

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function checkPack(...files: string[]): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    // One interpreter is plenty for these small packs.
    const env = { ...process.env, PYDOJO_CHECK_THREADS: '1' };
    execFile('npx', ['tsx', 'scripts/check-pack.ts', ...files], { cwd: root, env, timeout: 90_000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`check-pack did not run: ${error.message}\n${stderr}`));
        return;
      }
      resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

const fixture = (name: string) => `tests/fixtures/${name}`;

describe('check-pack CLI', () => {
  it('fails a pack whose reference solution is wrong, naming the problem', async () => {
    const { code, stdout } = await checkPack(fixture('pack-wrong-reference.json'));
    expect(code).not.toBe(0);
    expect(stdout).toMatch(/✓ triple-it: reference passes 2\/2/);
    expect(stdout).toMatch(/✗ double-it\n\s+reference solution fails 1\/2 tests \(five: Returned 7, expected 10\)/);
    expect(stdout).toContain('1 passed, 1 failed');
  });

  it('fails a pack whose wrong solution passes every test, naming the problem', async () => {
    const { code, stdout } = await checkPack(fixture('pack-weak-tests.json'));
    expect(code).not.toBe(0);
    expect(stdout).toMatch(/✗ is-even\n\s+wrongSolutions\[1\] \("always says yes"\) passes every test/);
    expect(stdout).not.toContain('wrongSolutions[0]');
    expect(stdout).not.toContain('reference solution fails');
  });

  it('reports a schema-invalid pack with the path of the bad field', async () => {
    const { code, stdout } = await checkPack(fixture('pack-schema-invalid.json'));
    expect(code).not.toBe(0);
    expect(stdout).toContain('✗ tests/fixtures/pack-schema-invalid.json: not a valid problem pack');
    expect(stdout).toMatch(/^\s+problems\[0\]\.tests\[1\]\.expected: /m);
    expect(stdout).not.toContain('greet:');
  });

  // One run for two cases: each run boots Python, the slow part.
  it('accepts the starter pack, lists every problem, and counts a file that is not JSON separately', async () => {
    const { code, stdout } = await checkPack('data/packs/starter.json', fixture('pack-invalid-json.json'));
    expect(code).not.toBe(0);
    const ids = starter.problems.map((p) => p.id);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(stdout).toMatch(new RegExp(`✓ ${id}: reference passes (\\d+)/\\1`));
    expect(stdout).toContain(`${ids.length} passed, 0 failed`);
    const failures = stdout.split('\n').filter((line) => line.includes('✗'));
    expect(failures).toHaveLength(1);
    expect(failures[0]).toContain('✗ tests/fixtures/pack-invalid-json.json: cannot read JSON');
    expect(stdout).toContain('1 file could not be checked');
  });
});

describe('check-pack CLI on input generators', () => {
  it('checks each generator: the reference handles every input, some wrong solution differs, maxN is timed; counts them', async () => {
    const { code, stdout } = await checkPack('--min-generators=4', fixture('pack-generators.json'));
    expect(code).not.toBe(0);
    // A sound generator: every input drawn, the wrong solution caught, maxN timed.
    expect(stdout).toMatch(/✓ sum-of-positives: reference passes 2\/2, 1 wrong solution rejected; generator: 107 inputs, a wrong solution differs, maxN 100000 in \d+ ms/);
    // The only wrong solution is wrong on a declared input the generator never draws.
    expect(stdout).toMatch(/✗ largest\n\s+generator: no wrong solution differs from the reference on any generated input/);
    // The generator draws an empty list the statement rules out: an author bug, named with its input.
    expect(stdout).toMatch(/✗ mean\n\s+generator \(seed 1, n=0\): the reference raised ZeroDivisionError: division by zero on mean\(\[\]\) \(\d+ inputs\)/);
    expect(stdout).toContain('1 passed, 2 failed');
    expect(stdout).toMatch(/3 problems have an input generator/);
    expect(stdout).toContain('✗ at least 4 problems must have an input generator (--min-generators)');
  }, 90_000);
});
