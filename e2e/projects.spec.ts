import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { WorkspacePage } from './pages/workspace';

interface ProjectFile {
  title: string;
  fileName: string;
  steps: Array<{ id: string; title: string; solution: string }>;
}
const guess = JSON.parse(readFileSync('data/projects/number-guess.json', 'utf8')) as ProjectFile;

/** Open a project and start it (its lessons are not done in a fresh browser: start anyway). */
async function startProject(page: Page, id: string) {
  await page.goto(`/projects/${id}`);
  await page.getByTestId('start-project').click();
  await page.getByTestId('confirm-start-locked').click();
  const workspace = new WorkspacePage(page);
  await workspace.waitForEditor();
  await workspace.waitForPython();
  return workspace;
}

async function checkStep(workspace: WorkspacePage, code: string | null, expected: 'passed' | 'failed') {
  if (code !== null) await workspace.setCode(code);
  await workspace.submit();
  await expect(workspace.results).toHaveAttribute('data-status', expected, { timeout: 30_000 });
}

test('a learner passes two steps, reloads, and carries on with the same code', async ({ page }) => {
  test.setTimeout(240_000);
  const workspace = await startProject(page, 'number-guess');
  const steps = page.getByTestId('step-list').getByRole('button');
  await expect(steps).toHaveCount(guess.steps.length);
  await expect(steps.nth(1)).toBeDisabled();

  await checkStep(workspace, guess.steps[0].solution, 'passed');
  await page.getByTestId('next-step').click();
  await expect(page.getByTestId('step-task')).toContainText(guess.steps[1].title);
  await checkStep(workspace, guess.steps[1].solution, 'passed');

  // Reload: both steps are still passed, the code carried, and step 3 is open.
  await page.reload();
  await workspace.waitForEditor();
  await expect(page.getByTestId('step-list').locator('[data-step-state=passed]')).toHaveCount(2);
  expect(await workspace.code()).toBe(guess.steps[1].solution);
  await page.getByTestId('next-step').click();
  await expect(page.getByTestId('step-task')).toContainText(guess.steps[2].title);
  await workspace.waitForPython();
  // Step 3 asks for something new: the step-2 program fails it.
  await checkStep(workspace, null, 'failed');
  await expect(steps.nth(3)).toBeDisabled();
});

test('revealing the remaining steps finishes the project: badge, program download, dashboard and history', async ({ page }) => {
  test.setTimeout(180_000);
  // Two steps passed earlier (as the test above leaves them); revealing needs no Python.
  const passed = { passedAt: Date.now() - 60_000, revealedAt: null, checks: 1, hintsShown: 0 };
  const saved = {
    state: {
      projects: {
        'number-guess': {
          startedAt: Date.now() - 120_000,
          updatedAt: Date.now() - 60_000,
          current: 2,
          code: guess.steps[1].solution,
          steps: { [guess.steps[0].id]: passed, [guess.steps[1].id]: passed },
          finishedAt: null,
          startedLocked: true,
        },
      },
    },
    version: 1,
  };
  await page.evaluate((value) => localStorage.setItem('pydojo:project-progress', value), JSON.stringify(saved));
  await page.goto('/projects/number-guess');
  const workspace = new WorkspacePage(page);
  await workspace.waitForEditor();
  await expect(page.getByTestId('step-task')).toContainText(guess.steps[2].title);

  for (let index = 2; index < guess.steps.length; index++) {
    await page.getByTestId('reveal-step').click();
    await page.getByTestId('confirm-reveal-step').click();
    await expect.poll(() => workspace.code()).toBe(guess.steps[index].solution);
    if (index < guess.steps.length - 1) await page.getByTestId('next-step').click();
  }
  await expect(page.getByTestId('step-list').locator('[data-step-state=revealed]')).toHaveCount(guess.steps.length - 2);
  await expect(page.getByTestId('project-badge')).toContainText('2 of 8 steps passed by your own code, 6 revealed');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-py').click()]);
  expect(download.suggestedFilename()).toBe(guess.fileName);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toBe(`# ${guess.title}, built step by step on PyDojo.\n\n${guess.steps.at(-1)!.solution}`);

  // The dashboard shows the badge; history lists the steps.
  await page.goto('/');
  await expect(page.getByTestId('projects-card').getByTestId('project-badge-chip')).toHaveText(/Number guessing game/);
  await page.goto('/history');
  await expect(page.getByTestId('project-history')).toContainText('Finished Number guessing game');
  await expect(page.getByTestId('project-history')).toContainText('Passed step 2 (Play one round) of Number guessing game');
  await expect(page.getByTestId('project-history')).toContainText('Revealed step 8');
});

test('Play runs the whole program and answers its input() from the output panel', async ({ page }) => {
  test.setTimeout(120_000);
  const workspace = await startProject(page, 'number-guess');
  await workspace.setCode(`${guess.steps[1].solution}\nplay(42)\n`);
  await page.getByTestId('play').click();
  await expect(page.getByTestId('playing')).toBeVisible();
  await expect(workspace.inputBox()).toBeVisible({ timeout: 30_000 });
  await workspace.inputBox().fill('50');
  await workspace.inputBox().press('Enter');
  await expect(workspace.output).toContainText('Too high!');
  await workspace.inputBox().fill('42');
  await workspace.inputBox().press('Enter');
  await expect(workspace.output).toContainText('Correct!');
  await expect(workspace.runSummary).toHaveAttribute('data-status', 'ok', { timeout: 30_000 });
  await expect(page.getByTestId('playing')).toHaveCount(0);
});

test('the prerequisite map shows every project and moves with the arrow keys', async ({ page }) => {
  await page.goto('/projects');
  const graph = page.getByTestId('project-graph');
  await expect(graph.locator('[data-node]')).toHaveCount(12);
  await expect(graph.locator('[data-node][tabindex="0"]')).toHaveCount(1);
  const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);

  await graph.locator('[data-node][tabindex="0"]').focus();
  const first = await focused();
  expect(first).not.toBeNull();
  await expect(page.getByTestId('graph-details')).toContainText('needs');
  await page.keyboard.press('ArrowRight');
  const second = await focused();
  expect(second).not.toBe(first);
  await expect(page.getByTestId('graph-details')).toContainText(`${await graph.locator(`[data-node="${second}"] span`).first().textContent()} needs`);
  await page.keyboard.press('ArrowLeft');
  expect(await focused()).not.toBe(second);
  await page.keyboard.press('End');
  const last = await focused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`/projects/${last}$`));
  await expect(page.getByTestId('project-intro')).toBeVisible();
});

test('a lesson links to the projects that use it', async ({ page }) => {
  await page.goto('/learn/basics/input-and-output');
  const projects = page.getByTestId('lesson-projects');
  await projects.getByRole('link', { name: 'Number guessing game' }).click();
  await expect(page).toHaveURL(/\/projects\/number-guess$/);
  await expect(page.getByTestId('project-intro')).toContainText('Input & output programs');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations on /projects (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('/projects');
    await expect(page.getByTestId('projects-finished')).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`no serious accessibility violations in a project's workspace (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await startProject(page, 'cipher-tool');
    const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
