import { describe, expect, it } from 'vitest';
import { packSnapshot, unpackSnapshot } from '../workers/snapshot';

const BLOCK = 64 * 1024;

/** Memory of `blocks` blocks (plus a ragged tail) where the listed blocks hold data. */
function memory(blocks: number, withData: number[], tail = 100): Uint8Array {
  const bytes = new Uint8Array(blocks * BLOCK + tail);
  for (const block of withData) for (let i = 0; i < BLOCK; i += 97) bytes[block * BLOCK + i] = (block * 31 + i) % 251 || 1;
  bytes[bytes.length - 1] = 7; // the ragged tail holds data too
  return bytes;
}

describe('packed memory snapshot', () => {
  it('leaves zero blocks out and gives the same memory back', () => {
    const original = memory(40, [0, 1, 2, 10, 11, 30]);
    const packed = packSnapshot(original);
    expect(packed.length).toBeLessThan(8 * BLOCK);
    const restored = unpackSnapshot(packed);
    expect(restored.length).toBe(original.length);
    expect(Buffer.from(restored).equals(Buffer.from(original))).toBe(true);
  });

  it('keeps a single byte in an otherwise zero block', () => {
    const original = new Uint8Array(5 * BLOCK);
    original[3 * BLOCK + 12_345] = 42;
    const restored = unpackSnapshot(packSnapshot(original));
    expect(restored[3 * BLOCK + 12_345]).toBe(42);
    expect(restored.reduce((sum, byte) => sum + byte, 0)).toBe(42);
  });

  it('reads from an ArrayBuffer and from a view into a larger buffer', () => {
    const original = memory(6, [2, 4]);
    const packed = packSnapshot(original);
    const framed = new Uint8Array(packed.length + 16);
    framed.set(packed, 8);
    expect(Buffer.from(unpackSnapshot(packed.slice().buffer)).equals(Buffer.from(original))).toBe(true);
    expect(Buffer.from(unpackSnapshot(framed.subarray(8, 8 + packed.length))).equals(Buffer.from(original))).toBe(true);
  });

  it('refuses a file that is not a packed snapshot (an older raw one)', () => {
    expect(() => unpackSnapshot(new Uint8Array(1024).fill(3))).toThrow(/not a packed snapshot/);
    expect(() => unpackSnapshot(new Uint8Array(4))).toThrow(/not a packed snapshot/);
  });

  it('refuses a damaged file instead of restoring half a memory', () => {
    const packed = packSnapshot(memory(8, [1, 5]));
    expect(() => unpackSnapshot(packed.subarray(0, packed.length - 1))).toThrow(/damaged/);
    expect(() => unpackSnapshot(new Uint8Array([...packed, 0]))).toThrow(/damaged/);
    const outOfRange = packed.slice();
    new DataView(outOfRange.buffer).setUint32(16, 8 * BLOCK + 50, true); // first block's offset past the end
    expect(() => unpackSnapshot(outOfRange)).toThrow(/damaged/);
    const manyBlocks = packed.slice();
    new DataView(manyBlocks.buffer).setUint32(12, 1_000_000, true);
    expect(() => unpackSnapshot(manyBlocks)).toThrow(/damaged/);
  });
});
