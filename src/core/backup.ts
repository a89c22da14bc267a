/**
 * One file with everything PyDojo keeps in the browser, for backup and for
 * moving to another browser. Importing can replace or merge; merging the
 * same file twice changes nothing.
 */
import * as z from 'zod/mini';
import { mergeDrafts } from './drafts';
import { HistoryState, mergeHistories, migrateHistory } from './history';
import { mergePacks, migratePacks, PacksState } from './packs';
import { mergeProgress } from './progress';
import { DraftsState, migrateDrafts } from './schemas/drafts';
import { migrateProgress, ProgressState } from './schemas/progress';
import { migrateSettings, Settings } from './schemas/settings';
import { countEvent, migrateStats, StatsState } from './stats';
import { AchievementsState, EMPTY_ACHIEVEMENTS, mergeAchievements, migrateAchievements } from './auto/achievements';
import { EMPTY_MASTERY, MasteryState, mergeMastery, migrateMastery } from './auto/mastery';
import { EMPTY_REVIEW, mergeReview, migrateReview, ReviewState } from './auto/review';
import { AutoRunsState, EMPTY_AUTO_RUNS, migrateAutoRuns } from './auto/run';
import { EMPTY_TUTOR, mergeTutor, migrateTutor, TutorState } from './tutor';
import { mergeUsage, migrateUsage, UsageState } from './usage';
import { EMPTY_LESSON_PROGRESS, mergeLessonProgress } from './lessons/progress';
import { LessonProgressState, migrateLessonProgress } from './schemas/lesson-progress';
import { ActiveTimeState, EMPTY_ACTIVE_TIME, mergeActiveTime, migrateActiveTime } from './time/active-time';
import { EMPTY_PROJECT_PROGRESS, mergeProjectProgress, migrateProjectProgress, ProjectProgressState } from './projects/progress';

/**
 * 2 added the learning model (mastery, reviews, badges, auto runs), tutor chats and AI usage;
 * 3 added lesson progress and active time; 4 added guided projects. Older files still import.
 */
export const BACKUP_VERSION = 4;
const READABLE_VERSIONS = [1, 2, 3, 4];

export const BackupData = z.object({
  progress: ProgressState,
  history: HistoryState,
  stats: StatsState,
  drafts: DraftsState,
  packs: PacksState,
  settings: Settings,
  mastery: z._default(MasteryState, EMPTY_MASTERY),
  reviews: z._default(ReviewState, EMPTY_REVIEW),
  achievements: z._default(AchievementsState, EMPTY_ACHIEVEMENTS),
  autoRuns: z._default(AutoRunsState, EMPTY_AUTO_RUNS),
  tutor: z._default(TutorState, EMPTY_TUTOR),
  usage: z._default(UsageState, { records: [] }),
  lessonProgress: z._default(LessonProgressState, EMPTY_LESSON_PROGRESS),
  activeTime: z._default(ActiveTimeState, EMPTY_ACTIVE_TIME),
  projectProgress: z._default(ProjectProgressState, EMPTY_PROJECT_PROGRESS),
});
export type BackupData = z.infer<typeof BackupData>;

export const Backup = z.object({
  format: z.literal('pydojo-backup'),
  version: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(BACKUP_VERSION)]),
  exportedAt: z.number(),
  data: BackupData,
});
export type Backup = z.infer<typeof Backup>;

export function makeBackup(data: BackupData, now: number): Backup {
  return { format: 'pydojo-backup', version: BACKUP_VERSION as 4, exportedAt: now, data };
}

/** Why a file is not a backup this PyDojo can read (put into words by the component). */
export type BackupProblem = { code: 'not-backup' } | { code: 'version'; version: string; supported: number };

/** Read a backup file leniently: each part that is valid is kept. */
export function readBackup(json: unknown): { backup: Backup; error: null } | { backup: null; error: BackupProblem } {
  const strict = Backup.safeParse(json);
  if (strict.success) return { backup: { ...strict.data, version: BACKUP_VERSION as 4 }, error: null };
  const source = json as { format?: unknown; version?: unknown; exportedAt?: unknown; data?: Record<string, unknown> } | null;
  if (!source || source.format !== 'pydojo-backup') return { backup: null, error: { code: 'not-backup' } };
  if (!READABLE_VERSIONS.includes(source.version as number)) return { backup: null, error: { code: 'version', version: String(source.version), supported: BACKUP_VERSION } };
  const data = source.data ?? {};
  return {
    backup: makeBackup(
      {
        progress: migrateProgress(data.progress),
        history: migrateHistory(data.history),
        stats: migrateStats(data.stats),
        drafts: migrateDrafts(data.drafts),
        packs: migratePacks(data.packs),
        settings: migrateSettings(data.settings),
        mastery: migrateMastery(data.mastery),
        reviews: migrateReview(data.reviews),
        achievements: migrateAchievements(data.achievements),
        autoRuns: migrateAutoRuns(data.autoRuns),
        tutor: migrateTutor(data.tutor),
        usage: migrateUsage(data.usage),
        lessonProgress: migrateLessonProgress(data.lessonProgress),
        activeTime: migrateActiveTime(data.activeTime),
        projectProgress: migrateProjectProgress(data.projectProgress),
      },
      typeof source.exportedAt === 'number' ? source.exportedAt : 0,
    ),
    error: null,
  };
}

/** Merge a backup into the current data, record by record. */
export function mergeBackup(current: BackupData, incoming: BackupData): BackupData {
  const history = mergeHistories(current.history, incoming.history);
  // Statistics are counted from events: count each event not counted yet.
  let stats = current.stats;
  for (const event of history.events) stats = countEvent(stats, event);
  return {
    progress: mergeProgress(current.progress, incoming.progress),
    history,
    stats,
    drafts: mergeDrafts(current.drafts, incoming.drafts),
    packs: mergePacks(current.packs, incoming.packs),
    settings: current.settings,
    mastery: mergeMastery(current.mastery, incoming.mastery),
    reviews: mergeReview(current.reviews, incoming.reviews),
    achievements: mergeAchievements(current.achievements, incoming.achievements),
    autoRuns: mergeRuns(current.autoRuns, incoming.autoRuns),
    tutor: mergeTutor(current.tutor, incoming.tutor),
    usage: mergeUsage(current.usage, incoming.usage),
    lessonProgress: mergeLessonProgress(current.lessonProgress, incoming.lessonProgress),
    activeTime: mergeActiveTime(current.activeTime, incoming.activeTime),
    projectProgress: mergeProjectProgress(current.projectProgress, incoming.projectProgress),
  };
}

/** Runs from both sides; for a run in both, the more recently updated copy. */
function mergeRuns(current: AutoRunsState, incoming: AutoRunsState): AutoRunsState {
  const runs = { ...incoming.runs };
  for (const [id, run] of Object.entries(current.runs)) if (!runs[id] || runs[id].updatedAt <= run.updatedAt) runs[id] = run;
  return { runs, activeId: current.activeId ?? incoming.activeId };
}
