import { createTranslator } from 'use-intl';
import { describe, expect, it } from 'vitest';
import en from '../../../data/messages/en/dashboard.json';
import ja from '../../../data/messages/ja/dashboard.json';
import { HistoryEvent } from '@/core/history';
import { checkPassed, completion, EMPTY_LESSON_PROGRESS, exampleRan, lessonMilestones, lessonVisited, sectionRead, type LessonOutline } from '@/core/lessons/progress';
import { countEvent, EMPTY_STATS } from '@/core/stats';
import { activeTime, addSpans, EMPTY_ACTIVE_TIME } from '@/core/time/active-time';
import { completionWords, lessonHref, lessonTitle, recentItems, timeByDay, type CompletionWords } from './learning';

/** The words of `dashboard.ContinueLearning.completion` in a language, as the dashboard passes them. */
function words(locale: 'en' | 'ja', dashboard: typeof en): CompletionWords {
  const t = createTranslator({ locale, messages: { dashboard }, namespace: 'dashboard.ContinueLearning.completion' });
  return (key, values) => t(key, values);
}

const outline: LessonOutline = { id: 'dicts/counting', module: 'dicts', subtopic: 'counting', title: 'Counting with a dict', sections: 4, examples: [0, 1, 3] };

describe('lessons on the dashboard', () => {
  it('links a lesson and says how far the learner is', () => {
    expect(lessonHref(outline)).toBe('/learn/dicts/counting');
    let state = sectionRead(EMPTY_LESSON_PROGRESS, outline.id, 0, 1);
    state = sectionRead(state, outline.id, 1, 2);
    state = exampleRan(state, outline.id, 0, 3);
    expect(completionWords(completion(state.lessons[outline.id], outline), words('en', en))).toBe('2 of 4 sections read · 1 of 3 examples run · check not passed yet');
    expect(completionWords(completion(state.lessons[outline.id], outline), words('ja', ja))).toBe('4 セクション中 2 を読了 · 例 3 個中 1 個を実行 · 確認問題は未合格');
    state = checkPassed(state, outline.id, 4);
    expect(completionWords(completion(state.lessons[outline.id], { ...outline, sections: 1, examples: [] }), words('en', en))).toBe('1 of 1 section read · check passed');
  });

  it('puts attempts and lesson milestones in one newest-first list', () => {
    const submit = HistoryEvent.parse({ id: 'e1', kind: 'submit', problemId: 'p', problemTitle: 'P', module: 'dicts', difficulty: 'beginner', at: 20, passed: true });
    let state = lessonVisited(EMPTY_LESSON_PROGRESS, outline.id, 10);
    state = checkPassed(state, outline.id, 30);
    state = lessonVisited(state, 'gone/lesson-name', 5);
    const items = recentItems([submit], lessonMilestones(state), [outline], 3);
    expect(items.map((i) => (i.kind === 'attempt' ? i.event.id : `${i.milestone.lessonId}:${i.milestone.kind}`))).toEqual(['dicts/counting:check-passed', 'e1', 'dicts/counting:started']);
    expect(recentItems([submit], lessonMilestones(state), [outline], 10).at(-1)).toMatchObject({ kind: 'lesson', lesson: null });
    expect(lessonTitle(null, 'gone/lesson-name')).toBe('Lesson name');
    expect(lessonTitle(outline, outline.id)).toBe('Counting with a dict');
  });

  it('lines up active time and run time per day', () => {
    const day = Date.parse('2026-03-02T10:00:00Z');
    const time = activeTime(
      addSpans(
        EMPTY_ACTIVE_TIME,
        'b',
        [
          { context: { kind: 'lesson', id: outline.id }, start: day, end: day + 120_000 },
          { context: { kind: 'problem', id: 'p' }, start: day + 200_000, end: day + 260_000 },
        ],
        () => 0,
      ),
    );
    const stats = countEvent(EMPTY_STATS, HistoryEvent.parse({ id: 'r', kind: 'run', problemId: 'p', problemTitle: 'P', module: 'dicts', difficulty: 'beginner', at: day, durationMs: 1_500 }), 0);
    expect(timeByDay(time, stats, ['2026-03-01', '2026-03-02'])).toEqual([
      { day: '2026-03-01', learnMs: 0, practiseMs: 0, runMs: 0 },
      { day: '2026-03-02', learnMs: 120_000, practiseMs: 60_000, runMs: 1_500 },
    ]);
  });
});
