import { describe, expect, it } from 'vitest';
import { formatDuration } from './duration';

describe('formatDuration', () => {
  it('reads in English, full and compact', () => {
    expect(formatDuration(0)).toBe('0 s');
    expect(formatDuration(400)).toBe('0.4 s');
    expect(formatDuration(42_000)).toBe('42 s');
    expect(formatDuration(125_000)).toBe('2 min 5 s');
    expect(formatDuration(120_000)).toBe('2 min');
    expect(formatDuration(3_900_000)).toBe('1 h 5 min');
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000)).toBe('3 d 4 h');
    expect(formatDuration(125_000, true)).toBe('2m 5s');
  });

  it('keeps a readable precision', () => {
    expect(formatDuration(420)).toBe('0.4 s');
    expect(formatDuration(3_900_000, true)).toBe('1h 5m');
    expect(formatDuration(100 * 3_600_000)).toBe('4 d 4 h');
    expect(formatDuration(120_000, true)).toBe('2m');
  });

  it('reads in Japanese', () => {
    expect(formatDuration(42_000, false, 'ja')).toBe('42秒');
    expect(formatDuration(125_000, false, 'ja')).toBe('2分5秒');
    expect(formatDuration(3_900_000, true, 'ja')).toBe('1時間5分');
    expect(formatDuration(3 * 86_400_000 + 4 * 3_600_000, false, 'ja')).toBe('3日4時間');
  });
});
