/**
 * One file with everything PyDojo keeps in the browser, for backup and for
 * moving to another browser. Importing can replace or merge; merging the
 * same file twice changes nothing.
 */
import { z } from 'zod';
import { DraftsState, mergeDrafts, migrateDrafts } from './drafts';
import { HistoryState, mergeHistories, migrateHistory } from './history';
import { mergePacks, migratePacks, PacksState } from './packs';
import { mergeProgress, migrateProgress, ProgressState } from './progress';
import { Settings } from './schemas/settings';
import { migrateSettings } from './settings';
import { countEvent, migrateStats, StatsState } from './stats';

export const BACKUP_VERSION = 1;

export const BackupData = z.object({
  progress: ProgressState,
  history: HistoryState,
  stats: StatsState,
  drafts: DraftsState,
  packs: PacksState,
  settings: Settings,
});
export type BackupData = z.infer<typeof BackupData>;

export const Backup = z.object({
  format: z.literal('pydojo-backup'),
  version: z.literal(BACKUP_VERSION),
  exportedAt: z.number(),
  data: BackupData,
});
export type Backup = z.infer<typeof Backup>;

export function makeBackup(data: BackupData, now: number): Backup {
  return { format: 'pydojo-backup', version: BACKUP_VERSION, exportedAt: now, data };
}

/** Read a backup file leniently: each part that is valid is kept. */
export function readBackup(json: unknown): { backup: Backup | null; error: string | null } {
  const strict = Backup.safeParse(json);
  if (strict.success) return { backup: strict.data, error: null };
  const source = json as { format?: unknown; version?: unknown; exportedAt?: unknown; data?: Record<string, unknown> } | null;
  if (!source || source.format !== 'pydojo-backup') return { backup: null, error: 'This is not a PyDojo backup file (format must be "pydojo-backup").' };
  if (source.version !== BACKUP_VERSION) return { backup: null, error: `This backup is version ${String(source.version)}; this PyDojo reads version ${BACKUP_VERSION}.` };
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
  };
}
