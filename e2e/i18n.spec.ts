import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './fixtures';
import { WorkspacePage } from './pages/workspace';

const JA_GUESS_TITLE = (JSON.parse(readFileSync('data/i18n/ja/projects/number-guess.json', 'utf8')) as { title: string }).title;

/** Messages use-intl reports (it logs a missing or broken message as an error). */
function watchMessages(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /MISSING_MESSAGE|INVALID_MESSAGE|FORMATTING_ERROR|INSUFFICIENT_PATH/.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/** Choose Japanese as a learner would have saved it, before any page of the app loads. */
async function chooseJapanese(page: Page) {
  await page.evaluate(() => localStorage.setItem('pydojo:settings', JSON.stringify({ state: { language: 'ja' }, version: 3 })));
}

async function japaneseShown(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.locator('html')).not.toHaveClass(/i18n-pending/);
  await expect(page.getByRole('navigation', { name: 'メイン' }).first()).toBeAttached();
}

test('a Japanese browser gets the app in Japanese; the switch changes it on the spot and the choice persists', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ja-JP' });
  const page = await context.newPage();
  const problems = watchMessages(page);
  await page.goto('/');
  await japaneseShown(page);
  const sidebar = page.locator('aside');
  await expect(sidebar.getByRole('link', { name: 'ダッシュボード' })).toBeVisible();
  await expect(sidebar.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);

  // English, at once and after a reload.
  await sidebar.getByTestId('language-switch').selectOption('en');
  await expect(sidebar.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(sidebar.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(page.locator('html')).not.toHaveClass(/i18n-pending/);

  // Back to following the browser.
  await sidebar.getByTestId('language-switch').selectOption('auto');
  await expect(sidebar.getByRole('link', { name: 'ダッシュボード' })).toBeVisible();
  expect(problems).toEqual([]);
  await context.close();
});

const PAGES = [
  '/',
  '/learn',
  '/learn/basics/variables-and-expressions',
  '/learn/lists/list-basics',
  '/projects',
  '/projects/number-guess',
  '/modules',
  '/modules/basics',
  '/practice/manual',
  '/practice/auto',
  '/history',
  '/insights/stats',
  '/insights/api-usage',
  '/support/help',
  '/support/settings',
];

test('every page has all its words in Japanese', async ({ page }) => {
  const problems = watchMessages(page);
  await chooseJapanese(page);
  for (const path of PAGES) {
    await page.goto(path);
    await japaneseShown(page);
    await expect(page.locator('main h1').first()).toBeVisible();
    expect(problems, path).toEqual([]);
  }
  // A lesson with no Japanese version yet: English, with a note saying so.
  await page.goto('/learn/lists/list-basics');
  await japaneseShown(page);
  await expect(page.getByText('このレッスンはまだ日本語に翻訳されていません。英語で表示しています。')).toBeVisible();
  // The learning path titles translated lessons in Japanese.
  await page.goto('/learn');
  await japaneseShown(page);
  await expect(page.locator('main')).toContainText('はじめてのプログラム');
  // So do the projects' cards.
  await page.goto('/projects');
  await japaneseShown(page);
  await expect(page.getByTestId('project-card-number-guess')).toContainText(JA_GUESS_TITLE);
  // A translated one has no note.
  await page.goto('/learn/basics/variables-and-expressions');
  await japaneseShown(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('はじめてのプログラム');
  await expect(page.getByText('まだ日本語に翻訳されていません')).toHaveCount(0);
});

test('the workspace and block mode in Japanese: a translated problem, Blockly in Japanese, no missing words', async ({ page }) => {
  const problems = watchMessages(page);
  await chooseJapanese(page);
  const workspace = new WorkspacePage(page);
  await workspace.goto('basics-add-two-numbers');
  await japaneseShown(page);
  // The basics problems are translated: the statement is Japanese, the tests are the same.
  await expect(page.getByRole('heading', { name: '2 つの数を足す' })).toBeVisible();
  await expect(page.getByRole('button', { name: '実行', exact: true })).toBeVisible();
  const mode = page.getByTestId('editor-mode');
  await mode.getByRole('button', { name: 'ブロック' }).click();
  await expect(page.locator('.blocklySvg').first()).toBeVisible({ timeout: 20_000 });
  // Blockly's own words: its workspace menu in Japanese.
  await page.locator('.blocklyMainBackground').click({ button: 'right' });
  await expect(page.locator('.blocklyContextMenu')).toContainText('取り消す');
  await expect(page.locator('.blocklyContextMenu')).toContainText('ブロックを整理する');
  await page.keyboard.press('Escape');
  expect(problems).toEqual([]);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`no serious accessibility violations in Japanese (${scheme})`, async ({ page }) => {
    // Four pages scanned in Japanese: about a minute on a busy 2-core machine.
    test.slow();
    await page.emulateMedia({ colorScheme: scheme });
    await chooseJapanese(page);
    const found: string[] = [];
    for (const path of ['/', '/learn/basics/variables-and-expressions', '/support/settings', '/support/help']) {
      await page.goto(path);
      await japaneseShown(page);
      const results = await new AxeBuilder({ page }).exclude('.monaco-editor').analyze();
      found.push(...results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${path}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
    }
    expect(found).toEqual([]);
  });
}
