import { expect, type Page } from '../fixtures';
// What a test can script, and what the fake recorded: the fake server's own types.
import type { RecordedRequest as FakeRequest, Step as FakeStep } from '../../scripts/fake-gemini';

/** The fake Gemini server the e2e server points the app at. */
export const FAKE_GEMINI_URL = `http://127.0.0.1:${Number(process.env.FAKE_GEMINI_PORT ?? 3211)}`;


let counter = 0;
/** A key of its own per test keeps each test's script separate on the shared fake. */
export function freshKey(label = 'test'): string {
  return `AIza-${label}-${process.pid}-${Date.now().toString(36)}-${++counter}`;
}

export async function script(key: string, steps: FakeStep[]): Promise<void> {
  const res = await fetch(`${FAKE_GEMINI_URL}/__fake/script`, { method: 'POST', body: JSON.stringify({ key, steps }) });
  expect(res.ok).toBe(true);
}

export async function requestsOf(key: string): Promise<FakeRequest[]> {
  const res = await fetch(`${FAKE_GEMINI_URL}/__fake/requests?key=${encodeURIComponent(key)}`);
  return ((await res.json()) as { requests: FakeRequest[] }).requests;
}

/** Put a key in this tab's session storage before any page script runs, as Settings would. */
export async function useKey(page: Page, key: string): Promise<void> {
  await page.addInitScript((value) => {
    if (!window.sessionStorage.getItem('pydojo:gemini-key')) window.sessionStorage.setItem('pydojo:gemini-key', value);
  }, key);
}

/** Settings › Gemini API key. */
export class KeySettings {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto('/support/settings');
    await expect(this.page.getByRole('heading', { name: /Gemini API key/ })).toBeVisible();
  }

  async enter(key: string, remember = false) {
    await this.page.getByLabel('API key', { exact: true }).fill(key);
    if (remember) await this.page.getByTestId('remember-key').check();
    await this.page.getByTestId('save-key').click();
  }
}
