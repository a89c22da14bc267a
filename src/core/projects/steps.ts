/**
 * A guided project step, seen by the grader, is an ordinary Problem: its
 * statement is the step's task and its tests are every test of this step and
 * of all earlier steps (so nothing that worked breaks unnoticed). Earlier
 * steps' tests keep calling their own step's function.
 */
import { checkProblem, type Grader } from '../pack-check';
import { judge, needsLoad, toGradeCases, type Verdict } from '../grading';
import type { Problem, TestCase } from '../schemas/problem';
import type { Project } from '../schemas/project';

/** The id a step is graded and remembered under: "project/step". */
export function stepKey(projectId: string, stepId: string): string {
  return `${projectId}/${stepId}`;
}

function ownTests(project: Project, index: number, label: boolean): TestCase[] {
  const step = project.steps[index];
  return step.tests.map((test, i): TestCase => {
    const name = test.name ?? `test ${i + 1}`;
    const named = label ? { ...test, name: `Step ${index + 1} · ${name}` } : { ...test, name };
    if ((test.kind === 'call' || test.kind === 'assert') && !test.function && step.entryPoint) {
      return { ...named, function: step.entryPoint } as TestCase;
    }
    return named as TestCase;
  });
}

/** Step `index` (0-based) as a Problem: this step's tests first, then the earlier steps'. */
export function stepProblem(project: Project, index: number): Problem {
  const step = project.steps[index];
  const earlier = project.steps.slice(0, index).flatMap((_, i) => ownTests(project, i, true));
  return {
    id: `${project.id}--${step.id}`,
    title: `${project.title} · ${index + 1}. ${step.title}`,
    statement: step.task,
    difficulty: project.difficulty,
    tags: [],
    entryPoint: step.entryPoint,
    starterCode: index === 0 ? project.starterCode : project.steps[index - 1].solution,
    solution: step.solution,
    tests: [...ownTests(project, index, false), ...earlier],
    compare: { tolerance: 1e-6, unordered: false },
    hints: step.hints,
    wrongSolutions: [],
    alternatives: [],
    timeLimitMs: step.timeLimitMs,
  };
}

/** How many of the step's tests are its own (they come first in stepProblem). */
export function ownTestCount(project: Project, index: number): number {
  return project.steps[index].tests.length;
}

/** The program a learner downloads: a header naming the project, then their code. */
export function programFile(project: Project, code: string): string {
  const header = `# ${project.title}, built step by step on PyDojo.\n`;
  return code.startsWith(header) ? code : header + '\n' + code.replace(/^\n+/, '');
}

export interface StepCheck {
  step: string;
  /** The step's reference passes its tests and every earlier step's. */
  reference: Verdict;
  /** The previous step's program (the starter code for step 1) against this step's own tests. */
  previous: Verdict;
  problems: string[];
}

export interface ProjectCheck {
  id: string;
  ok: boolean;
  steps: StepCheck[];
  /** Tests the final program runs: every step's. */
  totalTests: number;
  problems: string[];
}

/**
 * Verifies a project: each step's reference passes everything up to it, the
 * previous step's program fails at least one of this step's own tests (every
 * step demands something new), and the final program passes all tests.
 */
export async function checkProject(project: Project, grade: Grader, knownProjects: ReadonlySet<string>, knownLessons: ReadonlySet<string>): Promise<ProjectCheck> {
  const problems: string[] = [];
  for (const lesson of project.requires.lessons) {
    if (!knownLessons.has(lesson)) problems.push(`requires.lessons names "${lesson}", which is not a lesson of the curriculum`);
  }
  for (const other of project.requires.projects) {
    if (!knownProjects.has(other)) problems.push(`requires.projects names "${other}", which is not a project`);
  }
  const steps: StepCheck[] = [];
  for (let index = 0; index < project.steps.length; index++) {
    const problem = stepProblem(project, index);
    const check = await checkProblem(problem, grade);
    const own = { ...problem, tests: problem.tests.slice(0, ownTestCount(project, index)) };
    const previous = judge(own, await grade(problem.starterCode, toGradeCases(own), needsLoad(own)));
    const stepProblems = check.problems.map((p) => `step ${index + 1} (${project.steps[index].id}): ${p}`);
    if (previous.status === 'passed') {
      stepProblems.push(
        `step ${index + 1} (${project.steps[index].id}): the ${index === 0 ? 'starter code' : "previous step's reference"} already passes this step's own tests, so the step asks for nothing new`,
      );
    }
    steps.push({ step: project.steps[index].id, reference: check.reference, previous, problems: stepProblems });
    problems.push(...stepProblems);
  }
  const totalTests = project.steps.reduce((sum, step) => sum + step.tests.length, 0);
  return { id: project.id, ok: problems.length === 0, steps, totalTests, problems };
}
