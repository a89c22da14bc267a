'use client';
import Link from 'next/link';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslations } from 'use-intl';
import { lastUnlocked, stepDone, type ProjectProgress } from '@/core/projects/progress';
import { stepProblem } from '@/core/projects/steps';
import { useCoach } from '@/features/ai';
import { BlockModeSwitch, BlocksEditor, useBlockMode, type BlockProgramStore } from '@/features/blocks';
import { useTimeOn } from '@/features/progress';
import { RuntimeStatus } from '@/features/runtime';
import { ConfirmDialog, useDark, useHydrated } from '@/features/shell';
import { CodeEditor, ResultsTabs, Splitter, useCodeHandle, usePrepareOnWork, useRunner } from '@/features/workspace';
import { useProjectProgress } from '@/stores/project-progress';
import { useSettings } from '@/stores/settings';
import type { ProjectPageData } from './data';
import { DownloadProgram, FinishedCard, StepPassedBar } from './Finish';
import { ProjectIntro } from './ProjectIntro';
import { ProjectToolbar } from './ProjectToolbar';
import { StepList, StepTask } from './StepPanel';
import { useCodeAutosave } from './use-code-autosave';
import { useProjectStates } from './use-project-states';

/** /projects/[id]: the intro until the project starts, then its steps beside the editor. */
export function ProjectPage({ data }: { data: ProjectPageData }) {
  const { project } = data;
  const hydrated = useHydrated(useProjectProgress);
  const progress = useProjectProgress((s) => s.projects[project.id]);
  const shape = useMemo(() => [{ id: project.id, stepIds: project.steps.map((s) => s.id), requires: project.requires }, ...data.requiredProjects], [project, data.requiredProjects]);
  const { ready, states, lessonDone } = useProjectStates(shape);
  const t = useTranslations('projects.ProjectWorkspace');
  if (!hydrated || !ready) {
    return (
      <p className="p-6 text-sm text-slate-600 dark:text-slate-400" role="status">
        {t('loading', { title: project.title })}
      </p>
    );
  }
  if (!progress) {
    return <ProjectIntro data={data} view={states[project.id]} lessonDone={lessonDone} onStart={(locked) => useProjectProgress.getState().start(project, locked)} />;
  }
  return <ProjectWorkspace key={project.id} data={data} progress={progress} />;
}

function ProjectWorkspace({ data, progress }: { data: ProjectPageData; progress: ProjectProgress }) {
  const { project } = data;
  const store = useProjectProgress.getState;
  const t = useTranslations('projects.ProjectWorkspace');
  const tp = useTranslations('projects');
  const current = Math.min(progress.current, project.steps.length - 1);
  const step = project.steps[current];
  const problem = useMemo(() => stepProblem(project, current), [project, current]);
  const unlockedThrough = lastUnlocked(project, progress);
  const runner = useRunner();
  const dark = useDark();
  const fontSize = useSettings((s) => s.editorFontSize);
  // The editor owns the code; the store keeps a copy for the next visit.
  const code = useCodeHandle(() => progress.code);
  useCodeAutosave(project.id, code);
  usePrepareOnWork(runner.prepare, code, false);
  // The first projects can be built from blocks: the program (blocks + Python) carries from step to step.
  const blockStore = useMemo<BlockProgramStore>(
    () => ({
      load: () => store().projects[project.id]?.blocks ?? undefined,
      save: (python, blocks) => store().saveBlocks(project.id, python, blocks),
      toText: (python) => store().saveBlocks(project.id, python, null),
    }),
    [project.id, store],
  );
  const blocks = useBlockMode({ available: project.difficulty === 'beginner', store: blockStore, code, subject: 'project' });
  const toolbox = useMemo(
    () => ({ tags: [], topics: project.requires.lessons.map((id) => ({ module: id.split('/')[0], subtopic: id.split('/')[1] })), entryPoint: step.entryPoint }),
    [project.requires.lessons, step.entryPoint],
  );
  const inBlocks = blocks.mode === 'blocks';
  useTimeOn({ kind: 'problem', id: problem.id });
  const topicLabel = tp('projectLink', { title: project.title });
  const coach = useCoach({ problem, topicLabel, getCode: code.getCode, verdict: runner.verdict }, () => {});
  const [tab, setTab] = useState('output');
  const [split, setSplit] = useState(40);
  const [editorShare, setEditorShare] = useState(60);
  const [confirm, setConfirm] = useState<'reveal' | 'reset' | null>(null);
  const [playing, setPlaying] = useState(false);
  const busy = runner.activity !== 'idle';
  const phase = runner.runtime.phase;
  const waitingForPython = busy && (phase === 'loading' || phase === 'restarting');
  const stepProgress = progress.steps[step.id];
  const done = stepDone(progress, step.id);
  const finished = project.steps.every((s) => stepDone(progress, s.id));
  const passedNow = runner.verdict?.status === 'passed' && runner.gradedTests === null;

  // A new step on screen starts with no verdict from the last one.
  const { clearVerdict } = runner;
  useEffect(() => clearVerdict(), [current, clearVerdict]);

  const run = (play: boolean) => {
    setTab('output');
    setPlaying(play);
    runner.prepare();
    void runner.run(code.getCode()).finally(() => setPlaying(false));
  };
  const check = async (only?: number[]) => {
    setTab('tests');
    const verdict = await runner.submit(problem, code.getCode(), only);
    if (verdict && !only) store().recordCheck(project, current, verdict.status === 'passed');
  };

  // Shortcuts also work when focus is outside the editor; the editor has its own.
  const latest = useRef({ run, check });
  useEffect(() => {
    latest.current = { run, check };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key !== 'Enter' || event.defaultPrevented) return;
      if ((event.target as HTMLElement | null)?.closest('[data-testid="code-editor"]')) return;
      event.preventDefault();
      if (event.shiftKey) void latest.current.check();
      else latest.current.run(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const open = (index: number) => store().openStep(project, index);
  const stepStart = current === 0 ? project.starterCode : project.steps[current - 1].solution;

  return (
    <div className="flex min-h-[calc(100dvh-49px)] flex-col md:h-dvh md:min-h-0">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 px-4 py-2 text-sm dark:border-slate-800">
        <nav aria-label={t('breadcrumb')} className="min-w-0 truncate text-slate-600 dark:text-slate-400">
          <Link href="/projects" className="hover:underline">
            {t('projects')}
          </Link>
          <span aria-hidden="true"> › </span>
        </nav>
        <h1 className="font-semibold">{project.title}</h1>
        <span className="text-slate-600 dark:text-slate-400" data-testid="steps-done">
          {t('stepsDone', { done: project.steps.filter((s) => stepDone(progress, s.id)).length, total: project.steps.length })}
        </span>
        {finished ? <DownloadProgram project={project} getCode={code.getCode} className="ml-auto" /> : null}
      </div>
      <div className="flex min-h-0 flex-1 flex-col lg:flex-row">
        <section aria-label={t('step')} className="min-h-0 overflow-y-auto border-b border-slate-200 lg:border-b-0 dark:border-slate-800" style={{ flexBasis: `${split}%` }}>
          <StepList project={project} progress={progress} current={current} unlockedThrough={unlockedThrough} onOpen={open} />
          {finished ? <FinishedCard project={project} progress={progress} /> : null}
          <StepTask project={project} index={current} hintsShown={stepProgress?.hintsShown ?? 0} />
        </section>
        <Splitter orientation="vertical" value={split} onChange={setSplit} label={t('resize')} />
        <section aria-label={t('code')} className="flex min-h-0 min-w-0 flex-1 flex-col">
          <BlockModeSwitch blocks={blocks} canOpenBlocks={current === 0 && progress.code === project.starterCode} />
          <div className={`${inBlocks ? 'h-[85vh] min-h-[420px]' : 'h-[45vh] min-h-[220px]'} lg:h-auto`} style={{ flexGrow: editorShare, flexBasis: 0 }}>
            {inBlocks ? (
              <BlocksEditor problem={toolbox} store={blockStore} code={code} dark={dark} label={t('blocksLabel', { title: project.title })} />
            ) : (
              <CodeEditor
                code={code}
                onRun={() => run(false)}
                onSubmit={() => void check()}
                dark={dark}
                fontSize={fontSize}
                label={t('editor', { title: project.title })}
              />
            )}
          </div>
          <ProjectToolbar
            busy={busy}
            waitingForPython={waitingForPython}
            interactive={project.interactive}
            onRun={() => run(false)}
            onPlay={() => run(true)}
            onStop={runner.stop}
            onCheck={() => void check()}
            hints={{
              shown: stepProgress?.hintsShown ?? 0,
              total: step.hints.length,
              onShow: () => store().showHint(project.id, step.id, (stepProgress?.hintsShown ?? 0) + 1),
            }}
            revealed={stepProgress?.revealedAt != null}
            inBlocks={inBlocks}
            onReveal={() => setConfirm('reveal')}
            onReset={() => setConfirm('reset')}
          />
          {playing ? (
            <p className="border-b border-sky-200 bg-sky-50 px-3 py-1.5 text-sm text-sky-900 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100" role="status" data-testid="playing">
              {t('playing', { title: project.title })}
            </p>
          ) : null}
          {passedNow || (done && runner.verdict === null && current < unlockedThrough) ? (
            <StepPassedBar project={project} index={current} passedNow={passedNow} onNext={() => open(current + 1)} />
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
            solved={passedNow}
            solvedBefore={stepProgress?.passedAt != null}
            canExplain={done}
            onExplain={() => {}}
            onGrade={(tests) => void check(tests)}
          />
        </section>
      </div>
      <RuntimeStatus />
      {blocks.dialog}
      {confirm === 'reveal' ? (
        <ConfirmDialog
          title={t('reveal.title', { step: current + 1 })}
          confirmLabel={t('reveal.confirm')}
          cancelLabel={t('reveal.cancel')}
          tone="warning"
          confirmTestId="confirm-reveal-step"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            // One edit in the editor's history: Ctrl+Z brings the learner's code back.
            code.replaceCode(step.solution);
            store().reveal(project, current, step.solution);
            runner.clearVerdict();
          }}
        >
          {t('reveal.body')}
        </ConfirmDialog>
      ) : null}
      {confirm === 'reset' ? (
        <ConfirmDialog
          title={t('reset.title')}
          confirmLabel={t('reset.confirm')}
          cancelLabel={t('reset.cancel')}
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            setConfirm(null);
            code.replaceCode(stepStart);
            code.focus();
          }}
        >
          {t('reset.body', { previous: current })}
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
