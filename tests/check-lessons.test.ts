// The lesson checker CLI (scripts/check-lessons.ts), run as an author would,
// over fixture folders laid out like data/lessons.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

function checkLessons(...args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve, reject) => {
    execFile('npx', ['tsx', 'scripts/check-lessons.ts', ...args], { cwd: root, timeout: 110_000, maxBuffer: 4 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') {
        reject(new Error(`check-lessons did not run: ${error.message}\n${stderr}`));
        return;
      }
      resolve({ code: error ? (error.code as number) : 0, stdout });
    });
  });
}

describe('check-lessons CLI', () => {
  it('passes a correct lesson, prints the module table, and with --complete fails every missing lesson', async () => {
    const { code, stdout } = await checkLessons('--complete', '--dir=tests/fixtures/lessons/good');
    expect(stdout).toContain('✓ basics/variables-and-expressions: 3 examples, 1 diagram, 2 mistakes, 3 check questions');
    expect(stdout).toMatch(/\| basics +\| +1\/6 \| +3 \| +1 \| +3 \|/);
    expect(stdout).toMatch(/\| total +\| +1\/119 \|/);
    expect(stdout).toContain('✗ tests/fixtures/lessons/good/basics/integer-arithmetic.json: missing');
    expect(stdout).toContain('1 passed, 118 failed');
    expect(code).toBe(1);
  }, 120_000);

  it('fails broken lessons, each problem named by its file and JSON path', async () => {
    const { code, stdout } = await checkLessons('--dir=tests/fixtures/lessons/bad');
    const bad = 'tests/fixtures/lessons/bad/basics';
    expect(stdout).toContain(`✗ ${bad}/floats-and-conversion.json\n    sections[1].heading: Invalid input: expected string, received undefined\n    check: Too small: expected array to have >=2 items`);
    expect(stdout).toContain(`✗ ${bad}/booleans-and-logic.json\n    module: is "strings" but the file is in ${bad.replace('/basics', '')}/basics/`);
    expect(stdout).toContain(`✗ ${bad}/not-a-topic.json\n    no curriculum subtopic matches this path`);
    expect(stdout).toContain('✓ basics/variables-and-expressions');
    const block = stdout.slice(stdout.indexOf('✗ basics/integer-arithmetic'));
    expect(block).toContain('sections[0].example: prints something other than its output\n        expected: "3\\n2"\n        actual:   "3\\n1"');
    expect(block).toMatch(/sections\[0\]\.diagram\.mermaid: Mermaid cannot parse it: Parse error on line 4/);
    expect(block).toContain('introduces[1]: introduces arithmetic, already introduced earlier by basics/variables-and-expressions: remove it here');
    expect(block).toContain('sections[1].example: uses for, which no earlier lesson introduces');
    expect(block).toContain('sections[1].example: uses builtin:range, which no earlier lesson introduces');
    expect(stdout).toContain('1 passed, 4 failed (5 lessons in');
    expect(code).toBe(1);
  }, 120_000);
});
