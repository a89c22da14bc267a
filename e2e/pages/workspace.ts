import { expect, type Locator, type Page } from '@playwright/test';

declare global {
  interface Window {
    monaco?: { editor: { getModels(): Array<{ setValue(value: string): void; getValue(): string }> } };
  }
}

/** The practice workspace at /practice. */
export class WorkspacePage {
  readonly output: Locator;
  readonly runSummary: Locator;
  readonly status: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.output = page.getByTestId('output-text');
    this.runSummary = page.getByTestId('run-summary');
    this.status = page.getByTestId('runtime-status');
    this.results = page.getByTestId('test-results');
  }

  async goto(problemId?: string) {
    await this.page.goto(problemId ? `/practice?problem=${problemId}` : '/practice');
    await this.waitForPython();
    await this.page.waitForFunction(() => (window.monaco?.editor.getModels().length ?? 0) > 0, undefined, { timeout: 30_000 });
  }

  async waitForPython(timeout = 45_000) {
    await expect(this.status).toHaveAttribute('data-phase', 'idle', { timeout });
  }

  /** Replace the editor's content (through Monaco's model, as a paste would). */
  async setCode(code: string) {
    await this.page.evaluate((value) => window.monaco?.editor.getModels()[0].setValue(value), code);
  }

  async code(): Promise<string> {
    return this.page.evaluate(() => window.monaco?.editor.getModels()[0].getValue() ?? '');
  }

  run() {
    return this.page.getByTestId('run').click();
  }

  stop() {
    return this.page.getByTestId('stop').click();
  }

  submit() {
    return this.page.getByTestId('submit').click();
  }

  /** Run code and wait for the run to finish; returns the summary status. */
  async runToEnd(code: string, timeout = 30_000): Promise<string | null> {
    await this.setCode(code);
    await this.run();
    await expect(this.runSummary).toBeVisible({ timeout });
    return this.runSummary.getAttribute('data-status');
  }

  /** Submit code and wait for the verdict; returns its status. */
  async submitToEnd(code: string, timeout = 30_000): Promise<string | null> {
    await this.setCode(code);
    await this.submit();
    await expect(this.results).toBeVisible({ timeout });
    return this.results.getAttribute('data-status');
  }

  inputBox() {
    return this.page.locator('#program-input');
  }
}
