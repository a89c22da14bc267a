/**
 * The Python memory snapshot: an interpreter that has booted, imported the
 * standard modules below and loaded the harness and the visualiser's
 * recorder (no learner code), saved as
 * memory. Made at build time in Node (workers/make-snapshot.ts, shipped as
 * a static file beside the runtime) and restored by the browser worker,
 * which skips starting Python from scratch; the worker makes its own, kept
 * in Cache Storage, only when the shipped one is missing or will not restore.
 * Bump SNAPSHOT_VERSION when what goes into it changes in a way the harness
 * hash in the name does not capture.
 */
export const SNAPSHOT_VERSION = 5;

export const SNAPSHOT_PRELOAD =
  'import json, linecache, types, io, math, cmath, collections, collections.abc, itertools, functools, operator, re, string, heapq, bisect, random, statistics, fractions, decimal, copy, textwrap, dataclasses, typing, enum, datetime, array';

/** The snapshot's file name, unique to the harness it carries. */
export function snapshotFileName(harnessHash: string): string {
  return `snapshot-${SNAPSHOT_VERSION}-${harnessHash}.bin`;
}
