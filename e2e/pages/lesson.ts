import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '../fixtures';

/** A lesson as its author wrote it (data/lessons/<module>/<subtopic>.json). */
export interface LessonData {
  title: string;
  sections: Array<{ heading: string; example?: { code: string; output: string; stdin?: string[] }; diagram?: { alt: string } }>;
  check: Array<{ kind: string; answer: number; choices: unknown[] }>;
}

export function lessonData(id: string): LessonData {
  return JSON.parse(readFileSync(`data/lessons/${id}.json`, 'utf8')) as LessonData;
}

/** A lesson page at /learn/<module>/<subtopic>. */
export class LessonPage {
  readonly examples: Locator;
  readonly diagrams: Locator;
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.examples = page.getByTestId('example');
    this.diagrams = page.getByTestId('diagram');
    this.questions = page.getByTestId('check-question');
  }

  goto(id: string) {
    return this.page.goto(`/learn/${id}`);
  }

  example(index: number) {
    const root = this.examples.nth(index);
    return {
      root,
      run: () => root.getByRole('button', { name: /^Run / }).click(),
      status: root.getByTestId('example-status'),
      output: root.getByTestId('example-output-text'),
      /** Open the editor in place of the static code (the editor loads on first use). */
      edit: async () => {
        await root.getByTestId('example-edit').click();
        await expect(root.locator('.cm-content')).toBeFocused({ timeout: 30_000 });
        return root.locator('.cm-content');
      },
    };
  }

  /** Answer every check question with the author's right choice. */
  async answerCheck(data: LessonData) {
    for (const [i, question] of data.check.entries()) {
      const item = this.questions.nth(i);
      await item.getByTestId('check-choice').nth(question.answer).click();
      await expect(item).toHaveAttribute('data-solved', 'true');
    }
  }
}
