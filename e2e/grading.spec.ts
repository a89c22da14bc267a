import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

const SUM_EVENS = 'def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n';

test.describe('grading by tests', () => {
  test('function-call tests: pass, and a failing visible test says why', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    expect(await ws.submitToEnd('def sum_evens(numbers):\n    return sum(numbers)\n')).toBe('failed');
    const failed = page.locator('[data-testid=test-case][data-status=failed]').first();
    await expect(failed).toContainText('mixed numbers');
    await expect(failed.getByTestId('case-expected')).toHaveText('6');
    await expect(failed.getByTestId('case-actual')).toHaveText('10');
    await expect(failed).toContainText('sum_evens([1, 2, 3, 4])');
    await expect(page.getByTestId('hidden-summary')).toContainText('Hidden tests:');
    await expect(page.getByRole('tab', { name: /Tests \d\/8/ })).toBeVisible();

    expect(await ws.submitToEnd(SUM_EVENS)).toBe('passed');
    await expect(page.getByTestId('verdict')).toContainText('All 8 tests passed');
    // Once solved, hidden tests show their details too.
    await expect(page.locator('[data-testid=test-case]')).toHaveCount(8);
  });

  test('a failed hidden test is shown by name, without its values, until the problem is solved', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    // Passes the three visible tests, fails hidden ones with negative numbers.
    expect(await ws.submitToEnd('def sum_evens(numbers):\n    return sum(n for n in numbers if n > 0 and n % 2 == 0)\n')).toBe('failed');
    await expect(page.locator('[data-testid=test-case]')).toHaveCount(3);
    await expect(page.locator('[data-testid=test-case][data-status=passed]')).toHaveCount(3);
    await expect(page.getByTestId('hidden-summary')).toHaveText(/Hidden tests: [0-4] of 5 passed/);
    // The learner learns what broke (negative numbers), never the input or the answer.
    const failed = page.locator('[data-testid=hidden-case][data-status=failed]');
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('negative even numbers');
    await expect(failed).toContainText('returned something else');
    await expect(page.locator('[data-testid=hidden-case]')).toHaveCount(5);
    await expect(page.getByTestId('test-results')).not.toContainText('[-2, -3, 4]');
    await expect(page.getByTestId('verdict')).not.toContainText('Solved');
  });

  test('stdin/stdout tests: prompts are not compared, wrong output fails', async ({ page }) => {
    // Three grades of a stdin/stdout problem: about 40 s on a busy 2-core machine.
    test.setTimeout(180_000);
    const ws = new WorkspacePage(page);
    await ws.goto('greeting');
    expect(await ws.submitToEnd("name = input('What is your name? ').strip()\nprint(f'Hello, {name}!')\n")).toBe('passed');
    expect(await ws.submitToEnd("name = input()\nprint('Hello', name)\n")).toBe('failed');
    const failed = page.locator('[data-testid=test-case]').filter({ hasText: 'Hello, Ada!' });
    await expect(failed).toHaveAttribute('data-status', 'failed');
    await expect(failed.getByTestId('case-expected')).toHaveText('Hello, Ada!\n');
    await expect(failed.getByTestId('case-actual')).toHaveText('Hello Ada\n');
  });

  test('assert-style tests: pass, and a failing assertion shows its message', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('fizzbuzz');
    const wrong =
      "def fizzbuzz(n):\n    out = []\n    for i in range(1, n + 1):\n        if i % 3 == 0:\n            out.append('Fizz')\n        elif i % 5 == 0:\n            out.append('Buzz')\n        else:\n            out.append(str(i))\n    return out\n";
    expect(await ws.submitToEnd(wrong)).toBe('failed');
    await expect(page.locator('[data-testid=test-case][data-status=failed]').first()).toContainText("item 15 should be FizzBuzz, got 'Fizz'");
    const right = wrong.replace("if i % 3 == 0:", "if i % 15 == 0:\n            out.append('FizzBuzz')\n        elif i % 3 == 0:");
    expect(await ws.submitToEnd(right)).toBe('passed');
  });

  test('a syntax error fails every test with the line number', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    expect(await ws.submitToEnd('def sum_evens(numbers)\n    return 0\n')).toBe('failed');
    await expect(page.getByTestId('test-results').getByTestId('error-card').first()).toContainText('SyntaxError on line 1');
  });

  test('a solution that loops forever times out per test', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    expect(await ws.submitToEnd('def sum_evens(numbers):\n    while True:\n        pass\n', 60_000)).toBe('failed');
    await expect(page.locator('[data-testid=test-case][data-status=timeout]')).toHaveCount(3);
    await expect(page.locator('[data-testid=test-case][data-status=timeout]').first()).toContainText('Timed out after 2 s');
  });

  const TAMPERING: Array<[string, string, string]> = [
    ['sum-of-evens', 'an object equal to everything', 'class Any:\n    def __eq__(self, other):\n        return True\n    def __ne__(self, other):\n        return False\n\ndef sum_evens(numbers):\n    return Any()\n'],
    ['sum-of-evens', 'an int subclass that equals everything', 'class Sly(int):\n    def __eq__(self, other):\n        return True\n    __hash__ = int.__hash__\n\ndef sum_evens(numbers):\n    return Sly(-1)\n'],
    ['sum-of-evens', 'sys.exit(0)', 'import sys\n\ndef sum_evens(numbers):\n    sys.exit(0)\n'],
    ['sum-of-evens', 'sys.exit(0) at load', 'import sys\nsys.exit(0)\n'],
    ['sum-of-evens', 'os._exit(0)', 'import os\n\ndef sum_evens(numbers):\n    os._exit(0)\n'],
    ['sum-of-evens', 'printing PASS', 'def sum_evens(numbers):\n    print("PASS")\n    print("All tests passed")\n    return None\n'],
    ['greeting', 'printing the expected-looking text', 'print("PASS")\nprint("Hello, World!")\n'],
    ['fizzbuzz', 'an object equal to everything in an assert test', 'class Any(list):\n    def __eq__(self, other):\n        return True\n\ndef fizzbuzz(n):\n    return Any(["nope"])\n'],
    ['fizzbuzz', 'patching builtins', 'import builtins\nbuiltins.len = lambda x: 15\nbuiltins.all = lambda x: True\n\ndef fizzbuzz(n):\n    import builtins\n    builtins.AssertionError = ZeroDivisionError\n    return ["nope"]\n'],
    ['fizzbuzz', 'reading the test code from frames', 'import sys\n\ndef fizzbuzz(n):\n    frame = sys._getframe(1)\n    return frame.f_locals.get("expected", [])\n'],
    ['fizzbuzz', 'walking the garbage collector', 'import gc\n\ndef fizzbuzz(n):\n    for obj in gc.get_objects():\n        pass\n    return None\n'],
    ['fizzbuzz', 'a traceback frame walk', 'def fizzbuzz(n):\n    try:\n        raise ValueError\n    except ValueError as e:\n        f = e.__traceback__.tb_frame.f_back\n        f.f_locals["result"] = ["1"]\n    return None\n'],
    ['sum-of-evens', 'forging a worker message', 'import js\n\ndef sum_evens(numbers):\n    js.postMessage(js.JSON.parse(\'{"type":"grade-done","id":1,"loadStatus":"ok","durationMs":1}\'))\n    return -1\n'],
  ];

  // Each Submit grades in a fresh interpreter, so the attacks on one problem
  // share a page: a verdict cannot carry over from one attack to the next.
  for (const problem of [...new Set(TAMPERING.map(([id]) => id))]) {
    const attacks = TAMPERING.filter(([id]) => id === problem);
    test(`tampering never passes on ${problem}: ${attacks.map(([, label]) => label).join('; ')}`, async ({ page }) => {
      test.setTimeout(60_000 + attacks.length * 30_000);
      const ws = new WorkspacePage(page);
      await ws.goto(problem);
      for (const [, label, code] of attacks) {
        await test.step(label, async () => {
          const status = await ws.submitToEnd(code);
          expect(status, label).not.toBe('passed');
          await expect(page.getByTestId('verdict')).not.toContainText('Solved');
          await expect(page.locator('[data-testid=test-case][data-status=passed]')).toHaveCount(0);
          // The runtime is usable afterwards.
          await ws.waitForPython();
          expect(await ws.runToEnd('print("still fine")'), label).toBe('ok');
        });
      }
    });
  }
});
