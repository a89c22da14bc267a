import { describe, expect, it } from 'vitest';
import { Backup, makeBackup, mergeBackup, readBackup, type BackupData } from './backup';
import { HistoryEvent } from './history';
import { EMPTY_PROGRESS, opened, submitted } from './progress';
import { DEFAULT_SETTINGS } from './settings';
import { countEvent, EMPTY_STATS, summaryFor } from './stats';
import { checkPassed, EMPTY_LESSON_PROGRESS, lessonVisited, sectionRead } from './lessons/progress';
import { activeTime, addSpans, EMPTY_ACTIVE_TIME } from './time/active-time';
import { EMPTY_PROJECT_PROGRESS, finishedAt, recordCheck, revealStep, startProject } from './projects/progress';

function event(id: string, problemId: string, at: number, passed: boolean) {
  return HistoryEvent.parse({ id, kind: 'submit', problemId, problemTitle: problemId, module: 'm', difficulty: 'beginner', at, passed, testsPassed: passed ? 3 : 1, testsTotal: 3 });
}

function data(events: ReturnType<typeof event>[]): BackupData {
  let progress = EMPTY_PROGRESS;
  let stats = EMPTY_STATS;
  for (const e of events) {
    progress = submitted(opened(progress, e.problemId, `fp-${e.problemId}`, e.at - 10), e.problemId, Boolean(e.passed), e.at);
    stats = countEvent(stats, e, 0);
  }
  return {
    progress,
    history: { events },
    stats,
    drafts: { drafts: {} },
    packs: { packs: [] },
    settings: DEFAULT_SETTINGS,
    mastery: { skills: {} },
    reviews: { cards: {}, reviewsDone: 0 },
    achievements: { earned: {}, celebrated: [] },
    autoRuns: { runs: {}, activeId: null },
    tutor: { threads: {} },
    usage: { records: [] },
    lessonProgress: EMPTY_LESSON_PROGRESS,
    activeTime: EMPTY_ACTIVE_TIME,
    projectProgress: EMPTY_PROJECT_PROGRESS,
  };
}

describe('backups', () => {
  const mine = data([event('a', 'p1', 1_000, true)]);
  const theirs = data([event('b', 'p2', 2_000, false), event('c', 'p2', 3_000, true)]);

  it('round-trips through JSON and the schema', () => {
    const backup = makeBackup(mine, 42);
    expect(Backup.parse(JSON.parse(JSON.stringify(backup)))).toEqual(backup);
  });

  it('merges record by record, and merging the same backup twice changes nothing', () => {
    const once = mergeBackup(mine, theirs);
    expect(summaryFor(once.stats).problemsSolved).toBe(2);
    expect(once.history.events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(once.progress.problems).sort()).toEqual(['p1', 'p2']);
    expect(mergeBackup(once, theirs)).toEqual(once);
  });

  it('rejects files that are not backups, with a reason', () => {
    expect(readBackup({ format: 'something' }).error).toEqual({ code: 'not-backup' });
    expect(readBackup({ format: 'pydojo-backup', version: 99 }).error).toEqual({ code: 'version', version: '99', supported: 4 });
  });

  it('keeps the valid parts of a damaged backup', () => {
    const backup = makeBackup(mine, 42) as unknown as { data: Record<string, unknown> };
    backup.data.history = { events: [{ nonsense: true }] };
    const { backup: read } = readBackup(backup);
    expect(read?.data.history.events).toEqual([]);
    expect(read?.data.progress).toEqual(mine.progress);
  });

  it('imports a version 1 file, which has no learning model, tutor or usage', () => {
    const fresh = data([event('a', 'p1', 1_000, true)]);
    const v1 = { format: 'pydojo-backup', version: 1, exportedAt: 5, data: { ...fresh, mastery: undefined, reviews: undefined, achievements: undefined, autoRuns: undefined, tutor: undefined, usage: undefined } };
    const { backup, error } = readBackup(JSON.parse(JSON.stringify(v1)));
    expect(error).toBeNull();
    expect(backup?.version).toBe(4);
    expect(backup?.data.progress).toEqual(fresh.progress);
    expect(backup?.data.mastery).toEqual({ skills: {} });
    expect(backup?.data.autoRuns).toEqual({ runs: {}, activeId: null });
    expect(backup?.data.lessonProgress).toEqual({ lessons: {} });
    expect(backup?.data.activeTime).toEqual({ devices: {} });
  });

  it('imports a version 2 file, which has no lesson progress or active time', () => {
    const fresh = data([event('a', 'p1', 1_000, true)]);
    const v2 = { format: 'pydojo-backup', version: 2, exportedAt: 5, data: { ...fresh, lessonProgress: undefined, activeTime: undefined } };
    const { backup, error } = readBackup(JSON.parse(JSON.stringify(v2)));
    expect(error).toBeNull();
    expect(backup?.version).toBe(4);
    expect(backup?.data.mastery).toEqual(fresh.mastery);
    expect(backup?.data.lessonProgress).toEqual({ lessons: {} });
  });

  it('imports a version 3 file, which has no projects, and keeps project progress through export, import and merge', () => {
    const fresh = data([]);
    const v3 = { format: 'pydojo-backup', version: 3, exportedAt: 5, data: { ...fresh, projectProgress: undefined } };
    expect(readBackup(JSON.parse(JSON.stringify(v3))).backup?.data.projectProgress).toEqual({ projects: {} });

    const project = { id: 'guess', starterCode: '# start', steps: [{ id: 'one' }, { id: 'two' }] };
    const laptop = { ...fresh, projectProgress: recordCheck(startProject(EMPTY_PROJECT_PROGRESS, project, 10), project, 0, true, 20) };
    const phone = { ...fresh, projectProgress: revealStep(startProject(EMPTY_PROJECT_PROGRESS, project, 15), project, 1, 'print(1)', 30) };
    const exported = readBackup(JSON.parse(JSON.stringify(makeBackup(laptop, 40)))).backup;
    expect(exported?.data.projectProgress).toEqual(laptop.projectProgress);
    const merged = mergeBackup(laptop, phone).projectProgress.projects.guess;
    expect(merged.steps.one.passedAt).toBe(20);
    expect(merged.steps.two.revealedAt).toBe(30);
    expect(finishedAt(project, merged)).toBe(30);
    expect(merged.code).toBe('print(1)');
    expect(mergeBackup(mergeBackup(laptop, phone), phone).projectProgress).toEqual(mergeBackup(laptop, phone).projectProgress);
  });

  it('keeps lesson progress and active time through export and import, and merges them without counting twice', () => {
    const minute = 60_000;
    const span = (id: string, start: number, minutes: number) => ({ context: { kind: 'lesson' as const, id }, start, end: start + minutes * minute });
    const day = Date.parse('2026-03-02T09:00:00Z');
    let lessons = lessonVisited(EMPTY_LESSON_PROGRESS, 'basics/print', day);
    lessons = sectionRead(lessons, 'basics/print', 0, day + minute);
    lessons = checkPassed(lessons, 'basics/print', day + 5 * minute);
    const laptop = { ...data([]), lessonProgress: lessons, activeTime: addSpans(EMPTY_ACTIVE_TIME, 'laptop', [span('basics/print', day, 5)], () => 0) };
    const { backup } = readBackup(JSON.parse(JSON.stringify(makeBackup(laptop, 9))));
    expect(backup?.data.lessonProgress).toEqual(lessons);
    expect(backup?.data.activeTime).toEqual(laptop.activeTime);

    const phone = { ...data([]), activeTime: addSpans(EMPTY_ACTIVE_TIME, 'phone', [span('basics/variables', day + 3_600_000, 2)], () => 0) };
    const merged = mergeBackup(phone, laptop);
    expect(merged.lessonProgress).toEqual(lessons);
    expect(activeTime(merged.activeTime).totalMs).toBe(7 * minute);
    expect(mergeBackup(merged, laptop)).toEqual(merged);
    expect(mergeBackup(merged, phone)).toEqual(merged);
  });

  it('merges the learning model and keeps the newer copy of a run', () => {
    const run = (name: string, updatedAt: number) => ({
      id: 'r',
      name,
      createdAt: 1,
      updatedAt,
      newLearner: false,
      scope: [],
      current: null,
      queue: [],
      pending: [],
      history: [],
      levels: {},
      overrides: [],
    });
    const a = { ...data([event('a', 'p1', 1_000, true)]), autoRuns: { runs: { r: run('old', 5) }, activeId: null }, achievements: { earned: { 'first-solve': 3 }, celebrated: [] } };
    const b = { ...data([event('b', 'p2', 2_000, false)]), autoRuns: { runs: { r: run('new', 9) }, activeId: 'r' }, mastery: { skills: { 'm/s/t': { rating: 900, attempts: 1, lastAt: 2 } } } };
    const merged = mergeBackup(a, b);
    expect(merged.autoRuns.runs.r.name).toBe('new');
    expect(merged.achievements.earned['first-solve']).toBe(3);
    expect(merged.mastery.skills['m/s/t'].rating).toBe(900);
    expect(mergeBackup(merged, b)).toEqual(merged);
  });
});
