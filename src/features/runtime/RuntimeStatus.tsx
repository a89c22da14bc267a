'use client';
import type { BootProfile } from '@/core/python/protocol';
import { useRuntimeSnapshot } from './RuntimeProvider';

/** One line per boot step, for the load time's tooltip. */
function describeBoot(boot: BootProfile): string {
  const heading = boot.from === 'snapshot' ? 'Started from a memory snapshot kept on this device:' : 'Started from scratch:';
  return [heading, ...boot.steps.map(([step, ms]) => `${step}: ${ms} ms`)].join('\n');
}

const STAGE_TEXT = { download: 'Downloading Python', start: 'Starting Python', harness: 'Preparing tests' } as const;
const RESTART_TEXT = {
  unresponsive: 'Python did not respond to Stop, so it was restarted.',
  fatal: 'Python crashed (stack overflow or out of memory) and was restarted.',
  'not-isolated': 'Python was restarted to stop the program.',
} as const;

/** The runtime status bar: loading progress → ready, Python version, load time. */
export function RuntimeStatus() {
  const s = useRuntimeSnapshot();
  const ready = s.phase === 'idle' || s.phase === 'running' || s.phase === 'awaiting-input';
  const loading = s.phase === 'loading' || s.phase === 'restarting';
  let label: string;
  if (s.phase === 'failed') label = `Python failed to load: ${s.error ?? 'unknown error'}`;
  else if (loading) label = `${s.phase === 'restarting' ? 'Restarting Python' : s.stage ? STAGE_TEXT[s.stage] : 'Loading Python'}… ${Math.round(s.progress * 100)}%`;
  else if (s.phase === 'running') label = 'Running…';
  else if (s.phase === 'awaiting-input') label = 'Waiting for input';
  else label = 'Ready';

  return (
    <div
      className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 bg-slate-50 px-3 py-1.5 text-xs text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
      data-testid="runtime-status"
      data-phase={s.phase}
    >
      <span role="status" aria-live="polite" className="flex items-center gap-2">
        <span
          aria-hidden="true"
          className={
            'inline-block size-2 rounded-full ' +
            (s.phase === 'failed' ? 'bg-red-500' : ready ? (s.phase === 'idle' ? 'bg-brand-500' : 'bg-amber-500') : 'bg-slate-400')
          }
        />
        {label}
      </span>
      {loading ? (
        <span
          role="progressbar"
          aria-label="Python loading progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(s.progress * 100)}
          className="h-1.5 w-32 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
        >
          <span className="block h-full bg-brand-500 transition-[width]" style={{ width: `${Math.round(s.progress * 100)}%` }} />
        </span>
      ) : null}
      {s.pythonVersion ? <span data-testid="python-version">Python {s.pythonVersion}</span> : null}
      {s.loadMs !== null && ready ? (
        <span data-testid="load-time" data-boot={s.boot ? JSON.stringify(s.boot) : undefined} title={s.boot ? describeBoot(s.boot) : undefined}>
          loaded in {(s.loadMs / 1000).toFixed(2)} s{s.boot?.from === 'snapshot' ? ' (from a snapshot)' : ''}
        </span>
      ) : null}
      {!s.isolated ? (
        <span className="text-amber-700 dark:text-amber-400" title="The page is not cross-origin isolated">
          Limited mode: Stop restarts Python and input() is unavailable
        </span>
      ) : null}
      {s.lastRestart && ready ? <span className="text-slate-600 dark:text-slate-400">{RESTART_TEXT[s.lastRestart]}</span> : null}
    </div>
  );
}
