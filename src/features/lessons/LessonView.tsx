import Link from 'next/link';
import type { ReactNode } from 'react';
import type { Lesson, LessonQuestion } from '@/core/schemas/lesson';
import { ProblemList } from '@/features/catalog';
import { InlineMarkdown, Markdown, Msg } from '@/features/shell';
import { BlocksPractice } from './BlocksPractice';
import { CodeBlock, HighlightedPython } from './CodeBlock';
import type { LessonPageData } from './data';
import { Diagram } from './Diagram';
import type { LessonKey } from './events';
import { ExampleRunner } from './ExampleRunner';
import { LessonCheck, type CheckQuestionView } from './LessonCheck';
import { LessonTracker, SectionEnd } from './LessonTracker';
import { LabelledNav, NoProblems, ShouldPrint } from './LessonWords';

/**
 * A lesson page. Rendered at build time: the explanation, code and mistakes
 * are static HTML; examples, diagrams and the check are small client islands.
 */

const H2 = 'text-xl font-semibold tracking-tight';
const LINK = 'text-brand-700 underline dark:text-brand-500';
/** The beginner part of the path, whose lessons offer "Try it with blocks". */
const BLOCK_MODULES: ReadonlySet<string> = new Set(['basics', 'control-flow']);

function questionView(question: LessonQuestion): CheckQuestionView {
  const why = (text: string) => <InlineMarkdown text={text} />;
  const base = { kind: question.kind, prompt: <InlineMarkdown text={question.prompt} />, answer: question.answer };
  switch (question.kind) {
    case 'predict':
      return {
        ...base,
        code: <CodeBlock code={question.code} />,
        choices: question.choices.map((c) => ({ content: <pre className="whitespace-pre-wrap break-words font-mono">{c.text}</pre>, why: why(c.why) })),
      };
    case 'fill':
      return {
        ...base,
        code: (
          <>
            <CodeBlock code={question.code} />
            <ShouldPrint expected={question.expected} />
          </>
        ),
        choices: question.choices.map((c) => ({ content: <code className="font-mono">{c.text}</code>, why: why(c.why) })),
      };
    case 'bug':
      return {
        ...base,
        code: (
          <>
            <CodeBlock code={question.code} numbered />
            <ShouldPrint expected={question.expected} />
          </>
        ),
        choices: question.choices.map((c) => ({
          content: (
            <span>
              <Msg k="lessons.LessonView.line" values={{ line: c.line }} /> → <code className="whitespace-pre-wrap font-mono">{c.text}</code>
            </span>
          ),
          why: why(c.why),
        })),
      };
  }
}

function LessonNav({ data }: { data: LessonPageData }) {
  return (
    <LabelledNav which="neighbours" className="flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4 text-sm dark:border-slate-800">
      {data.previous ? (
        <Link href={`/learn/${data.previous.stop.module}/${data.previous.stop.subtopic}`} className={LINK}>
          ← {data.previous.title}
        </Link>
      ) : (
        <span />
      )}
      {data.next ? (
        <Link href={`/learn/${data.next.stop.module}/${data.next.stop.subtopic}`} className={LINK} data-testid="next-lesson">
          <Msg k="lessons.LessonView.next" values={{ title: data.next.title }} />
        </Link>
      ) : null}
    </LabelledNav>
  );
}

export function LessonHeader({ data, title, goal }: { data: LessonPageData; title: string; goal: string | null }) {
  return (
    <header className="space-y-2">
      <LabelledNav which="breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/learn" className={LINK}>
          <Msg k="lessons.LessonView.learn" />
        </Link>{' '}
        › {data.stop.moduleName} · <Msg k="lessons.LessonView.position" values={{ number: data.stop.index + 1, total: data.total }} />
      </LabelledNav>
      <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
      {goal ? <p className="text-lg text-slate-700 dark:text-slate-300">{goal}</p> : null}
    </header>
  );
}

export function PracticeSection({ data }: { data: LessonPageData }) {
  return (
    <section aria-labelledby="practice-heading" className="space-y-3">
      <h2 id="practice-heading" className={H2}>
        <Msg k="lessons.PracticeSection.heading" />
      </h2>
      {data.problems.length > 0 ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            <Msg k="lessons.PracticeSection.intro" values={{ topic: data.stop.subtopicName }} />
          </p>
          <ProblemList problems={data.problems} />
        </>
      ) : (
        <NoProblems href={`/modules/${data.stop.module}`} moduleName={data.stop.moduleName} className={LINK} />
      )}
      {data.projects.length > 0 ? (
        <div className="space-y-1 pt-2" data-testid="lesson-projects">
          <h3 className="font-semibold"><Msg k="lessons.PracticeSection.projects" /></h3>
          <ul className="space-y-1 text-sm">
            {data.projects.map((p) => (
              <li key={p.id}>
                <Link href={`/projects/${p.id}`} className={LINK}>
                  {p.title}
                </Link>
                <span className="text-slate-600 dark:text-slate-400"> — {p.summary}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

/**
 * Help the page plugs in per section (the AI explanations): a node after the
 * section's text, and one under its example, where useExampleAttempt gives
 * the example's latest finished run.
 */
export interface LessonAssist {
  section(index: number): ReactNode;
  example(index: number): ReactNode;
}

export function LessonView({ data, lesson, assist }: { data: LessonPageData; lesson: Lesson; assist?: LessonAssist }) {
  const key = data.stop.id as LessonKey;
  return (
    <article className="mx-auto w-full max-w-3xl space-y-10 px-4 py-6 sm:px-6 lg:py-8" data-testid="lesson">
      <LessonTracker lesson={key} />
      <LessonHeader data={data} title={lesson.title} goal={lesson.goal} />

      {lesson.sections.map((section, i) => (
        <section key={i} aria-labelledby={`section-${i}`} className="space-y-4" data-testid="lesson-section">
          <h2 id={`section-${i}`} className={H2}>
            {section.heading}
          </h2>
          <Markdown source={section.body} />
          {section.example ? (
            <ExampleRunner
              lesson={key}
              section={i}
              code={section.example.code}
              stdin={section.example.stdin ?? []}
              heading={section.heading}
              highlighted={<HighlightedPython code={section.example.code} />}
              assist={assist?.example(i)}
            />
          ) : null}
          {section.diagram ? <Diagram source={section.diagram.mermaid} alt={section.diagram.alt} caption={section.diagram.caption} /> : null}
          {section.after ? <Markdown source={section.after} /> : null}
          {assist?.section(i)}
          <SectionEnd lesson={key} section={i} />
        </section>
      ))}

      {BLOCK_MODULES.has(data.stop.module) ? <BlocksPractice lesson={key} title={lesson.title} /> : null}

      <section aria-labelledby="mistakes-heading" className="space-y-4">
        <h2 id="mistakes-heading" className={H2}>
          <Msg k="lessons.LessonView.mistakes" />
        </h2>
        {lesson.mistakes.map((mistake, i) => (
          <div key={i} className="space-y-2 rounded-lg border border-slate-200 p-4 dark:border-slate-800" data-testid="mistake">
            <h3 className="font-semibold">{mistake.title}</h3>
            <CodeBlock code={mistake.code} />
            <div className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm dark:border-red-900/60 dark:bg-red-950/40">
              <p className="text-xs font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">{mistake.kind === 'raises' ? <Msg k="lessons.LessonView.pythonSays" /> : <Msg k="lessons.LessonView.itPrints" />}</p>
              <pre className="whitespace-pre-wrap break-words font-mono text-red-900 dark:text-red-200">{mistake.error}</pre>
            </div>
            <div className="text-sm">
              <p className="font-semibold">
                <Msg k="lessons.LessonView.fix" />
              </p>
              <Markdown source={mistake.fix} />
            </div>
          </div>
        ))}
      </section>

      <section aria-labelledby="real-world-heading" className="space-y-3">
        <h2 id="real-world-heading" className={H2}>
          <Msg k="lessons.LessonView.realWorld" />
        </h2>
        <Markdown source={lesson.realWorld} />
      </section>

      <section aria-labelledby="check-heading" className="space-y-3">
        <h2 id="check-heading" className={H2}>
          <Msg k="lessons.LessonView.check" />
        </h2>
        <LessonCheck lesson={key} questions={lesson.check.map(questionView)} />
      </section>

      <PracticeSection data={data} />
      <LessonNav data={data} />
    </article>
  );
}

/** The page of a lesson not written yet: what it will cover, and its problems meanwhile. */
export function PendingLesson({ data }: { data: LessonPageData }) {
  return (
    <article className="mx-auto w-full max-w-3xl space-y-8 px-4 py-6 sm:px-6 lg:py-8" data-testid="lesson-pending">
      <LessonHeader data={data} title={data.stop.subtopicName} goal={null} />
      <div className="rounded-lg border border-amber-300 bg-amber-50 p-4 dark:border-amber-800 dark:bg-amber-950/30">
        <p className="font-semibold">
          <Msg k="lessons.PendingLesson.title" />
        </p>
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          <Msg k="lessons.PendingLesson.body" values={{ topic: data.stop.subtopicName.toLowerCase() }} />
        </p>
      </div>
      {data.overview ? <Markdown source={data.overview} /> : null}
      <PracticeSection data={data} />
      <LessonNav data={data} />
    </article>
  );
}
