'use client';
import * as Tabs from '@radix-ui/react-tabs';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { RunResult } from '@/adapters/python/client';
import { pickProblem, type Catalog, type ProblemSummary } from '@/core/catalog';
import type { Problem } from '@/core/schemas/problem';
import { CoachPanel, TutorPanel, useCoach } from '@/features/ai';
import { BadgeToast, HelpOfferCard, RunBanner, planRun, recordAnswer, runCatalog, useHelpOffer, usePrefetchRun } from '@/features/auto';
import { easier, harder, skip, type AutoRun } from '@/core/auto/run';
import type { BadgeId } from '@/core/auto/achievements';
import { useAutoRuns } from '@/stores/auto-runs';
import { useCatalog, useProblem } from '@/features/catalog';
import { filterFromParams, filterToQuery } from '@/features/picker';
import { RuntimeStatus } from '@/features/runtime';
import { ConfirmDialog, useDark } from '@/features/shell';
import { useDrafts } from '@/stores/drafts';
import { useHistory } from '@/stores/history';
import { useStats } from '@/stores/stats';
import { useProgress } from '@/stores/progress';
import { useSettings } from '@/stores/settings';
import { CodeEditor } from './CodeEditor';
import { OutputPanel, formatMs } from './OutputPanel';
import { ProblemPanel } from './ProblemPanel';
import { Splitter } from './Splitter';
import { TestResults } from './TestResults';
import { useHydrated } from './use-hydrated';
import { useRunner } from './use-runner';

const BUTTON = 'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';
const QUIET = `${BUTTON} border border-slate-300 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800`;

/** The practice workspace: picks the problem from the URL and loads it. */
export function Workspace({ catalog: builtIn }: { catalog: Catalog }) {
  const catalog = useCatalog(builtIn);
  const params = useSearchParams();
  const requested = params?.get('problem') ?? null;
  const summary =
    catalog.problems.find((p) => p.id === requested) ?? (requested ? undefined : (catalog.problems.find((p) => p.pack === 'starter') ?? catalog.problems[0]));
  const { problem, error } = useProblem(summary);
  const draftsReady = useHydrated(useDrafts);

  if (!summary) {
    return (
      <div className="p-6 text-sm">
        <p>There is no problem called “{requested}” in this browser.</p>
        <Link href="/modules" className="text-brand-700 underline dark:text-brand-500">
          Browse the modules
        </Link>
      </div>
    );
  }
  if (error) return <p className="p-6 text-sm text-red-700 dark:text-red-400">Could not load this problem: {error}</p>;
  if (!problem || !draftsReady) {
    return (
      <div className="flex min-h-[50vh] flex-col">
        <p className="flex-1 p-6 text-sm text-slate-600 dark:text-slate-400" role="status">
          Loading {summary.title}…
        </p>
        <RuntimeStatus />
      </div>
    );
  }
  return <ProblemWorkspace key={problem.id} problem={problem} summary={summary} catalog={catalog} />;
}

function ProblemWorkspace({ problem, summary, catalog }: { problem: Problem; summary: ProblemSummary; catalog: Catalog }) {
  const router = useRouter();
  const params = useSearchParams();
  const runner = useRunner();
  const { setVerdict, run: runCode, submit: submitCode } = runner;
  const dark = useDark();
  const fontSize = useSettings((s) => s.editorFontSize);
  const savedDraft = useDrafts((s) => s.drafts[problem.id]?.code);
  const saveDraft = useDrafts((s) => s.save);
  const discardDraft = useDrafts((s) => s.discard);
  const progress = useProgress((s) => s.problems[problem.id]);
  const seen = useProgress((s) => s.seen);
  const { open, submit: recordSubmit, showHint, reveal } = useProgress.getState();
  const recordHistory = useHistory((s) => s.record);
  const countStat = useStats((s) => s.count);
  // Every attempt goes to the history and, counted once, to the statistics.
  const record = (event: Parameters<typeof recordHistory>[0]) => countStat(recordHistory(event));

  const [code, setCodeState] = useState(savedDraft ?? problem.starterCode);
  const [tab, setTab] = useState('output');
  const [split, setSplit] = useState(40);
  const [editorShare, setEditorShare] = useState(60);
  const [solvedIn, setSolvedIn] = useState<number | null>(null);
  const [comparing, setComparing] = useState(false);
  const [confirmingReveal, setConfirmingReveal] = useState(false);
  const [startedAt] = useState(() => Date.now());
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const [badges, setBadges] = useState<BadgeId[]>([]);
  const closeBadges = useCallback(() => setBadges([]), []);
  const [failedHere, setFailedHere] = useState(0);
  const answered = useRef(false);
  const runId = params?.get('run') ?? null;
  const autoRun = useAutoRuns((s) => (runId ? (s.runs[runId] ?? null) : null));
  // What auto runs draw from, computed once per catalogue (the workspace re-renders on every keystroke).
  const runPool = useMemo(() => runCatalog(catalog), [catalog]);
  usePrefetchRun(autoRun, catalog.problems);
  const busy = runner.activity !== 'idle';
  const phase = runner.runtime.phase;
  const waitingForPython = busy && (phase === 'loading' || phase === 'restarting');
  const hintsShown = progress?.hintsShown ?? 0;
  const revealed = progress?.revealed ?? false;
  const canReveal = (progress?.failedSubmits ?? 0) > 0 || hintsShown >= problem.hints.length;

  useEffect(() => {
    open(problem.id, summary.fingerprint);
    setVerdict(null);
  }, [open, problem.id, summary.fingerprint, setVerdict]);

  // Autosave the draft shortly after typing stops: a reload never loses it.
  useEffect(() => {
    if (code === (savedDraft ?? problem.starterCode)) return;
    const timer = window.setTimeout(() => saveDraft(problem.id, code), 300);
    return () => window.clearTimeout(timer);
  }, [code, savedDraft, saveDraft, problem.id, problem.starterCode]);

  const setCode = (value: string) => setCodeState(value);

  const where = {
    problemId: problem.id,
    problemTitle: problem.title,
    module: summary.module,
    subtopic: summary.subtopic,
    problemType: summary.problemType,
    difficulty: problem.difficulty,
  };
  const currentModule = catalog.modules.find((m) => m.id === summary.module);
  const subtopic = currentModule?.subtopics.find((s) => s.id === summary.subtopic);
  const topicLabel = [currentModule?.name ?? summary.module, subtopic?.name, subtopic?.problemTypes.find((t) => t.id === summary.problemType)?.name]
    .filter(Boolean)
    .join(' › ');
  const coach = useCoach({ problem, topicLabel, code, verdict: runner.verdict }, (rung) =>
    record({ ...where, kind: 'hint', code: '', durationMs: 0, summary: `AI hint ${rung} of 3`, passed: null, testsPassed: null, testsTotal: null }),
  );
  // A problem is answered once per visit: solved, revealed, or left after failing.
  const finish = (solvedNow: boolean, revealedNow: boolean): AutoRun | null => {
    if (answered.current) return autoRun;
    answered.current = true;
    const outcome = { solved: solvedNow, hints: hintsShown + coach.hints.length, revealed: revealedNow || revealed, failedSubmits: progress?.failedSubmits ?? 0 };
    const result = recordAnswer({ summary, outcome, runId: autoRun?.id ?? null, catalog });
    if (result.unlocked.length > 0) setBadges(result.unlocked);
    return result.run;
  };
  const showBuiltInHint = () => {
    if (hintsShown >= problem.hints.length) return;
    showHint(problem.id, hintsShown + 1);
    record({ ...where, kind: 'hint', code: '', durationMs: 0, summary: `hint ${hintsShown + 1} of ${problem.hints.length}`, passed: null, testsPassed: null, testsTotal: null });
  };
  const recordReveal = () => {
    if (revealed) return;
    reveal(problem.id);
    record({ ...where, kind: 'reveal', code: '', durationMs: 0, summary: 'revealed the reference solution', passed: null, testsPassed: null, testsTotal: null });
    finish(false, true);
  };
  const help = useHelpOffer(problem.id, startedAt, Boolean(progress?.solvedAt) || revealed);

  const run = async () => {
    setTab('output');
    const submitted = code;
    const result = await runCode(submitted);
    if (result) record({ ...where, kind: 'run', code: submitted, durationMs: result.durationMs, summary: describeRun(result), passed: null, testsPassed: null, testsTotal: null });
  };
  const submit = async (only?: number[]) => {
    setTab('tests');
    const submitted = code;
    const verdict = await submitCode(problem, submitted, only);
    if (!verdict || only) return;
    const passed = verdict.status === 'passed';
    recordSubmit(problem.id, passed);
    record({
      ...where,
      kind: 'submit',
      code: submitted,
      durationMs: verdict.durationMs,
      summary: passed ? `passed ${verdict.passed}/${verdict.total}` : `failed: ${verdict.passed}/${verdict.total} tests passed`,
      passed,
      testsPassed: verdict.passed,
      testsTotal: verdict.total,
    });
    if (passed) {
      setSolvedIn(Date.now() - startedAt);
      finish(true, false);
    } else {
      setFailedHere((n) => n + 1);
    }
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
      if (event.shiftKey) void latest.current.submit();
      else void latest.current.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const goToRun = (next: AutoRun | null) => {
    if (next?.current) router.push(`/practice?problem=${encodeURIComponent(next.current.problemId)}&run=${encodeURIComponent(next.id)}`);
    else if (next) router.push(`/practice/auto?run=${encodeURIComponent(next.id)}`);
  };
  const changeRun = (how: (run: AutoRun, now: number) => AutoRun) => {
    if (!autoRun) return;
    const next = planRun(how(autoRun, Date.now()), runPool);
    useAutoRuns.getState().put(next);
    goToRun(next);
  };

  const next = () => {
    if (autoRun) {
      // Moving on after failing is a miss; moving on untouched is a skip (no penalty).
      if (!answered.current && failedHere > 0) goToRun(finish(false, false));
      else if (!answered.current) changeRun(skip);
      else goToRun(useAutoRuns.getState().runs[autoRun.id] ?? null);
      return;
    }
    if (!answered.current && failedHere > 0) finish(false, false);
    const fromUrl = filterFromParams(params);
    const filter = Object.keys(fromUrl).length > 0 ? fromUrl : { module: summary.module, difficulty: summary.difficulty };
    let pick = pickProblem(catalog.problems, filter, new Set(seen), Math.random, problem.id);
    if (!pick.problem || pick.problem.id === problem.id) pick = pickProblem(catalog.problems, { module: summary.module }, new Set(seen), Math.random, problem.id);
    if (!pick.problem) return;
    // Every question of this choice was seen: the next round starts now.
    if (pick.poolExhausted) useProgress.getState().startOver(pick.poolFingerprints, summary.fingerprint);
    const query = filterToQuery(filter);
    router.push(`/practice?problem=${encodeURIComponent(pick.problem.id)}${query ? `&${query}` : ''}`);
  };

  const resetCode = () => {
    if (code !== problem.starterCode && !window.confirm('Replace your code with the starter code? Your draft will be lost.')) return;
    setCodeState(problem.starterCode);
    discardDraft(problem.id);
  };

  const solved = runner.verdict?.status === 'passed' && runner.verdict.total === problem.tests.length;
  const notice = params?.get('notice') === 'ai-unverified' && !noticeDismissed;

  return (
    <div className="flex min-h-[calc(100dvh-49px)] flex-col md:h-dvh md:min-h-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
        <h1 className="font-semibold">Workspace</h1>
        <nav aria-label="Breadcrumb" className="min-w-0 truncate text-slate-600 dark:text-slate-400">
          <Link href={summary.pack === summary.module && catalog.modules.find((m) => m.id === summary.module)?.imported ? `/modules/imported?pack=${summary.pack}` : `/modules/${summary.module}`} className="hover:underline">
            {catalog.modules.find((m) => m.id === summary.module)?.name ?? summary.module}
          </Link>
          <span aria-hidden="true"> › </span>
          <span>{problem.title}</span>
        </nav>
        {progress?.solvedAt ? (
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-700/20 dark:text-brand-100">Solved</span>
        ) : null}
        <button type="button" onClick={next} className={`${QUIET} ml-auto py-1`} data-testid="next-question">
          Next question <span aria-hidden="true">→</span>
        </button>
      </div>
      {autoRun ? (
        <RunBanner run={autoRun} problemId={problem.id} catalog={runPool.problems} modules={catalog.modules} onSkip={() => changeRun(skip)} onEasier={() => changeRun(easier)} onHarder={() => changeRun(harder)} />
      ) : null}
      {notice ? (
        <div className="flex items-start gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700/50 dark:bg-amber-950 dark:text-amber-100" role="status" data-testid="ai-notice">
          <p className="flex-1">Gemini’s question failed its own tests twice, so PyDojo did not show it. Here is a tested built-in question on the same topic instead.</p>
          <button type="button" onClick={() => setNoticeDismissed(true)} className="underline">
            Dismiss
          </button>
        </div>
      ) : null}

      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <section
          aria-label="Problem"
          className="min-h-0 overflow-y-auto border-b border-slate-200 lg:border-b-0 dark:border-slate-800"
          style={{ flexBasis: `${split}%` }}
        >
          <ProblemPanel problem={problem} hintsShown={hintsShown} revealed={revealed} />
        </section>
        <Splitter orientation="vertical" value={split} onChange={setSplit} label="Resize the problem and code panels" />

        <section aria-label="Code" className="flex min-h-0 min-w-0 flex-1 flex-col">
          <div className="h-[45vh] min-h-[220px] lg:h-auto" style={{ flexGrow: editorShare, flexBasis: 0 }}>
            {comparing ? (
              <CompareView mine={code} reference={problem.solution} onClose={() => setComparing(false)} />
            ) : (
              <CodeEditor
                value={code}
                onChange={setCode}
                onRun={() => void run()}
                onSubmit={() => void submit()}
                dark={dark}
                fontSize={fontSize}
                label={`Python code editor for ${problem.title}. Ctrl+Enter runs, Ctrl+Shift+Enter submits. Press Ctrl+M to let Tab move focus.`}
              />
            )}
          </div>

          <div className="flex flex-wrap items-center gap-2 border-y border-slate-200 px-3 py-2 dark:border-slate-800" role="toolbar" aria-label="Actions">
            <button type="button" onClick={() => void run()} disabled={busy} className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`} data-testid="run">
              <span aria-hidden="true">▶</span> Run
            </button>
            <button type="button" onClick={runner.stop} disabled={!busy || waitingForPython} className={QUIET} data-testid="stop">
              <span aria-hidden="true">■</span> Stop
            </button>
            <button
              type="button"
              onClick={() => void submit()}
              disabled={busy}
              className={`${BUTTON} bg-slate-900 text-white hover:bg-slate-700 dark:bg-slate-100 dark:text-slate-900 dark:hover:bg-white`}
              data-testid="submit"
            >
              <span aria-hidden="true">✓</span> Submit
            </button>
            <button
              type="button"
              onClick={showBuiltInHint}
              disabled={hintsShown >= problem.hints.length}
              className={QUIET}
              data-testid="hint"
            >
              Hint {problem.hints.length > 0 ? `(${Math.min(hintsShown, problem.hints.length)}/${problem.hints.length})` : ''}
            </button>
            {coach.available ? (
              <button
                type="button"
                onClick={() => {
                  setTab('coach');
                  void coach.hint();
                }}
                disabled={coach.streaming !== null}
                className={QUIET}
                data-testid="ai-hint-toolbar"
              >
                ✦ AI hint
              </button>
            ) : null}
            <button
              type="button"
              onClick={() => (revealed ? undefined : setConfirmingReveal(true))}
              disabled={!canReveal || revealed}
              title={canReveal ? undefined : 'Available after a failed submit, or once every hint is shown'}
              className={QUIET}
              data-testid="reveal"
            >
              {revealed ? 'Solution shown' : 'Reveal solution'}
            </button>
            <button type="button" onClick={resetCode} disabled={busy || code === problem.starterCode} className={`${BUTTON} ml-auto text-slate-700 hover:bg-slate-100 dark:text-slate-300 dark:hover:bg-slate-800`}>
              Reset code
            </button>
            {!coach.available ? (
              <Link href="/support/settings#ai" className="w-full text-xs text-slate-600 underline sm:w-auto dark:text-slate-400" data-testid="ai-off">
                AI hints and tutor: add a Gemini key
              </Link>
            ) : null}
            {waitingForPython ? <span className="w-full text-xs text-slate-600 dark:text-slate-400">Waiting for Python to finish loading…</span> : null}
          </div>

          {help.offer ? (
            <HelpOfferCard
              offer={help.offer}
              hintLabel={coach.available ? 'Get an AI hint' : hintsShown < problem.hints.length ? 'Show the next hint' : null}
              onHint={() => {
                help.dismiss();
                if (coach.available) {
                  setTab('coach');
                  void coach.hint();
                } else {
                  showBuiltInHint();
                }
              }}
              onDismiss={help.dismiss}
            />
          ) : null}
          {solved ? (
            <div className="flex flex-wrap items-center gap-3 border-b border-brand-100 bg-brand-50 px-3 py-2 text-sm dark:border-brand-700/40 dark:bg-brand-700/20" role="status" data-testid="celebration">
              <span aria-hidden="true" className="grid size-6 animate-bounce place-items-center rounded-full bg-brand-600 text-sm font-bold text-white">
                ✓
              </span>
              <span className="font-semibold text-brand-700 dark:text-brand-100">
                Solved{solvedIn !== null ? ` in ${formatDuration(solvedIn)}` : ''}!
              </span>
              <button type="button" onClick={() => setComparing((c) => !c)} className="underline" data-testid="compare">
                {comparing ? 'Back to my code' : 'Compare with the reference solution'}
              </button>
              <button type="button" onClick={next} className={`${BUTTON} ml-auto bg-brand-600 text-white hover:bg-brand-700`}>
                Next question →
              </button>
            </div>
          ) : null}

          <Tabs.Root value={tab} onValueChange={setTab} className="flex min-h-[260px] flex-col lg:min-h-0" style={{ flexGrow: 100 - editorShare, flexBasis: 0 }}>
            <Splitter orientation="horizontal" value={editorShare} onChange={setEditorShare} label="Resize the editor and results panels" />
            <Tabs.List aria-label="Results" className="flex gap-1 border-b border-slate-200 px-2 dark:border-slate-800">
              {[
                ['output', 'Output'],
                ['tests', runner.verdict ? `Tests ${runner.verdict.passed}/${runner.verdict.total}` : 'Tests'],
                ...(coach.available
                  ? [
                      ['coach', '✦ AI coach'],
                      ['tutor', '✦ Tutor'],
                    ]
                  : []),
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
              <TestResults
                verdict={runner.verdict}
                grading={runner.activity === 'grading'}
                problem={problem}
                solvedBefore={Boolean(progress?.solvedAt)}
                onRunOne={busy ? undefined : (index) => void submit([index])}
              />
            </Tabs.Content>
            {coach.available ? (
              <>
                <Tabs.Content value="coach" className="min-h-0 flex-1 overflow-y-auto outline-none">
                  <CoachPanel coach={coach} hasVerdict={runner.verdict !== null} canExplain={canReveal} solved={solved || Boolean(progress?.solvedAt)} onExplain={recordReveal} />
                </Tabs.Content>
                <Tabs.Content value="tutor" className="flex min-h-0 flex-1 flex-col outline-none data-[state=inactive]:hidden">
                  <TutorPanel problem={problem} topicLabel={topicLabel} code={code} verdict={runner.verdict} />
                </Tabs.Content>
              </>
            ) : null}
          </Tabs.Root>
        </section>
      </div>
      <RuntimeStatus />
      <BadgeToast ids={badges} onClose={closeBadges} />
      {confirmingReveal ? (
        <ConfirmDialog
          title="Reveal the solution?"
          confirmLabel="Reveal solution"
          cancelLabel="Keep trying"
          tone="warning"
          confirmTestId="confirm-reveal"
          onCancel={() => setConfirmingReveal(false)}
          onConfirm={() => {
            recordReveal();
            setConfirmingReveal(false);
          }}
        >
          Seeing the reference solution is recorded for this problem. You can still solve it yourself afterwards.
        </ConfirmDialog>
      ) : null}
    </div>
  );
}

function describeRun(result: RunResult): string {
  switch (result.status) {
    case 'ok':
      return 'ran without errors';
    case 'error':
      return result.error ? `${result.error.type}${result.error.line ? ` on line ${result.error.line}` : ''}` : 'error';
    case 'exit':
      return `exited with code ${result.exitCode ?? 0}`;
    case 'interrupted':
      return 'stopped';
    case 'timeout':
      return 'ran past the time limit';
    case 'crashed':
      return 'Python crashed';
  }
}

function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  return `${minutes} min ${seconds % 60} s`;
}

function CompareView({ mine, reference, onClose }: { mine: string; reference: string; onClose(): void }) {
  return (
    <div className="flex h-full flex-col" data-testid="compare-view">
      <div className="flex items-center justify-between border-b border-slate-200 px-3 py-1.5 text-sm dark:border-slate-800">
        <span className="font-medium">Your solution beside the reference solution</span>
        <button type="button" onClick={onClose} className="underline">
          Back to my code
        </button>
      </div>
      <div className="grid min-h-0 flex-1 grid-cols-1 gap-px bg-slate-200 sm:grid-cols-2 dark:bg-slate-800">
        {[
          ['Yours', mine],
          ['Reference', reference],
        ].map(([title, text]) => (
          <figure key={title} className="min-h-0 overflow-auto bg-white p-3 dark:bg-slate-950">
            <figcaption className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{title}</figcaption>
            <pre className="font-mono text-sm whitespace-pre">{text}</pre>
          </figure>
        ))}
      </div>
    </div>
  );
}

export { formatMs };
