/**
 * The Python memory snapshot: an interpreter that has booted, imported the
 * standard modules below and loaded the harness and the visualiser's
 * recorder (no learner code), saved as memory (packed: see packSnapshot). Made at build time in Node (workers/make-snapshot.ts, shipped as
 * a static file beside the runtime) and restored by the browser worker,
 * which skips starting Python from scratch; the worker makes its own, kept
 * in Cache Storage, only when the shipped one is missing or will not restore.
 * Bump SNAPSHOT_VERSION when what goes into it changes in a way the harness
 * hash in the name does not capture.
 */
export const SNAPSHOT_VERSION = 7;

export const SNAPSHOT_PRELOAD =
  'import json, linecache, types, io, math, cmath, collections, collections.abc, itertools, functools, operator, re, string, heapq, bisect, random, statistics, fractions, decimal, copy, textwrap, dataclasses, typing, enum, datetime, array';

/** The snapshot's file name, unique to the harness it carries. */
export function snapshotFileName(harnessHash: string): string {
  return `snapshot-${SNAPSHOT_VERSION}-${harnessHash}.bin`;
}

// The shipped file is the snapshot with its zero blocks left out: about 40%
// of an interpreter's memory is zeros in a few long runs, and a repeat visit
// reads the file from the cache, where every byte costs time.
//
//   "PDSP" · u32 version · u32 memory length · u32 block count ·
//   block count × (u32 offset, u32 length) · the blocks' bytes in order
// (little-endian; blocks in increasing order, not overlapping).
const MAGIC = 0x50_53_44_50; // "PDSP" read as a little-endian u32
const FORMAT = 1;
const BLOCK = 64 * 1024;

/** The snapshot without its zero blocks (of BLOCK bytes). */
export function packSnapshot(memory: Uint8Array): Uint8Array {
  const blocks: [number, number][] = [];
  for (let at = 0; at < memory.length; at += BLOCK) {
    const end = Math.min(at + BLOCK, memory.length);
    if (!memory.subarray(at, end).some((byte) => byte !== 0)) continue;
    const last = blocks.at(-1);
    if (last && last[0] + last[1] === at) last[1] += end - at;
    else blocks.push([at, end - at]);
  }
  const header = 16 + blocks.length * 8;
  const packed = new Uint8Array(header + blocks.reduce((sum, [, length]) => sum + length, 0));
  const view = new DataView(packed.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, FORMAT, true);
  view.setUint32(8, memory.length, true);
  view.setUint32(12, blocks.length, true);
  let data = header;
  blocks.forEach(([offset, length], i) => {
    view.setUint32(16 + i * 8, offset, true);
    view.setUint32(20 + i * 8, length, true);
    packed.set(memory.subarray(offset, offset + length), data);
    data += length;
  });
  return packed;
}

/** The snapshot's memory back from a packed file; throws on anything else. */
export function unpackSnapshot(file: ArrayBuffer | Uint8Array): Uint8Array {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 16 || view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== FORMAT) throw new Error('not a packed snapshot');
  const size = view.getUint32(8, true);
  const count = view.getUint32(12, true);
  const header = 16 + count * 8;
  if (header > bytes.length) throw new Error('damaged snapshot');
  const memory = new Uint8Array(size);
  let data = header;
  let end = 0;
  for (let i = 0; i < count; i++) {
    const offset = view.getUint32(16 + i * 8, true);
    const length = view.getUint32(20 + i * 8, true);
    if (offset < end || offset + length > size || data + length > bytes.length) throw new Error('damaged snapshot');
    memory.set(bytes.subarray(data, data + length), offset);
    data += length;
    end = offset + length;
  }
  if (data !== bytes.length) throw new Error('damaged snapshot');
  return memory;
}
