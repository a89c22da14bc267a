'use client';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { Card } from '@/features/shell';

const LINK = 'underline';
const CODE = 'mx-1 rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800';
const INLINE_CODE = 'rounded bg-slate-100 px-1 font-mono text-[0.85em] dark:bg-slate-800';

function Keys({ keys }: { keys: string[] }) {
  return (
    <span className="whitespace-nowrap">
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 ? '+' : ''}
          <kbd className="rounded border border-slate-300 bg-slate-50 px-1.5 py-0.5 font-mono text-xs dark:border-slate-600 dark:bg-slate-800">{k}</kbd>
        </span>
      ))}
    </span>
  );
}

function Faq({ q, children }: { q: string; children: ReactNode }) {
  return (
    <details className="rounded-md border border-slate-200 px-3 py-2 dark:border-slate-800">
      <summary className="cursor-pointer font-medium">{q}</summary>
      <div className="mt-2 space-y-2 text-sm text-slate-700 dark:text-slate-300">{children}</div>
    </details>
  );
}

type ErrorKey =
  | 'syntaxError'
  | 'indentationError'
  | 'nameError'
  | 'typeError'
  | 'valueError'
  | 'indexError'
  | 'keyError'
  | 'attributeError'
  | 'zeroDivisionError'
  | 'unboundLocalError'
  | 'recursionError'
  | 'eofError'
  | 'moduleNotFoundError';

/**
 * The errors beginners meet most, each with a typical mistake and the last
 * line Python 3.13 prints for it (checked by running each example). PyDojo
 * shows an error as `Type: message` without CPython's "Did you mean"
 * suggestions, so the examples are ones that get none.
 */
const PYTHON_ERRORS: Array<{ name: string; key: ErrorKey; examples: Array<{ code: string; message: string }> }> = [
  {
    name: 'SyntaxError',
    key: 'syntaxError',
    examples: [
      { code: 'print("Hello"', message: "SyntaxError: '(' was never closed" },
      { code: 'if age >= 18\n    print("Adult")', message: "SyntaxError: expected ':'" },
    ],
  },
  {
    name: 'IndentationError',
    key: 'indentationError',
    examples: [
      { code: 'if age >= 18:\nprint("Adult")', message: "IndentationError: expected an indented block after 'if' statement on line 1" },
      { code: 'print("Hi")\n    print("there")', message: 'IndentationError: unexpected indent' },
    ],
  },
  {
    name: 'NameError',
    key: 'nameError',
    examples: [
      { code: 'print(score)', message: "NameError: name 'score' is not defined" },
    ],
  },
  {
    name: 'TypeError',
    key: 'typeError',
    examples: [
      { code: 'print("Age: " + 5)', message: 'TypeError: can only concatenate str (not "int") to str' },
      { code: 'def greet(name):\n    print("Hi", name)\n\ngreet()', message: "TypeError: greet() missing 1 required positional argument: 'name'" },
    ],
  },
  {
    name: 'ValueError',
    key: 'valueError',
    examples: [
      { code: 'int("ten")', message: "ValueError: invalid literal for int() with base 10: 'ten'" },
    ],
  },
  {
    name: 'IndexError',
    key: 'indexError',
    examples: [
      { code: 'nums = [1, 2, 3]\nprint(nums[3])', message: 'IndexError: list index out of range' },
    ],
  },
  {
    name: 'KeyError',
    key: 'keyError',
    examples: [
      { code: 'ages = {"Ada": 36}\nprint(ages["Bob"])', message: "KeyError: 'Bob'" },
    ],
  },
  {
    name: 'AttributeError',
    key: 'attributeError',
    examples: [
      { code: 'nums = [1, 2]\nnums.push(3)', message: "AttributeError: 'list' object has no attribute 'push'" },
    ],
  },
  {
    name: 'ZeroDivisionError',
    key: 'zeroDivisionError',
    examples: [
      { code: 'print(10 / 0)', message: 'ZeroDivisionError: division by zero' },
    ],
  },
  {
    name: 'UnboundLocalError',
    key: 'unboundLocalError',
    examples: [
      { code: 'count = 0\n\ndef add():\n    count += 1\n\nadd()', message: "UnboundLocalError: cannot access local variable 'count' where it is not associated with a value" },
    ],
  },
  {
    name: 'RecursionError',
    key: 'recursionError',
    examples: [
      { code: 'def countdown(n):\n    return countdown(n - 1)\n\ncountdown(3)', message: 'RecursionError: maximum recursion depth exceeded' },
    ],
  },
  {
    name: 'EOFError',
    key: 'eofError',
    examples: [
      { code: 'name = input()', message: 'EOFError: EOF when reading a line' },
    ],
  },
  {
    name: 'ModuleNotFoundError',
    key: 'moduleNotFoundError',
    examples: [
      { code: 'import maths', message: "ModuleNotFoundError: No module named 'maths'" },
    ],
  },
];

function PythonErrors() {
  const t = useTranslations('help.errors');
  const code = (chunks: ReactNode) => <code className={INLINE_CODE}>{chunks}</code>;
  return (
    <Card>
      <h2 id="errors" className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="mt-2 text-sm">{t('intro')}</p>
      <div className="mt-4 space-y-4">
        {PYTHON_ERRORS.map((error) => (
          <article key={error.name} id={error.name} className="scroll-mt-4 rounded-md border border-slate-200 p-3 dark:border-slate-800" data-testid="python-error">
            <h3 className="font-semibold">
              <code className="font-mono">{error.name}</code>
            </h3>
            <div className="mt-2 space-y-2">
              {error.examples.map((example) => (
                <div key={example.code} className="grid gap-2 sm:grid-cols-2">
                  <figure className="min-w-0">
                    <figcaption className="text-xs font-medium text-slate-600 dark:text-slate-400">{t('code')}</figcaption>
                    <pre tabIndex={0} className="mt-1 overflow-x-auto rounded bg-slate-100 p-2 font-mono text-xs dark:bg-slate-800">
                      <code>{example.code}</code>
                    </pre>
                  </figure>
                  <figure className="min-w-0">
                    <figcaption className="text-xs font-medium text-slate-600 dark:text-slate-400">{t('pythonSays')}</figcaption>
                    <pre tabIndex={0} className="mt-1 overflow-x-auto whitespace-pre-wrap rounded bg-red-50 p-2 font-mono text-xs text-red-900 dark:bg-red-950/40 dark:text-red-200">
                      <samp>{example.message}</samp>
                    </pre>
                  </figure>
                </div>
              ))}
            </div>
            <dl className="mt-2 space-y-1 text-sm">
              <dt className="font-medium">{t('meaning')}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{t.rich(`${error.key}.meaning`, { code })}</dd>
              <dt className="font-medium">{t('fix')}</dt>
              <dd className="text-slate-700 dark:text-slate-300">{t.rich(`${error.key}.fix`, { code })}</dd>
            </dl>
          </article>
        ))}
      </div>
    </Card>
  );
}

/** The help page's content, in the learner's language. */
export function HelpContent() {
  const t = useTranslations('help');
  const link = (href: string) =>
    function HelpLink(chunks: ReactNode) {
      return (
        <Link href={href} className={LINK}>
          {chunks}
        </Link>
      );
    };
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="text-lg font-semibold">{t('howTo.title')}</h2>
        <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
          <li>{t('howTo.pick')}</li>
          <li>{t('howTo.read')}</li>
          <li>{t('howTo.run')}</li>
          <li>{t('howTo.submit')}</li>
          <li>{t('howTo.stuck')}</li>
          <li>{t('howTo.draft')}</li>
        </ol>
      </Card>

      <Card>
        <h2 className="text-lg font-semibold">{t('shortcuts.title')}</h2>
        <table className="mt-2 w-full text-left text-sm">
          <thead className="sr-only">
            <tr>
              <th>{t('shortcuts.keys')}</th>
              <th>{t('shortcuts.action')}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            <tr>
              <td className="py-1.5 pr-4">
                {t.rich('shortcuts.runKeys', { keys: () => <Keys keys={['Ctrl', 'Enter']} />, mac: () => <Keys keys={['⌘', 'Enter']} /> })}
              </td>
              <td>{t('shortcuts.run')}</td>
            </tr>
            <tr>
              <td className="py-1.5 pr-4">
                <Keys keys={['Ctrl', 'Shift', 'Enter']} />
              </td>
              <td>{t('shortcuts.submit')}</td>
            </tr>
            <tr>
              <td className="py-1.5 pr-4">
                <Keys keys={['Ctrl', 'M']} />
              </td>
              <td>{t('shortcuts.tabMode')}</td>
            </tr>
            <tr>
              <td className="py-1.5 pr-4">
                <Keys keys={['F1']} />
              </td>
              <td>{t('shortcuts.commands')}</td>
            </tr>
          </tbody>
        </table>
      </Card>

      <section className="space-y-2">
        <h2 className="text-lg font-semibold">{t('faq.title')}</h2>
        {(['where', 'neverEnds', 'input', 'modules', 'judged', 'time'] as const).map((id) => (
          <Faq key={id} q={t(`faq.${id}.q`)}>
            <p>{t(`faq.${id}.a`)}</p>
          </Faq>
        ))}
      </section>

      <PythonErrors />

      <Card>
        <h2 id="projects" className="text-lg font-semibold">
          {t('projects.title')}
        </h2>
        <p className="mt-2 text-sm">{t.rich('projects.body', { link: link('/projects') })}</p>
      </Card>

      <Card>
        <h2 id="auto" className="text-lg font-semibold">
          {t('auto.title')}
        </h2>
        <p className="mt-2 text-sm">{t.rich('auto.body', { link: link('/practice/auto') })}</p>
      </Card>

      <Card>
        <h2 id="ai" className="text-lg font-semibold">
          {t('ai.title')}
        </h2>
        <p className="mt-2 text-sm">{t.rich('ai.body', { link: link('/support/settings#ai') })}</p>
      </Card>

      <Card>
        <h2 id="packs" className="text-lg font-semibold">
          {t('packs.title')}
        </h2>
        <p className="mt-2 text-sm">{t.rich('packs.body', { link: link('/modules'), code: (chunks) => <code className={CODE}>{chunks}</code> })}</p>
      </Card>

      <Card>
        <h2 id="privacy" className="text-lg font-semibold">
          {t('privacy.title')}
        </h2>
        <p className="mt-2 text-sm">{t('privacy.body')}</p>
      </Card>
    </div>
  );
}
