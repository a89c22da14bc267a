'use client';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { pickProblem, type Catalog, type ProblemSummary } from '@/core/catalog';
import type { Problem } from '@/core/schemas/problem';
import { useCoach } from '@/features/ai';
import { BlockModeSwitch, BlocksEditor, draftBlockStore, useBlockMode } from '@/features/blocks';
import { GrowthPanel } from '@/features/growth';
import { filterFromParams, filterToQuery } from '@/features/picker';
import { RuntimeStatus } from '@/features/runtime';
import { ConfirmDialog, useDark } from '@/features/shell';
import { StepThroughButton, useVisualiserTitle, Visualiser } from '@/features/visualiser';
import { useDrafts } from '@/stores/drafts';
import { useProgress } from '@/stores/progress';
import { useSettings } from '@/stores/settings';
import { useCodeHandle } from './code-handle';
import { CodeEditor } from './CodeEditor';
import { ProblemPanel } from './ProblemPanel';
import { ResultsTabs } from './ResultsTabs';
import { Celebration, CompareView } from './Solved';
import { Splitter } from './Splitter';
import { useAttempt, type AttemptOutcome, type Leaving } from './use-attempt';
import { useDraftAutosave } from './use-draft';
import { usePrepareOnWork, useRunner } from './use-runner';
import { QUIET, WorkspaceToolbar } from './WorkspaceToolbar';

/** A problem ready to practise: the full problem, its place in the catalogue, and the catalogue (built-in plus this browser's packs). */
export interface LoadedProblem {
  problem: Problem;
  summary: ProblemSummary;
  catalog: Catalog;
}

/** What the page can add to the workspace (auto mode does), without the workspace knowing about it. */
export interface WorkspaceSlots {
  /** Under the title bar (e.g. where an auto run stands). */
  banner?: ReactNode;
  /** Under the toolbar, given the workspace's own "next hint" (null label: no hint left to give). */
  helpOffer?: (hint: { label: string | null; show(): void }) => ReactNode;
  /** Floating over the workspace (e.g. a toast). */
  overlay?: ReactNode;
  /** The problem was answered: solved, revealed, or left after failing. Called once per visit. */
  onAnswer?(outcome: AttemptOutcome): void;
  /** The learner asked for the next question; return true when handled, false to pick one from the URL's topic. */
  onNext?(leaving: Leaving): boolean;
  /** In the title bar: sharing the problem or the code, read from the editor when asked (`solved`: the last Submit passed every test). */
  share?: (code: { getCode(): string; solved: boolean }) => ReactNode;
}

/** The workspace of one problem: question, editor, toolbar, results. Keyed by the problem id. */
export function ProblemWorkspace({ problem, summary, catalog, banner, helpOffer, overlay, onAnswer, onNext, share }: LoadedProblem & WorkspaceSlots) {
  const t = useTranslations('workspace.ProblemWorkspace');
  const router = useRouter();
  const params = useSearchParams();
  const runner = useRunner(problem);
  const dark = useDark();
  const fontSize = useSettings((s) => s.editorFontSize);
  // The editor owns the code; this handle reads it when an action needs it.
  const code = useCodeHandle(() => useDrafts.getState().drafts[problem.id]?.code ?? problem.starterCode);
  const { atStarter } = useDraftAutosave(problem, code);
  usePrepareOnWork(runner.prepare, code, !atStarter);
  const attempt = useAttempt({ problem, summary, runner, code, onAnswer });
  // Beginner problems can be built from blocks; the code handle then reads the generated Python.
  const blockStore = useMemo(() => draftBlockStore(problem.id), [problem.id]);
  const blocks = useBlockMode({ available: problem.difficulty === 'beginner', store: blockStore, code, subject: 'problem' });
  const [tab, setTab] = useState('output');
  const [split, setSplit] = useState(40);
  const [editorShare, setEditorShare] = useState(60);
  // The learner's code as it was when they asked to compare (null: not comparing).
  const [comparing, setComparing] = useState<string | null>(null);
  const [confirmingReveal, setConfirmingReveal] = useState(false);
  const [noticeDismissed, setNoticeDismissed] = useState(false);
  const busy = runner.activity !== 'idle';
  const phase = runner.runtime.phase;
  const waitingForPython = busy && (phase === 'loading' || phase === 'restarting');

  const currentModule = catalog.modules.find((m) => m.id === summary.module);
  const topicLabel = useMemo(() => {
    const subtopic = currentModule?.subtopics.find((s) => s.id === summary.subtopic);
    return [currentModule?.name ?? summary.module, subtopic?.name, subtopic?.problemTypes.find((t) => t.id === summary.problemType)?.name].filter(Boolean).join(' › ');
  }, [currentModule, summary]);
  // The lesson of the problem's topic (built-in curriculum topics only).
  const lesson = useMemo(() => {
    const subtopic = currentModule && !currentModule.imported ? currentModule.subtopics.find((s) => s.id === summary.subtopic) : undefined;
    return currentModule && subtopic ? { href: `/learn/${currentModule.id}/${subtopic.id}`, title: subtopic.name } : null;
  }, [currentModule, summary.subtopic]);
  const coach = useCoach({ problem, topicLabel, getCode: code.getCode, verdict: runner.verdict }, attempt.recordAiHint);

  const run = () => {
    setTab('output');
    runner.prepare();
    void attempt.run();
  };
  const submit = (only?: number[]) => {
    setTab('tests');
    void attempt.submit(only);
  };
  const [traceRequest, setTraceRequest] = useState(0);
  const visualiserTitle = useVisualiserTitle();
  // The visualiser's code is fetched when its tab is open, and it stays once something was recorded.
  const visualiserShown = tab === 'visualise' || traceRequest > 0;
  const stepThrough = () => {
    setTab('visualise');
    setTraceRequest((count) => count + 1);
  };
  const askAiHint = () => {
    setTab('coach');
    void coach.hint();
  };

  // Shortcuts also work when focus is outside the editor; the editor has its own.
  const latest = useRef({ run, submit });
  useEffect(() => {
    latest.current = { run, submit };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key !== 'Enter' || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest('[data-testid="code-editor"]')) return;
      event.preventDefault();
      if (event.shiftKey) latest.current.submit();
      else latest.current.run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const next = () => {
    if (onNext?.(attempt.leave())) return;
    const fromUrl = filterFromParams(params);
    const filter = Object.keys(fromUrl).length > 0 ? fromUrl : { module: summary.module, difficulty: summary.difficulty };
    const seen = new Set(useProgress.getState().seen);
    let pick = pickProblem(catalog.problems, filter, seen, Math.random, problem.id);
    if (!pick.problem || pick.problem.id === problem.id) pick = pickProblem(catalog.problems, { module: summary.module }, seen, Math.random, problem.id);
    if (!pick.problem) return;
    // Every question of this choice was seen: the next round starts now.
    if (pick.poolExhausted) useProgress.getState().startOver(pick.poolFingerprints, summary.fingerprint);
    const query = filterToQuery(filter);
    router.push(`/practice?problem=${encodeURIComponent(pick.problem.id)}${query ? `&${query}` : ''}`);
  };

  const resetCode = () => {
    if (code.getCode() !== problem.starterCode && !window.confirm(t('confirmReset'))) return;
    // One edit in the editor's history: Ctrl+Z brings the learner's code back.
    code.replaceCode(problem.starterCode);
    code.focus();
    useDrafts.getState().discard(problem.id);
  };

  const solved = runner.verdict?.status === 'passed' && runner.gradedTests === null;
  const notice = params?.get('notice') === 'ai-unverified' && !noticeDismissed;
  const moduleLink = summary.pack === summary.module && currentModule?.imported ? `/modules/imported?pack=${summary.pack}` : `/modules/${summary.module}`;

  return (
    <div className="flex min-h-[calc(100dvh-49px)] flex-col md:h-dvh md:min-h-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
        <h1 className="font-semibold">{t('title')}</h1>
        <nav aria-label={t('breadcrumb')} className="min-w-0 truncate text-slate-600 dark:text-slate-400">
          <Link href={moduleLink} className="hover:underline">
            {currentModule?.name ?? summary.module}
          </Link>
          <span aria-hidden="true"> › </span>
          <span>{problem.title}</span>
        </nav>
        {attempt.solvedBefore ? (
          <span className="rounded-full bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700 dark:bg-brand-700/20 dark:text-brand-100">{t('solved')}</span>
        ) : null}
        <div className="ml-auto flex items-center gap-2">
          {share?.({ getCode: code.getCode, solved })}
          <button type="button" onClick={next} className={`${QUIET} py-1`} data-testid="next-question">
            {t('nextQuestion')} <span aria-hidden="true">→</span>
          </button>
        </div>
      </div>
      {banner}
      {notice ? (
        <div className="flex items-start gap-3 border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:border-amber-700/50 dark:bg-amber-950 dark:text-amber-100" role="status" data-testid="ai-notice">
          <p className="flex-1">{t('aiNotice')}</p>
          <button type="button" onClick={() => setNoticeDismissed(true)} className="underline">
            {t('dismiss')}
          </button>
        </div>
      ) : null}

      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <section aria-label={t('problem')} className="min-h-0 overflow-y-auto border-b border-slate-200 lg:border-b-0 dark:border-slate-800" style={{ flexBasis: `${split}%` }}>
          <ProblemPanel problem={problem} hintsShown={attempt.hintsShown} revealed={attempt.revealed} lesson={lesson} />
        </section>
        <Splitter orientation="vertical" value={split} onChange={setSplit} label={t('resizeProblem')} />

        <section aria-label={t('code')} className="flex min-h-0 min-w-0 flex-1 flex-col">
          <BlockModeSwitch blocks={blocks} canOpenBlocks={atStarter} />
          {/* On a phone the comparison (and its growth chart) takes the height it needs, and the page scrolls as one. */}
          <div
            className={`${blocks.mode === 'blocks' ? 'h-[85vh] min-h-[420px]' : 'h-[45vh] min-h-[220px]'} ${comparing !== null ? 'max-md:h-auto max-md:basis-auto' : ''} basis-0 lg:h-auto`}
            style={{ flexGrow: editorShare }}
          >
            {comparing !== null ? (
              <CompareView
                mine={comparing}
                reference={problem.solution}
                alternatives={problem.alternatives}
                onClose={() => setComparing(null)}
                below={problem.generator?.maxN ? <GrowthPanel problem={problem} mine={comparing} /> : undefined}
              />
            ) : null}
            {/* Hidden, not unmounted, while comparing: the editor keeps its text and its undo history. */}
            {blocks.mode === 'blocks' ? (
              <div className={`h-full ${comparing !== null ? 'hidden' : ''}`}>
                <BlocksEditor problem={problem} store={blockStore} code={code} dark={dark} label={t('blocksLabel', { title: problem.title })} />
              </div>
            ) : (
              <CodeEditor
                hidden={comparing !== null}
                code={code}
                onRun={run}
                onSubmit={() => submit()}
                dark={dark}
                fontSize={fontSize}
                label={t('editorLabel', { title: problem.title })}
              />
            )}
          </div>

          <WorkspaceToolbar
            busy={busy}
            waitingForPython={waitingForPython}
            onRun={run}
            onStop={runner.stop}
            onSubmit={() => submit()}
            hints={{ shown: attempt.hintsShown, total: problem.hints.length, onShow: attempt.showHint }}
            aiHint={coach.available ? { busy: coach.streaming !== null, onAsk: askAiHint } : null}
            reveal={{ revealed: attempt.revealed, allowed: attempt.canReveal, onAsk: () => setConfirmingReveal(true) }}
            reset={{ disabled: busy || atStarter || blocks.mode === 'blocks', onReset: resetCode }}
            stepThrough={<StepThroughButton onClick={stepThrough} disabled={busy} className={QUIET} />}
          />

          {helpOffer?.({
            label: coach.available ? t('aiHintOffer') : attempt.hintsShown < problem.hints.length ? t('hintOffer') : null,
            show: coach.available ? askAiHint : attempt.showHint,
          })}
          {solved ? (
            <Celebration
              solvedIn={attempt.solvedIn}
              comparing={comparing !== null}
              alternatives={problem.alternatives.length}
              onCompare={() => setComparing((mine) => (mine === null ? code.getCode() : null))}
              onNext={next}
            />
          ) : null}

          <ResultsTabs
            tab={tab}
            onTab={setTab}
            share={editorShare}
            onShare={setEditorShare}
            runner={runner}
            problem={problem}
            topicLabel={topicLabel}
            getCode={code.getCode}
            coach={coach}
            solved={solved}
            solvedBefore={attempt.solvedBefore}
            canExplain={attempt.canReveal}
            onExplain={attempt.reveal}
            onGrade={submit}
            extraTab={{
              value: 'visualise',
              label: visualiserTitle,
              content: visualiserShown ? <Visualiser request={traceRequest} getCode={code.getCode} onLine={code.highlightLine} active={tab === 'visualise'} /> : null,
            }}
          />
        </section>
      </div>
      <RuntimeStatus />
      {overlay}
      {blocks.dialog}
      {confirmingReveal ? (
        <ConfirmDialog
          title={t('revealTitle')}
          confirmLabel={t('revealConfirm')}
          cancelLabel={t('revealCancel')}
          tone="warning"
          confirmTestId="confirm-reveal"
          onCancel={() => setConfirmingReveal(false)}
          onConfirm={() => {
            attempt.reveal();
            setConfirmingReveal(false);
          }}
        >
          {t('revealBody')}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
