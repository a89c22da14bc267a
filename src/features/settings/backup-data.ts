'use client';
import type { BackupData } from '@/core/backup';
import { EMPTY_PROGRESS } from '@/core/progress';
import { DEFAULT_SETTINGS } from '@/core/settings';
import { EMPTY_STATS } from '@/core/stats';
import { useDrafts } from '@/stores/drafts';
import { useHistory } from '@/stores/history';
import { usePacks } from '@/stores/packs';
import { useProgress } from '@/stores/progress';
import { useSettings } from '@/stores/settings';
import { useStats } from '@/stores/stats';
import { useAchievements } from '@/stores/achievements';
import { useAutoRuns } from '@/stores/auto-runs';
import { useMastery } from '@/stores/mastery';
import { useReviews } from '@/stores/reviews';
import { useTutor } from '@/stores/tutor';
import { useUsage } from '@/stores/usage';
import { useLessonProgress } from '@/stores/lesson-progress';
import { useActiveTime } from '@/stores/active-time';
import { useProjectProgress } from '@/stores/project-progress';
import { EMPTY_PROJECT_PROGRESS } from '@/core/projects/progress';
import { EMPTY_LESSON_PROGRESS } from '@/core/lessons/progress';
import { EMPTY_ACTIVE_TIME } from '@/core/time/active-time';
import { EMPTY_ACHIEVEMENTS } from '@/core/auto/achievements';
import { EMPTY_MASTERY } from '@/core/auto/mastery';
import { EMPTY_REVIEW } from '@/core/auto/review';
import { EMPTY_AUTO_RUNS } from '@/core/auto/run';
import { EMPTY_TUTOR } from '@/core/tutor';

/** Everything the stores hold, as plain data. */
export function currentData(): BackupData {
  const progress = useProgress.getState();
  const stats = useStats.getState();
  const settings = useSettings.getState();
  return {
    progress: { problems: progress.problems, seen: progress.seen },
    history: { events: useHistory.getState().events },
    stats: { cells: stats.cells, days: stats.days, counted: stats.counted },
    drafts: { drafts: useDrafts.getState().drafts },
    packs: { packs: usePacks.getState().packs },
    settings: {
      theme: settings.theme,
      language: settings.language,
      runTimeLimitSec: settings.runTimeLimitSec,
      editorFontSize: settings.editorFontSize,
      aiModel: settings.aiModel,
      aiFallbacks: settings.aiFallbacks,
      aiDailyCap: settings.aiDailyCap,
    },
    mastery: { skills: useMastery.getState().skills },
    reviews: { cards: useReviews.getState().cards, reviewsDone: useReviews.getState().reviewsDone },
    achievements: { earned: useAchievements.getState().earned, celebrated: useAchievements.getState().celebrated },
    autoRuns: { runs: useAutoRuns.getState().runs, activeId: useAutoRuns.getState().activeId },
    tutor: { threads: useTutor.getState().threads },
    usage: { records: useUsage.getState().records },
    lessonProgress: { lessons: useLessonProgress.getState().lessons },
    activeTime: { devices: useActiveTime.getState().devices },
    projectProgress: { projects: useProjectProgress.getState().projects },
  };
}

/** Put data into the stores (each saves itself). */
export function applyData(data: BackupData): void {
  useProgress.setState(data.progress);
  useHistory.setState(data.history);
  useStats.setState(data.stats);
  useDrafts.setState(data.drafts);
  usePacks.setState(data.packs);
  useSettings.setState(data.settings);
  useMastery.setState(data.mastery);
  useReviews.setState(data.reviews);
  useAchievements.setState(data.achievements);
  useAutoRuns.setState(data.autoRuns);
  useTutor.setState(data.tutor);
  useUsage.setState(data.usage);
  useLessonProgress.setState(data.lessonProgress);
  // This browser keeps its own id: only the time is replaced.
  useActiveTime.setState(data.activeTime);
  useProjectProgress.setState(data.projectProgress);
}

export const EMPTY_DATA: BackupData = {
  progress: EMPTY_PROGRESS,
  history: { events: [] },
  stats: EMPTY_STATS,
  drafts: { drafts: {} },
  packs: { packs: [] },
  settings: DEFAULT_SETTINGS,
  mastery: EMPTY_MASTERY,
  reviews: EMPTY_REVIEW,
  achievements: EMPTY_ACHIEVEMENTS,
  autoRuns: EMPTY_AUTO_RUNS,
  tutor: EMPTY_TUTOR,
  usage: { records: [] },
  lessonProgress: EMPTY_LESSON_PROGRESS,
  activeTime: EMPTY_ACTIVE_TIME,
  projectProgress: EMPTY_PROJECT_PROGRESS,
};
