'use client';
import type { BackupData } from '@/core/backup';
import { EMPTY_PROGRESS } from '@/core/progress';
import { DEFAULT_SETTINGS } from '@/core/schemas/settings';
import { EMPTY_STATS } from '@/core/stats';
import { useDrafts } from '@/stores/drafts';
import { useHistory } from '@/stores/history';
import { usePacks } from '@/stores/packs';
import { useProgress } from '@/stores/progress';
import { useSettings } from '@/stores/settings';
import { useStats } from '@/stores/stats';

/** Everything the stores hold, as plain data. */
export function currentData(): BackupData {
  const progress = useProgress.getState();
  const stats = useStats.getState();
  const settings = useSettings.getState();
  return {
    progress: { problems: progress.problems, seen: progress.seen },
    history: { events: useHistory.getState().events },
    stats: { cells: stats.cells, days: stats.days, counted: stats.counted, firstAttemptAt: stats.firstAttemptAt },
    drafts: { drafts: useDrafts.getState().drafts },
    packs: { packs: usePacks.getState().packs },
    settings: {
      theme: settings.theme,
      runTimeLimitSec: settings.runTimeLimitSec,
      editorFontSize: settings.editorFontSize,
      aiModel: settings.aiModel,
      aiFallbacks: settings.aiFallbacks,
      aiDailyCap: settings.aiDailyCap,
    },
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
}

export const EMPTY_DATA: BackupData = {
  progress: EMPTY_PROGRESS,
  history: { events: [] },
  stats: EMPTY_STATS,
  drafts: { drafts: {} },
  packs: { packs: [] },
  settings: DEFAULT_SETTINGS,
};
