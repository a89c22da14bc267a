import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

test.describe('Python runtime in the browser', () => {
  test('every page is cross-origin isolated', async ({ page }) => {
    for (const path of ['/', '/practice', '/modules', '/support/help']) {
      const response = await page.goto(path);
      expect(response?.headers()['cross-origin-opener-policy']).toBe('same-origin');
      expect(response?.headers()['cross-origin-embedder-policy']).toBe('require-corp');
      expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    }
  });

  test('runs code and streams its output', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    await expect(page.getByTestId('python-version')).toContainText('Python 3.');
    expect(await ws.runToEnd('for i in range(3):\n    print("line", i)\nimport sys\nprint("oops", file=sys.stderr)')).toBe('ok');
    await expect(ws.output).toContainText('line 0\nline 1\nline 2');
    await expect(page.locator('[data-stream=stderr]')).toContainText('oops');
  });

  test('each run gets a fresh namespace', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    expect(await ws.runToEnd('secret = 42\nprint(secret)')).toBe('ok');
    expect(await ws.runToEnd('print(secret)')).toBe('error');
    await expect(page.getByTestId('error-card')).toContainText("NameError on line 1: name 'secret' is not defined");
    await expect(page.getByTestId('error-card')).toContainText('Check its spelling');
  });

  test('input() round trip, with the prompt shown first, and EOF', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    await ws.setCode('name = input("Your name: ")\nprint(f"Hello, {name}!")\nagain = input()\n');
    await ws.run();
    await expect(ws.inputBox()).toBeFocused();
    await expect(ws.output).toHaveText('Your name: ');
    await expect(page.getByLabel('Input for “Your name:”')).toBeVisible();
    await ws.inputBox().fill('Ada');
    await ws.inputBox().press('Enter');
    await expect(ws.output).toContainText('Your name: Ada\nHello, Ada!');
    await page.getByRole('button', { name: 'End input' }).click();
    await expect(ws.runSummary).toHaveAttribute('data-status', 'error');
    await expect(page.getByTestId('error-card')).toContainText('EOFError');
  });

  test('Stop interrupts an infinite loop, then the next run works', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    await ws.setCode('while True:\n    pass\n');
    await ws.run();
    await expect(ws.status).toHaveAttribute('data-phase', 'running');
    await ws.stop();
    await expect(ws.runSummary).toHaveAttribute('data-status', 'interrupted');
    await expect(page.getByTestId('run-interrupted')).toContainText('KeyboardInterrupt');
    await expect(page.getByTestId('run-interrupted')).not.toContainText('restarted');
    expect(await ws.runToEnd('print(6 * 7)')).toBe('ok');
    await expect(ws.output).toHaveText('42\n');
  });

  test('Stop during input() interrupts the wait', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    await ws.setCode('input("waiting: ")\n');
    await ws.run();
    await expect(ws.inputBox()).toBeVisible();
    await ws.stop();
    await expect(ws.runSummary).toHaveAttribute('data-status', 'interrupted');
    expect(await ws.runToEnd('print("after")')).toBe('ok');
  });

  test('Stop on a loop inside C code restarts Python, then the next run works', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    await ws.setCode('print("start")\nprint(sum(range(10**12)))\n');
    await ws.run();
    await expect(ws.output).toContainText('start');
    await ws.stop();
    await expect(ws.runSummary).toHaveAttribute('data-status', 'interrupted');
    await expect(page.getByTestId('run-interrupted')).toContainText('restarted');
    await ws.waitForPython();
    await expect(ws.status).toContainText('did not respond to Stop');
    expect(await ws.runToEnd('print("alive")')).toBe('ok');
    await expect(ws.output).toHaveText('alive\n');
  });

  test('deep recursion with a raised limit ends as a RecursionError showing the learner’s frames', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    // The limit is capped below what the worker's stack takes, so this is an error, not a crash.
    const status = await ws.runToEnd('import sys\nsys.setrecursionlimit(100_000)\n\ndef down(n):\n    return down(n + 1)\n\ndown(0)\n');
    expect(status).toBe('error');
    await expect(page.getByTestId('error-card')).toContainText('RecursionError');
    await expect(page.getByTestId('error-card')).toContainText('line 5');
  });

  test('a stack overflow recovers', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    // repr() of a deeply nested list recurses in C until the stack runs out.
    const status = await ws.runToEnd('import sys\nsys.setrecursionlimit(10**6)\nx = []\nfor _ in range(10**6):\n    x = [x]\nprint(len(repr(x)))\n');
    expect(['error', 'crashed']).toContain(status);
    await ws.waitForPython();
    expect(await ws.runToEnd('print("recovered")')).toBe('ok');
  });

  test('a memory bomb recovers', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    // Asks for about 4 GB at once: more than 32-bit WebAssembly can address.
    const status = await ws.runToEnd('hoard = [0] * (10**9)\n', 45_000);
    expect(['error', 'crashed']).toContain(status);
    if (status === 'error') await expect(page.getByTestId('error-card')).toContainText('MemoryError');
    await ws.waitForPython();
    expect(await ws.runToEnd('print("recovered")')).toBe('ok');
  });

  test('an output flood is capped and can still be stopped', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    await ws.setCode('n = 0\nwhile True:\n    n += 1\n    print("spam", n)\n');
    await ws.run();
    await expect(ws.output).toContainText('[output truncated', { timeout: 20_000 });
    await ws.stop();
    await expect(ws.runSummary).toHaveAttribute('data-status', 'interrupted');
    const text = (await ws.output.textContent()) ?? '';
    expect(text.split('\n').length).toBeLessThan(10_010);
  });

  test('the run time limit stops a runaway program without a click', async ({ page }) => {
    await page.goto('/support/settings');
    await page.getByLabel('Time limit for Run (seconds)').fill('2');
    const ws = new WorkspacePage(page);
    await page.getByRole('link', { name: 'Workspace' }).first().click();
    await ws.waitForPython();
    await page.waitForFunction(() => (window.monaco?.editor.getModels().length ?? 0) > 0);
    expect(await ws.runToEnd('while True:\n    pass\n', 20_000)).toBe('timeout');
    await expect(page.getByTestId('run-timeout')).toContainText('longer than 2 s');
  });

  test('tracebacks show only the learner’s code, with editor line numbers', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    expect(await ws.runToEnd('def f(items):\n    return items[10]\n\nf([1, 2])\n')).toBe('error');
    const card = page.getByTestId('error-card');
    await expect(card).toContainText('IndexError on line 2');
    await expect(card).toContainText('outside the sequence');
    await card.getByText('Traceback', { exact: true }).click();
    await expect(card).toContainText('File "main.py", line 4, in <module>');
    await expect(card).not.toContainText('harness');
    expect(await ws.runToEnd('if True\n    print(1)\n')).toBe('error');
    await expect(card).toContainText('SyntaxError on line 1');
  });

  test('Ctrl+Enter runs from the editor', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto();
    await ws.setCode('print("shortcut")');
    await page.locator('.monaco-editor textarea').first().focus();
    await page.keyboard.press('Control+Enter');
    await expect(ws.output).toHaveText('shortcut\n');
  });
});
