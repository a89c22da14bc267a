import { describe, expect, it } from 'vitest';
import {
  checkAnswered,
  checkPassed,
  completion,
  continueLearning,
  EMPTY_LESSON_PROGRESS,
  exampleRan,
  isComplete,
  learningSummary,
  lessonMilestones,
  lessonVisited,
  mergeLessonProgress,
  outlineOf,
  pathOrder,
  sectionRead,
  type LessonOutline,
} from './progress';
import { Lesson } from '../schemas/lesson';
import { migrateLessonProgress } from '../schemas/lesson-progress';

const outline = (id: string, sections = 3, examples = [0, 2]): LessonOutline => {
  const [module, subtopic] = id.split('/');
  return { id, module, subtopic, title: subtopic, sections, examples };
};
const PATH = [outline('basics/print'), outline('basics/variables'), outline('strings/indexing', 4, [1])];

describe('lesson progress', () => {
  it('records a visit, sections read, examples run and the check, once each', () => {
    let state = lessonVisited(EMPTY_LESSON_PROGRESS, 'basics/print', 100);
    state = sectionRead(state, 'basics/print', 1, 110);
    state = sectionRead(state, 'basics/print', 0, 120);
    const same = sectionRead(state, 'basics/print', 1, 130);
    expect(same).toBe(state);
    state = exampleRan(state, 'basics/print', 2, 140);
    state = exampleRan(state, 'basics/print', 2, 150);
    state = checkAnswered(state, 'basics/print', 160);
    state = checkAnswered(state, 'basics/print', 165);
    state = checkPassed(state, 'basics/print', 170);
    state = checkAnswered(state, 'basics/print', 180);
    expect(checkPassed(state, 'basics/print', 190)).toBe(state);
    state = lessonVisited(state, 'basics/print', 200);
    expect(state.lessons['basics/print']).toEqual({ startedAt: 100, visitedAt: 200, sectionsRead: [0, 1], examplesRun: [2], checkAnswers: 3, checkPassedAt: 170 });
    expect(isComplete(state.lessons['basics/print'])).toBe(true);
  });

  it('starts a lesson first seen through a section or an example', () => {
    const state = exampleRan(EMPTY_LESSON_PROGRESS, 'basics/variables', 0, 50);
    expect(state.lessons['basics/variables']).toMatchObject({ startedAt: 50, visitedAt: 50, examplesRun: [0] });
  });

  it('measures completion as sections, examples and the check, ignoring positions the lesson no longer has', () => {
    const lesson = outline('basics/print', 3, [0, 2]);
    expect(completion(undefined, lesson)).toEqual({ sectionsRead: 0, sections: 3, examplesRun: 0, examples: 2, checkPassed: false, share: 0 });
    let state = sectionRead(EMPTY_LESSON_PROGRESS, lesson.id, 0, 1);
    state = sectionRead(state, lesson.id, 7, 1);
    state = exampleRan(state, lesson.id, 1, 1); // section 1 has no example
    state = exampleRan(state, lesson.id, 2, 1);
    expect(completion(state.lessons[lesson.id], lesson)).toMatchObject({ sectionsRead: 1, examplesRun: 1, share: 2 / 6 });
    state = checkPassed(state, lesson.id, 2);
    expect(completion(state.lessons[lesson.id], lesson).share).toBe(1);
  });

  it('continues the lesson in progress visited last, else the next one after the furthest completed, else nothing', () => {
    expect(continueLearning(EMPTY_LESSON_PROGRESS, PATH)).toMatchObject({ outline: { id: 'basics/print' }, reason: 'first', visitedAt: null });

    let state = lessonVisited(EMPTY_LESSON_PROGRESS, 'basics/print', 10);
    state = lessonVisited(state, 'strings/indexing', 20);
    state = sectionRead(state, 'strings/indexing', 0, 25);
    expect(continueLearning(state, PATH)).toMatchObject({ outline: { id: 'strings/indexing' }, reason: 'in-progress', visitedAt: 20, completion: { sectionsRead: 1 } });
    state = lessonVisited(state, 'basics/print', 30);
    expect(continueLearning(state, PATH)?.outline.id).toBe('basics/print');

    state = checkPassed(state, 'basics/print', 40);
    state = checkPassed(state, 'strings/indexing', 50);
    // Both started lessons are complete: the path goes on after the furthest one... and wraps to the one skipped.
    expect(continueLearning(state, PATH)).toMatchObject({ outline: { id: 'basics/variables' }, reason: 'next' });

    state = checkPassed(state, 'basics/variables', 60);
    expect(continueLearning(state, PATH)).toBeNull();
  });

  it('offers the lesson after the last completed one, not an earlier one skipped', () => {
    const state = checkPassed(EMPTY_LESSON_PROGRESS, 'basics/variables', 10);
    expect(continueLearning(state, PATH)?.outline.id).toBe('strings/indexing');
  });

  it('ignores progress on lessons the path no longer has', () => {
    const state = lessonVisited(EMPTY_LESSON_PROGRESS, 'gone/away', 10);
    expect(continueLearning(state, PATH)).toMatchObject({ outline: { id: 'basics/print' }, reason: 'next' });
  });

  it('sums a path or a module', () => {
    let state = sectionRead(EMPTY_LESSON_PROGRESS, 'basics/print', 0, 1);
    state = exampleRan(state, 'basics/print', 0, 2);
    state = checkPassed(state, 'basics/print', 3);
    state = sectionRead(state, 'strings/indexing', 3, 4);
    expect(learningSummary(state, PATH)).toEqual({ lessons: 3, started: 2, completed: 1, sectionsRead: 2, examplesRun: 1 });
    expect(learningSummary(state, PATH.filter((o) => o.module === 'basics'))).toEqual({ lessons: 2, started: 1, completed: 1, sectionsRead: 1, examplesRun: 1 });
  });

  it('lists milestones, newest first', () => {
    let state = lessonVisited(EMPTY_LESSON_PROGRESS, 'basics/print', 10);
    state = checkPassed(state, 'basics/print', 30);
    state = lessonVisited(state, 'basics/variables', 20);
    expect(lessonMilestones(state)).toEqual([
      { lessonId: 'basics/print', kind: 'check-passed', at: 30 },
      { lessonId: 'basics/variables', kind: 'started', at: 20 },
      { lessonId: 'basics/print', kind: 'started', at: 10 },
    ]);
  });

  it('merges two copies lesson by lesson, and merging the same copy twice changes nothing', () => {
    let mine = lessonVisited(EMPTY_LESSON_PROGRESS, 'basics/print', 10);
    mine = sectionRead(mine, 'basics/print', 0, 11);
    mine = checkPassed(mine, 'basics/print', 50);
    let theirs = lessonVisited(EMPTY_LESSON_PROGRESS, 'basics/print', 5);
    theirs = sectionRead(theirs, 'basics/print', 2, 6);
    theirs = exampleRan(theirs, 'basics/print', 2, 7);
    theirs = checkPassed(theirs, 'basics/print', 40);
    theirs = lessonVisited(theirs, 'basics/print', 60);
    theirs = lessonVisited(theirs, 'basics/variables', 70);
    const once = mergeLessonProgress(mine, theirs);
    expect(once.lessons['basics/print']).toEqual({ startedAt: 5, visitedAt: 60, sectionsRead: [0, 2], examplesRun: [2], checkAnswers: 0, checkPassedAt: 40 });
    expect(Object.keys(once.lessons).sort()).toEqual(['basics/print', 'basics/variables']);
    expect(mergeLessonProgress(once, theirs)).toEqual(once);
    expect(mergeLessonProgress(theirs, mine)).toEqual(once);
  });

  it('migrates what it can read and drops the rest', () => {
    const good = sectionRead(EMPTY_LESSON_PROGRESS, 'basics/print', 1, 10);
    expect(migrateLessonProgress(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(migrateLessonProgress(undefined)).toEqual(EMPTY_LESSON_PROGRESS);
    expect(
      migrateLessonProgress({ lessons: { ...good.lessons, 'Not An Id': good.lessons['basics/print'], 'basics/bad': { startedAt: 'yesterday' }, 'basics/old': { startedAt: 3, visitedAt: 4 } } }),
    ).toEqual({ lessons: { ...good.lessons, 'basics/old': { startedAt: 3, visitedAt: 4, sectionsRead: [], examplesRun: [], checkAnswers: 0, checkPassedAt: null } } });
  });
});

describe('lesson outlines', () => {
  it('counts sections and the ones with an example, and orders lessons as the curriculum does', () => {
    const lesson = Lesson.parse({
      module: 'basics',
      subtopic: 'print',
      title: 'Printing',
      goal: 'Print text.',
      introduces: ['string', 'builtin:print'],
      sections: [
        { heading: 'A', body: 'Text.', example: { code: 'print("hi")', output: 'hi\n' } },
        { heading: 'B', body: 'More text.' },
        { heading: 'C', body: 'Again.', example: { code: 'print(1)', output: '1\n' } },
      ],
      mistakes: [{ title: 'Missing quote', code: 'print(hi)', error: "NameError: name 'hi' is not defined", fix: 'Quote it.' }],
      realWorld: 'Everywhere.',
      check: [
        { kind: 'predict', prompt: 'What prints?', code: 'print(2)', choices: [{ text: '2', why: 'yes' }, { text: '3', why: 'no' }], answer: 0 },
        { kind: 'predict', prompt: 'What prints?', code: 'print(3)', choices: [{ text: '2', why: 'no' }, { text: '3', why: 'yes' }], answer: 1 },
      ],
    });
    expect(outlineOf(lesson)).toEqual({ id: 'basics/print', module: 'basics', subtopic: 'print', title: 'Printing', sections: 3, examples: [0, 2] });

    const modules = [
      { id: 'basics', subtopics: [{ id: 'print' }, { id: 'variables' }] },
      { id: 'strings', subtopics: [{ id: 'indexing' }] },
    ];
    const shuffled = [outline('strings/indexing'), outline('zzz/extra'), outline('basics/variables'), outline('basics/print')];
    expect(pathOrder(shuffled, modules).map((o) => o.id)).toEqual(['basics/print', 'basics/variables', 'strings/indexing', 'zzz/extra']);
  });
});
