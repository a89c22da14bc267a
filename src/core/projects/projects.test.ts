import { describe, expect, it } from 'vitest';
import { Project, type ProjectInput } from '../schemas/project';
import { layoutGraph, projectCycle, projectStatus } from './graph';
import {
  EMPTY_PROJECT_PROGRESS,
  finishedAt,
  lastUnlocked,
  migrateProjectProgress,
  openStep,
  projectEvents,
  recordCheck,
  revealStep,
  saveBlocks,
  startProject,
  stepsDone,
} from './progress';
import { programFile, stepProblem } from './steps';

const input: ProjectInput = {
  format: 'pydojo-project',
  version: 1,
  id: 'adder',
  title: 'Adder',
  summary: 'Adds numbers.',
  description: 'Adds.',
  difficulty: 'beginner',
  estimatedMinutes: 20,
  fileName: 'adder.py',
  requires: { lessons: ['basics/integer-arithmetic'] },
  starterCode: '# Start here\n',
  interactive: true,
  steps: ['one', 'two', 'three', 'four', 'five'].map((id, i) => ({
    id,
    title: `Step ${id}`,
    task: 'Do it.',
    newIdea: 'An idea.',
    entryPoint: i < 2 ? `f${i}` : undefined,
    tests: i < 2 ? [{ kind: 'call', args: [i], expected: i }] : [{ kind: 'io', name: 'echo', stdin: `${i}\n`, expected: `${i}\n` }],
    hints: ['Think.'],
    solution: `# after step ${i + 1}\n`,
  })),
};
const project = Project.parse(input);

describe('a project step as a problem', () => {
  it('runs its own tests first, then every earlier step’s, each earlier call still calling its own function', () => {
    const problem = stepProblem(project, 2);
    expect(problem.tests.map((t) => t.name)).toEqual(['echo', 'Step 1 · test 1', 'Step 2 · test 1']);
    expect(problem.tests.slice(1).map((t) => (t.kind === 'call' ? t.function : null))).toEqual(['f0', 'f1']);
    expect(problem.starterCode).toBe('# after step 2\n');
    expect(stepProblem(project, 0).starterCode).toBe('# Start here\n');
  });

  it('names the downloaded program once', () => {
    const file = programFile(project, 'print(1)\n');
    expect(file).toBe('# Adder, built step by step on PyDojo.\n\nprint(1)\n');
    expect(programFile(project, file)).toBe(file);
  });

  it('rejects a project whose call tests have no function to call, or that requires itself', () => {
    const bad = { ...input, requires: { lessons: ['basics/integer-arithmetic'], projects: ['adder'] }, steps: input.steps.map((s) => ({ ...s, entryPoint: undefined })) };
    const issues = Project.safeParse(bad).error?.issues.map((i) => i.message) ?? [];
    expect(issues).toContain('needs the step to name an entryPoint');
    expect(issues).toContain('a project cannot require itself');
  });
});

describe('project progress', () => {
  const started = startProject(EMPTY_PROJECT_PROGRESS, project, 100);

  it('unlocks a step when the one before it passes, and not on a failed check', () => {
    expect(lastUnlocked(project, started.projects.adder)).toBe(0);
    const failed = recordCheck(started, project, 0, false, 110);
    expect(lastUnlocked(project, failed.projects.adder)).toBe(0);
    expect(failed.projects.adder.steps.one.checks).toBe(1);
    const passed = recordCheck(failed, project, 0, true, 120);
    expect(lastUnlocked(project, passed.projects.adder)).toBe(1);
    expect(openStep(passed, project, 1).projects.adder.current).toBe(1);
    expect(openStep(passed, project, 3)).toBe(passed);
  });

  it('counts a revealed step as done, takes its reference as the code, and finishes with the last step', () => {
    let state = started;
    project.steps.forEach((_, i) => {
      state = i % 2 ? revealStep(state, project, i, `# ref ${i}`, 200 + i) : recordCheck(state, project, i, true, 200 + i);
    });
    const p = state.projects.adder;
    expect(stepsDone(project, p)).toBe(5);
    expect(p.code).toBe('# ref 3');
    expect(finishedAt(project, p)).toBe(204);
    expect(projectEvents(state, [project]).map((e) => e.kind)).toEqual(['finished', 'passed', 'revealed', 'passed', 'revealed', 'passed', 'started']);
  });

  it('keeps a block program with its Python until the learner leaves blocks or reveals a step', () => {
    const inBlocks = saveBlocks(started, 'adder', 'print(1)\n', '{"blocks":{}}', 130);
    expect(inBlocks.projects.adder).toMatchObject({ code: 'print(1)\n', blocks: '{"blocks":{}}', updatedAt: 130 });
    expect(saveBlocks(inBlocks, 'adder', 'print(1)\n', '{"blocks":{}}', 140)).toBe(inBlocks);
    expect(saveBlocks(inBlocks, 'adder', 'print(1)\n', null, 150).projects.adder.blocks).toBeNull();
    expect(revealStep(inBlocks, project, 0, '# ref', 160).projects.adder).toMatchObject({ code: '# ref', blocks: null });
    expect(saveBlocks(EMPTY_PROJECT_PROGRESS, 'adder', 'x', '{}', 1)).toBe(EMPTY_PROJECT_PROGRESS);
  });

  it('reads a record saved before block programs as text', () => {
    const { blocks: _dropped, ...older } = started.projects.adder;
    expect(migrateProjectProgress({ projects: { adder: older } }).projects.adder.blocks).toBeNull();
  });

  it('keeps the valid projects of a damaged record and drops the rest', () => {
    const damaged = { projects: { adder: started.projects.adder, broken: { code: 42 }, 'Bad Id': started.projects.adder } };
    expect(Object.keys(migrateProjectProgress(damaged).projects)).toEqual(['adder']);
    expect(migrateProjectProgress('nonsense')).toEqual(EMPTY_PROJECT_PROGRESS);
  });
});

describe('the prerequisite graph', () => {
  const a = { id: 'a', requires: { lessons: ['basics/x'], projects: [] } };
  const b = { id: 'b', requires: { lessons: ['lists/y', 'basics/z'], projects: ['a'] } };
  const c = { id: 'c', requires: { lessons: ['lists/y'], projects: ['b'] } };

  it('finds a circle of requirements', () => {
    expect(projectCycle([a, b, c])).toBeNull();
    expect(projectCycle([{ ...a, requires: { lessons: [], projects: ['c'] } }, b, c])).toEqual(['a', 'c', 'b', 'a']);
  });

  it('puts each project one column right of the deepest project it requires', () => {
    const d = { id: 'd', requires: { lessons: ['basics/x'], projects: [] } };
    const { nodes, edges, columns, rows } = layoutGraph([a, b, c, d]);
    expect(nodes.map((n) => `${n.id}@${n.column}.${n.row}`)).toEqual(['a@0.0', 'b@1.0', 'c@2.0', 'd@0.1']);
    expect(edges).toEqual([
      { from: 'a', to: 'b' },
      { from: 'b', to: 'c' },
    ]);
    expect([columns, rows]).toEqual([3, 2]);
  });

  it('is locked until its lessons and projects are done, open then, and done when finished', () => {
    const none = () => false;
    expect(projectStatus(b, none, none, false)).toEqual({ state: 'locked', missingLessons: ['lists/y', 'basics/z'], missingProjects: ['a'] });
    expect(projectStatus(b, () => true, (id) => id === 'a', false).state).toBe('open');
    expect(projectStatus(b, none, none, true).state).toBe('started');
    expect(projectStatus(b, none, (id) => id === 'b', true).state).toBe('done');
  });
});
