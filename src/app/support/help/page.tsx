import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { Card, Page } from '@/features/shell';

export const metadata: Metadata = { title: 'Help' };

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

export default function HelpPage() {
  return (
    <Page title="Help" intro="How PyDojo works, keyboard shortcuts, common questions and privacy.">
      <div className="space-y-6">
        <Card>
          <h2 className="text-lg font-semibold">How to use PyDojo</h2>
          <ol className="mt-2 list-decimal space-y-1 pl-5 text-sm">
            <li>Pick a problem from the dashboard, Modules or Pick a topic (or learn first on Lessons, or build a whole program on Projects).</li>
            <li>Read the statement and the examples, then write your code in the editor.</li>
            <li>Press Run to try it: output appears below, and input() shows a box to type into.</li>
            <li>Press Submit to run every test. Visible tests show what was expected and what your code produced; hidden tests check edge cases and show their details once you solve the problem.</li>
            <li>Stuck? Hint shows the next rung of a three-step ladder: a nudge, then the approach, then almost-code. After a failed submit you can reveal the reference solution.</li>
            <li>Your code is saved as a draft in this browser as you type, per problem. Next question picks another problem of the same topic that you have not seen yet.</li>
          </ol>
        </Card>

        <Card>
          <h2 className="text-lg font-semibold">Keyboard shortcuts</h2>
          <table className="mt-2 w-full text-left text-sm">
            <thead className="sr-only">
              <tr>
                <th>Keys</th>
                <th>Action</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
              <tr>
                <td className="py-1.5 pr-4"><Keys keys={['Ctrl', 'Enter']} /> (<Keys keys={['⌘', 'Enter']} /> on a Mac)</td>
                <td>Run the code</td>
              </tr>
              <tr>
                <td className="py-1.5 pr-4"><Keys keys={['Ctrl', 'Shift', 'Enter']} /></td>
                <td>Submit: run all tests</td>
              </tr>
              <tr>
                <td className="py-1.5 pr-4"><Keys keys={['Ctrl', 'M']} /></td>
                <td>In the editor: switch Tab between indenting and moving focus</td>
              </tr>
              <tr>
                <td className="py-1.5 pr-4"><Keys keys={['F1']} /></td>
                <td>In the editor: all editor commands</td>
              </tr>
            </tbody>
          </table>
        </Card>

        <section className="space-y-2">
          <h2 className="text-lg font-semibold">Questions</h2>
          <Faq q="Where does my code run?">
            <p>In your browser. PyDojo ships a complete Python (Pyodide, CPython compiled to WebAssembly) that runs in a background thread of this page. No server ever runs your code.</p>
          </Faq>
          <Faq q="My program never ends. What do I do?">
            <p>Press Stop. PyDojo interrupts Python with a KeyboardInterrupt. If the program is stuck inside a built-in function that cannot be interrupted, Python is restarted for you; your code in the editor is kept. Runs also stop by themselves after the time limit in Settings.</p>
          </Faq>
          <Faq q="Why does input() say it is unavailable?">
            <p>Waiting for your typing needs a browser feature (SharedArrayBuffer) that only works when the site is served with cross-origin isolation headers. PyDojo sends them; a proxy or host that strips them turns on a limited mode where input() is unavailable and Stop restarts Python.</p>
          </Faq>
          <Faq q="Which modules can I import?">
            <p>Python’s standard library (math, collections, itertools, re, and so on). Third-party packages are not included.</p>
          </Faq>
          <Faq q="How are my answers judged?">
            <p>Only by tests: calling your function with set arguments, feeding your program input and comparing its output, or running assertions against your code. Floats are compared with a small tolerance. Printing “PASS” or returning objects that claim to equal anything does not fool them.</p>
          </Faq>
          <Faq q="What do active time and run time mean?">
            <p>
              Active time is the time you spend on a lesson or a problem with PyDojo open in front of you: it pauses when you switch to another tab or
              window, and after a minute without a key press, click, scroll or pointer move. The dashboard shows it per day (learning and practising),
              the statistics per module and topic. Run time is only the time your code itself ran and was graded.
            </p>
          </Faq>
        </section>

        <Card>
          <h2 id="projects" className="text-lg font-semibold">Guided projects</h2>
          <p className="mt-2 text-sm">
            On <Link href="/projects" className="underline">Projects</Link> you build one whole program (a guessing game, a cipher tool, a maze
            solver…) in 5–10 steps. Each step says what to build and what is new in it; Check step runs its tests and the tests of every earlier
            step, so what worked keeps working. Your program carries from step to step, and the next step opens when this one passes. Stuck?
            Hints work as in the workspace, and Reveal step puts that step&apos;s reference program in the editor (Ctrl+Z brings yours back);
            the step counts as revealed. Programs that read input() have Play: run the whole program and answer its questions below the output.
            The map shows which projects build on which, and each project lists the lessons it uses; you can start a locked project after a
            warning. A finished project earns a badge and downloads as a .py file you can run anywhere Python runs.
          </p>
        </Card>

        <Card>
          <h2 id="auto" className="text-lg font-semibold">Auto mode</h2>
          <p className="mt-2 text-sm">
            On <Link href="/practice/auto" className="underline">Auto mode</Link>, press Start and PyDojo chooses each question for you and says why:
            your weakest area, a review that is due, more of what you are working on, or something new. Three clean solves in a row in a
            topic raise the difficulty there; two misses lower it; a miss brings another question of the same kind. Hints and revealed
            solutions count against a solve in your mastery estimate, which you can see on the dashboard. Skip, Easier and Harder never
            count against you. After two misses in one topic, the run suggests the lesson of that topic; it is only a suggestion. Runs are kept in this browser; you can name them, come back to them, export and import them.
          </p>
        </Card>

        <Card>
          <h2 id="ai" className="text-lg font-semibold">AI features (your own Gemini key)</h2>
          <p className="mt-2 text-sm">
            Everything in PyDojo works without AI. If you add your own Gemini API key in{' '}
            <Link href="/support/settings#ai" className="underline">Settings</Link>, you also get fresh questions written for you, hints that
            read your code, a code review, an explained solution, a faster solution and a tutor to chat with. PyDojo checks what it can
            before you see it: a new question is shown only after its reference solution passes its own tests in your browser, and a faster
            solution only after it passes every test and is timed against yours. Whether your code is correct is always decided by the
            tests, never by the AI. Your key stays in this tab (or this browser if you choose), is sent only to PyDojo’s own AI routes for
            each call, and is never stored on a server. The AI usage page shows every call and an estimated cost, and a daily limit in
            Settings stops calls once reached.
          </p>
        </Card>

        <Card>
          <h2 id="packs" className="text-lg font-semibold">Problem packs</h2>
          <p className="mt-2 text-sm">
            Teachers and authors can hand out their own problems as a pack: one JSON file with statements, starter code, a reference
            solution and tests for each problem. Import it on the <Link href="/modules" className="underline">Modules</Link> page by choosing the
            file or pasting its text. PyDojo checks every field, names the first ones that are wrong (for example
            <code className="mx-1 rounded bg-slate-100 px-1 font-mono text-xs dark:bg-slate-800">problems[0].tests[1].expected</code>), and
            runs every reference solution against its tests before adding the pack. Imported packs appear as their own module, stay in
            this browser, and can be removed again.
          </p>
        </Card>

        <Card>
          <h2 id="privacy" className="text-lg font-semibold">Privacy</h2>
          <p className="mt-2 text-sm">
            Your code, your progress and your settings stay in this browser. PyDojo has no accounts and no database, and the site loads
            nothing from other servers: Python and the editor are served by PyDojo itself. The only data that will ever leave your
            browser are AI requests you make yourself with your own Gemini API key: they go to PyDojo’s AI routes, which pass them on to
            Google’s Gemini API for that one call and keep nothing.
          </p>
        </Card>
      </div>
    </Page>
  );
}
