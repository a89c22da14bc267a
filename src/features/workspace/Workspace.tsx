'use client';
import * as Tabs from '@radix-ui/react-tabs';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Problem } from '@/core/schemas/problem';
import { allProblems, findProblem } from '@/features/catalog';
import { RuntimeStatus } from '@/features/runtime';
import { useSettings } from '@/stores/settings';
import { CodeEditor } from './CodeEditor';
import { Markdown } from './Markdown';
import { OutputPanel } from './OutputPanel';
import { TestResults } from './TestResults';
import { useRunner } from './use-runner';
import { useIsDark } from './use-is-dark';

const DIFFICULTY_CLASS = {
  beginner: 'bg-emerald-100 text-emerald-800 dark:bg-emerald-900/40 dark:text-emerald-200',
  intermediate: 'bg-amber-100 text-amber-900 dark:bg-amber-900/40 dark:text-amber-200',
  advanced: 'bg-rose-100 text-rose-800 dark:bg-rose-900/40 dark:text-rose-200',
} as const;

function ProblemPanel({ problem }: { problem: Problem }) {
  return (
    <article className="space-y-3 p-4" aria-labelledby="problem-title">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="problem-title" className="text-lg font-semibold tracking-tight">
          {problem.title}
        </h2>
        <span className={`rounded-full px-2 py-0.5 text-xs font-medium capitalize ${DIFFICULTY_CLASS[problem.difficulty]}`}>
          {problem.difficulty}
        </span>
        {problem.estimatedMinutes ? <span className="text-xs text-slate-600 dark:text-slate-400">~{problem.estimatedMinutes} min</span> : null}
      </div>
      {problem.tags.length > 0 ? (
        <ul className="flex flex-wrap gap-1.5" aria-label="Tags">
          {problem.tags.map((tag) => (
            <li key={tag} className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <Markdown source={problem.statement} />
      <p className="text-xs text-slate-600 dark:text-slate-400">
        {problem.tests.filter((t) => !t.hidden).length} visible and {problem.tests.filter((t) => t.hidden).length} hidden tests.
      </p>
    </article>
  );
}

const BUTTON = 'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';

export function Workspace() {
  const params = useSearchParams();
  const router = useRouter();
  const problems = allProblems();
  const problem = findProblem(params?.get('problem')) ?? problems[0];
  const [codes, setCodes] = useState<Record<string, string>>({});
  const code = codes[problem.id] ?? problem.starterCode;
  const [tab, setTab] = useState('output');
  const runner = useRunner();
  const { setVerdict, run: runCode, submit: submitCode } = runner;
  const dark = useIsDark();
  const fontSize = useSettings((s) => s.editorFontSize);
  const busy = runner.activity !== 'idle';
  const phase = runner.runtime.phase;
  const waitingForPython = busy && (phase === 'loading' || phase === 'restarting');

  useEffect(() => {
    setVerdict(null);
  }, [problem.id, setVerdict]);

  const problemId = problem.id;
  const setCode = useCallback((value: string) => setCodes((all) => ({ ...all, [problemId]: value })), [problemId]);

  const run = () => {
    setTab('output');
    void runCode(code);
  };
  const submit = () => {
    setTab('tests');
    void submitCode(problem, code);
  };
  const latest = useRef({ run, submit });
  useEffect(() => {
    latest.current = { run, submit };
  });

  // Shortcuts also work when focus is outside the editor.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key !== 'Enter' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('[data-testid="code-editor"]')) return; // Monaco handles its own
      event.preventDefault();
      if (event.shiftKey) latest.current.submit();
      else latest.current.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="flex min-h-[calc(100dvh-49px)] flex-col md:h-dvh md:min-h-0">
      <div className="flex flex-wrap items-center gap-3 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
        <h1 className="text-base font-semibold">Workspace</h1>
        <label className="flex min-w-0 flex-1 items-center gap-2 text-sm sm:flex-none">
          <span className="text-slate-600 dark:text-slate-400">Problem</span>
          <select
            value={problem.id}
            onChange={(e) => router.replace(`/practice?problem=${encodeURIComponent(e.target.value)}`)}
            className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm sm:flex-none dark:border-slate-600 dark:bg-slate-900"
          >
            {problems.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title} ({p.difficulty})
              </option>
            ))}
          </select>
        </label>
      </div>

      <div className="grid min-h-0 flex-1 grid-cols-1 lg:grid-cols-[minmax(300px,2fr)_3fr]">
        <section aria-label="Problem" className="min-h-0 overflow-y-auto border-b border-slate-200 lg:border-b-0 lg:border-r dark:border-slate-800">
          <ProblemPanel problem={problem} />
        </section>

        <section aria-label="Code" className="flex min-h-0 flex-col">
          <div className="h-[45vh] min-h-[220px] border-b border-slate-200 lg:h-auto lg:flex-[3] dark:border-slate-800">
            <CodeEditor
              value={code}
              onChange={setCode}
              onRun={run}
              onSubmit={submit}
              dark={dark}
              fontSize={fontSize}
              label={`Python code editor for ${problem.title}. Ctrl+Enter runs, Ctrl+Shift+Enter submits. Press Ctrl+M to let Tab move focus.`}
            />
          </div>

          <div className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-3 py-2 dark:border-slate-800" role="toolbar" aria-label="Actions">
            <button type="button" onClick={run} disabled={busy || !runner.runtime} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`} data-testid="run">
              <span aria-hidden="true">▶</span> Run
            </button>
            <button
              type="button"
              onClick={runner.stop}
              disabled={!busy || waitingForPython}
              className={`${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`}
              data-testid="stop"
            >
              <span aria-hidden="true">■</span> Stop
            </button>
            <button type="button" onClick={submit} disabled={busy} className={`${BUTTON} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white`} data-testid="submit">
              <span aria-hidden="true">✓</span> Submit
            </button>
            <button
              type="button"
              onClick={() => setCode(problem.starterCode)}
              disabled={busy || code === problem.starterCode}
              className={`${BUTTON} ml-auto text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800`}
            >
              Reset code
            </button>
            {waitingForPython ? <span className="w-full text-xs text-slate-600 dark:text-slate-400">Waiting for Python to finish loading…</span> : null}
          </div>

          <Tabs.Root value={tab} onValueChange={setTab} className="flex min-h-[260px] flex-col lg:min-h-0 lg:flex-[2]">
            <Tabs.List aria-label="Results" className="flex gap-1 border-b border-slate-200 px-2 dark:border-slate-800">
              {[
                ['output', 'Output'],
                ['tests', runner.verdict ? `Tests ${runner.verdict.passed}/${runner.verdict.total}` : 'Tests'],
              ].map(([value, label]) => (
                <Tabs.Trigger
                  key={value}
                  value={value}
                  className="border-b-2 border-transparent px-3 py-1.5 text-sm text-slate-600 data-[state=active]:border-brand-600 data-[state=active]:font-medium data-[state=active]:text-slate-900 dark:text-slate-400 dark:data-[state=active]:text-slate-100"
                >
                  {label}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
            <Tabs.Content value="output" className="min-h-0 flex-1 outline-none">
              <OutputPanel
                segments={runner.segments}
                lastRun={runner.lastRun}
                prompt={runner.runtime.prompt}
                awaitingInput={phase === 'awaiting-input'}
                inputAvailable={runner.runtime.isolated}
                onInput={runner.sendInput}
                onClear={runner.clear}
                timeLimitSec={runner.timeLimitSec}
              />
            </Tabs.Content>
            <Tabs.Content value="tests" className="min-h-0 flex-1 overflow-y-auto outline-none">
              <TestResults verdict={runner.verdict} grading={runner.activity === 'grading'} testCount={problem.tests.length} />
            </Tabs.Content>
          </Tabs.Root>
        </section>
      </div>
      <RuntimeStatus />
    </div>
  );
}
