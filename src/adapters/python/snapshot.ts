/**
 * What the page shows of the Python runtime (the client's snapshot), apart
 * from the client itself: the app shell renders the initial state without
 * loading the client.
 */
import type { BootProfile, LoadStage, RestartReason } from '@/core/python/protocol';

export type Phase = 'loading' | 'idle' | 'running' | 'awaiting-input' | 'restarting' | 'failed';

export interface RuntimeSnapshot {
  phase: Phase;
  /** Loading progress, 0..1. */
  progress: number;
  stage: LoadStage | null;
  pythonVersion: string | null;
  pyodideVersion: string | null;
  /** Milliseconds from starting the worker to Python ready (last boot). */
  loadMs: number | null;
  /** Where the last boot spent its time, as the worker measured it. */
  boot: BootProfile | null;
  /** SharedArrayBuffer available: Stop interrupts and input() works. */
  isolated: boolean;
  /** Prompt shown while the program waits in input(). */
  prompt: string | null;
  /** Why the runtime was last restarted, for the status bar. */
  lastRestart: RestartReason | null;
  /** Set when the runtime could not load at all. */
  error: string | null;
}

/** The state before the worker has reported anything. */
export const INITIAL_SNAPSHOT: RuntimeSnapshot = {
  phase: 'loading',
  progress: 0,
  stage: null,
  pythonVersion: null,
  pyodideVersion: null,
  loadMs: null,
  boot: null,
  isolated: true,
  prompt: null,
  lastRestart: null,
  error: null,
};
