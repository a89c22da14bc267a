/**
 * localStorage as PyDojo's stores use it, made hard to lose data with:
 * - a value that is not valid JSON, or not the shape its store expects
 *   (truncated, hand-edited), is moved to a recovery key and reported, and
 *   the store starts fresh instead of throwing into React;
 * - a full storage (quota) first asks for room (the history prunes its oldest
 *   events), retries once, and reports what happened.
 */
import type { ZodMiniType } from 'zod/mini';
import type { KeyValueStorage } from './storage';

export interface StorageIssue {
  kind: 'corrupted' | 'quota';
  key: string;
  /** Where the damaged text was kept (corrupted). */
  recoveryKey: string | null;
  /** Quota: whether the write succeeded after making room. */
  saved: boolean;
  at: number;
}

export interface DurableOptions {
  /** The persisted state's schema (or where to find it when reading): anything else counts as damaged. */
  schema?: ZodMiniType | (() => ZodMiniType);
  onIssue(issue: StorageIssue): void;
  /** Free some space (e.g. prune old history); true if anything was freed. */
  makeRoom?(key: string): boolean;
  now?(): number;
}

export const RECOVERY_PREFIX = 'pydojo:recovery:';

export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(error.message);
}

function looksPersisted(value: unknown, schema: ZodMiniType | (() => ZodMiniType) | undefined): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as { state?: unknown; version?: unknown };
  if (typeof record.version !== 'number' || typeof record.state !== 'object' || record.state === null) return false;
  if (!schema) return true;
  return (typeof schema === 'function' ? schema() : schema).safeParse(record.state).success;
}

export function durableStorage(base: KeyValueStorage, options: DurableOptions): KeyValueStorage {
  const now = options.now ?? Date.now;
  const recover = (key: string, raw: string) => {
    const recoveryKey = `${RECOVERY_PREFIX}${key}`;
    let kept: string | null = recoveryKey;
    try {
      base.setItem(recoveryKey, raw);
    } catch {
      kept = null; // no room even for the copy; the notice still offers what we have
    }
    try {
      base.removeItem(key);
    } catch {
      // nothing more to do
    }
    options.onIssue({ kind: 'corrupted', key, recoveryKey: kept, saved: false, at: now() });
  };

  return {
    getItem(key) {
      let raw: string | null;
      try {
        raw = base.getItem(key);
      } catch {
        return null;
      }
      if (raw === null) return null;
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        recover(key, raw);
        return null;
      }
      if (!looksPersisted(parsed, options.schema)) {
        recover(key, raw);
        return null;
      }
      return raw;
    },
    setItem(key, value) {
      try {
        const started = performance.now();
        base.setItem(key, value);
        // Observable in the Performance panel and by the benchmark.
        performance.measure?.(`pydojo:persist:${key}`, { start: started, end: performance.now() });
        return;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
      }
      if (options.makeRoom?.(key)) {
        try {
          base.setItem(key, value);
          options.onIssue({ kind: 'quota', key, recoveryKey: null, saved: true, at: now() });
          return;
        } catch (error) {
          if (!isQuotaError(error)) throw error;
        }
      }
      options.onIssue({ kind: 'quota', key, recoveryKey: null, saved: false, at: now() });
    },
    removeItem(key) {
      try {
        base.removeItem(key);
      } catch {
        // ignore
      }
    },
  };
}
