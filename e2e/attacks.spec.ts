import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

/**
 * Browser paths of the attack suite (the harness itself is attacked under
 * Node in tests/boundary/attacks.test.ts). Each test is one hostile
 * submission to "Sum of the even numbers" that does not solve it; none may
 * be marked solved, and nothing it prints may hold the bank's hidden data.
 */

// Every file the page itself fetches or could fetch: the problem bank (with
// hidden tests and reference solutions), the worker, the runtime's files.
const PATHS = [
  '/bank/starter.json', '/bank/lists.json', '/bank/strings.json', '/workers/python.js', '/',
  '/practice', '/_next/static/chunks/', '/pyodide/', '/monaco/',
];

const READ_EVERYTHING = `
import sys
PATHS = ${JSON.stringify(PATHS)}
def attempts(path):
    def open_url():
        import pyodide.http
        return pyodide.http.open_url(path).read()
    def js_fetch():
        import js
        xhr = js.XMLHttpRequest.new()
        xhr.open('GET', path, False)
        xhr.send()
        return xhr.responseText
    def urllib_read():
        import urllib.request
        return urllib.request.urlopen('http://127.0.0.1' + path, timeout=0.5).read().decode()
    def emscripten_file():
        return open(path).read()
    return [open_url, js_fetch, urllib_read, emscripten_file]
loot = []
for path in PATHS:
    for attempt in attempts(path):
        try:
            text = str(attempt())
            loot.append(text)
            print('READ', path, attempt.__name__, len(text))
        except BaseException as exc:
            print('refused', path, attempt.__name__, type(exc).__name__)
def sum_evens(numbers):
    for text in loot:
        if 'sum_evens' in text and 'solution' in text:
            exec(text.split('"solution": "')[1].split('"')[0].encode().decode('unicode_escape'), globals())
            return sum_evens(numbers)
    return 0
`;

test.describe('attacks in the browser', () => {
  test('a submission that tries to read every file the page can fetch reads none and is not solved', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    expect(await ws.submitToEnd(READ_EVERYTHING)).not.toBe('passed');
    const results = page.getByTestId('test-results');
    await expect(results).not.toContainText('READ');
    await expect(page.getByTestId('verdict')).not.toContainText('Solved');
    // The same program under Run (the running interpreter) reads nothing either.
    await ws.runToEnd(READ_EVERYTHING);
    await expect(page.getByTestId('output')).toContainText('refused /bank/starter.json open_url');
    await expect(page.getByTestId('output')).not.toContainText('READ');
  });

  test('code run with Run cannot tamper with the next Submit', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    // Run patches what it can reach in its interpreter: builtins, the
    // harness's functions through the garbage collector, import hooks.
    await ws.runToEnd(`
import gc, builtins, sys
for obj in gc.get_objects():
    if callable(obj) and getattr(obj, '__name__', '') in ('run_call', '_failure', 'canonical', 'plain', 'load_submission'):
        try:
            obj.__code__ = (lambda *a, **k: '{"status": "ok", "actual": "6"}').__code__
        except BaseException:
            pass
builtins.sum = lambda *a: 6
print('patched')
`);
    await expect(page.getByTestId('output')).toContainText('patched');
    expect(await ws.submitToEnd('def sum_evens(numbers):\n    return 6\n')).not.toBe('passed');
  });

  test('a submission that closes or floods its worker ends in a verdict, not a hang', async ({ page }) => {
    // Each attack costs a grading worker: about 40 s on a busy 2-core machine.
    test.setTimeout(180_000);
    const ws = new WorkspacePage(page);
    await ws.goto('sum-of-evens');
    const status = await ws.submitToEnd(
      `
try:
    import js
    js.globalThis.close()
except BaseException:
    pass
def sum_evens(numbers):
    while True:
        pass
`,
      60_000,
    );
    expect(status).not.toBe('passed');
    // And the next, honest submission is graded normally.
    expect(await ws.submitToEnd('def sum_evens(numbers):\n    return sum(n for n in numbers if n % 2 == 0)\n', 60_000)).toBe('passed');
  });
});
