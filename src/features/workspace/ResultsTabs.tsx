'use client';
import dynamic from 'next/dynamic';
import { useEffect, useMemo, type ReactNode } from 'react';
import { useTranslations } from 'use-intl';
import { examples } from '@/core/grading';
import type { Problem } from '@/core/schemas/problem';
import { CoachPanel, preloadAiPanels, TutorPanel, type Coach } from '@/features/ai';
import { whenIdle } from '@/features/shell';
import { OutputPanel } from './OutputPanel';
import { Splitter } from './Splitter';
import { Tab, TabList, TabPanel, Tabs } from './Tabs';
import type { Runner } from './use-runner';

// The tests' results show after a first Submit or test run: their code loads
// when the browser is idle after the workspace has loaded, or when needed.
const loadTestResults = () => import('./TestResults');
const TestResults = dynamic(() => loadTestResults().then((module) => module.TestResults), { loading: () => null });

/** Output, tests, and (with a key) the AI coach and the tutor, below the editor. */
export function ResultsTabs({
  tab,
  onTab,
  share,
  onShare,
  runner,
  problem,
  topicLabel,
  getCode,
  coach,
  solved,
  solvedBefore,
  canExplain,
  onExplain,
  onGrade,
  extraTab,
}: {
  tab: string;
  onTab(tab: string): void;
  /** The editor's share of the column, in percent (the tabs take the rest). */
  share: number;
  onShare(share: number): void;
  runner: Runner;
  problem: Problem;
  topicLabel: string;
  getCode(): string;
  coach: Coach;
  solved: boolean;
  solvedBefore: boolean;
  canExplain: boolean;
  onExplain(): void;
  /** Grade only these tests (by index in the problem), without it counting as a Submit. */
  onGrade(tests: number[]): void;
  /** One more tab after Tests (the step-through visualiser); kept mounted while hidden. */
  extraTab?: { value: string; label: string; content: ReactNode };
}) {
  const t = useTranslations('workspace.ResultsTabs');
  const busy = runner.activity !== 'idle';
  useEffect(
    () =>
      whenIdle(() => {
        void loadTestResults().catch(() => undefined);
        if (coach.available) preloadAiPanels();
      }),
    [coach.available],
  );
  const visibleTests = useMemo(() => problem.tests.flatMap((test, index) => (test.hidden ? [] : [index])), [problem]);
  const calls = useMemo(() => examples(problem).flatMap((example) => (example.kind === 'call' ? [example.input] : [])), [problem]);
  const tabs = [
    ['output', t('output')],
    ['tests', runner.verdict ? t('testsCount', { passed: runner.verdict.passed, total: runner.verdict.total }) : t('tests')],
    ...(extraTab ? [[extraTab.value, extraTab.label]] : []),
    ...(coach.available
      ? [
          ['coach', t('coach')],
          ['tutor', t('tutor')],
        ]
      : []),
  ];
  return (
    <Tabs value={tab} onValueChange={onTab} className="flex min-h-[22rem] flex-col md:min-h-[260px] lg:min-h-0" style={{ flexGrow: 100 - share, flexBasis: 0 }}>
      <Splitter orientation="horizontal" value={share} onChange={onShare} label={t('resize')} />
      <TabList label={t('results')} className="flex gap-1 border-b border-slate-200 px-2 dark:border-slate-800">
        {tabs.map(([value, label]) => (
          <Tab
            key={value}
            value={value}
            className="border-b-2 border-transparent px-3 py-1.5 text-sm text-slate-600 data-[state=active]:border-brand-600 data-[state=active]:font-medium data-[state=active]:text-slate-900 dark:text-slate-400 dark:data-[state=active]:text-slate-100"
          >
            {label}
          </Tab>
        ))}
      </TabList>
      <TabPanel value="output" className="min-h-0 flex-1 outline-none">
        <OutputPanel
          segments={runner.segments}
          lastRun={runner.lastRun}
          prompt={runner.runtime.prompt}
          awaitingInput={runner.runtime.phase === 'awaiting-input'}
          inputAvailable={runner.runtime.isolated}
          onInput={runner.sendInput}
          onClear={runner.clear}
          timeLimitSec={runner.timeLimitSec}
          visibleTests={{ count: visibleTests.length, calls, onRun: busy || visibleTests.length === 0 ? undefined : () => onGrade(visibleTests) }}
        />
      </TabPanel>
      <TabPanel value="tests" className="min-h-0 flex-1 overflow-y-auto outline-none">
        <TestResults
          verdict={runner.verdict}
          ran={runner.gradedTests}
          grading={runner.activity === 'grading'}
          problem={problem}
          solvedBefore={solvedBefore}
          onRunOne={busy ? undefined : (index) => onGrade([index])}
        />
      </TabPanel>
      {extraTab ? (
        <TabPanel value={extraTab.value} keepMounted className="min-h-0 flex-1 overflow-y-auto outline-none data-[state=inactive]:hidden">
          {extraTab.content}
        </TabPanel>
      ) : null}
      {coach.available ? (
        <>
          <TabPanel value="coach" className="min-h-0 flex-1 overflow-y-auto outline-none">
            <CoachPanel coach={coach} hasVerdict={runner.verdict !== null} canExplain={canExplain} solved={solved || solvedBefore} onExplain={onExplain} />
          </TabPanel>
          <TabPanel value="tutor" className="flex min-h-0 flex-1 flex-col outline-none data-[state=inactive]:hidden">
            <TutorPanel problem={problem} topicLabel={topicLabel} getCode={getCode} verdict={runner.verdict} />
          </TabPanel>
        </>
      ) : null}
    </Tabs>
  );
}
