import { expect, type Locator, type Page } from '../fixtures';

declare global {
  interface Window {
    monaco?: {
      editor: {
        getModels(): Array<{ setValue(value: string): void; getValue(): string }>;
        getEditors(): Array<{ getModel(): { getValue(): string } | null }>;
      };
    };
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
    await this.waitForEditor();
  }

  /** Open a problem and wait for the editor only (for tests that never run Python). */
  async openEditor(problemId: string) {
    await this.page.goto(`/practice?problem=${problemId}`);
    await this.waitForEditor();
  }

  async waitForEditor() {
    await this.page.waitForFunction(() => (window.monaco?.editor.getEditors().length ?? 0) > 0, undefined, { timeout: 30_000 });
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

  /** The text in the workspace editor's own model (what the learner sees). */
  async editorText(): Promise<string> {
    return this.page.evaluate(() => window.monaco?.editor.getEditors()[0]?.getModel()?.getValue() ?? '');
  }

  /** The code of every Run so far, oldest first, as the history kept it (the code that actually ran). */
  async recordedRuns(): Promise<string[]> {
    return this.page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('pydojo:history') ?? '{}') as { state?: { events?: Array<{ kind: string; code: string }> } };
      return (stored.state?.events ?? []).filter((e) => e.kind === 'run').map((e) => e.code);
    });
  }

  /** Put the keyboard focus in the code editor, as a click would. */
  async focusEditor() {
    await this.page.getByTestId('code-editor').locator('.view-lines').click();
  }

  /** Empty the editor with the keyboard: select all, delete. */
  async clearWithKeyboard() {
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Backspace');
  }

  /** Slow the page's CPU down, as a busy or low-end machine would be. */
  async throttleCpu(rate: number) {
    const cdp = await this.page.context().newCDPSession(this.page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    return cdp;
  }

  /** The banner that says a run defined functions but called none, and its button. */
  uncalledNote() {
    return this.page.getByTestId('uncalled-note');
  }

  inputBox() {
    return this.page.locator('#program-input');
  }
}
