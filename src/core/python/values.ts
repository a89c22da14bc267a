/**
 * Python values as PyDojo compares them. The harness encodes what the learner
 * returned as canonical JSON (tagged: {"$int"}, {"$float"}, {"$tuple"},
 * {"$set"}, {"$dict"}); problem authors write expected values as JSON with
 * the same optional tags. Both are parsed into `PyValue` and compared here, so
 * no learner object ever takes part in a comparison.
 */
import type { JsonValue } from '../schemas/problem';

export type PyValue =
  | { t: 'none' }
  | { t: 'bool'; v: boolean }
  | { t: 'int'; v: bigint }
  | { t: 'float'; v: number }
  | { t: 'str'; v: string }
  | { t: 'list'; items: PyValue[] }
  | { t: 'tuple'; items: PyValue[] }
  | { t: 'set'; items: PyValue[] }
  | { t: 'dict'; entries: Array<[PyValue, PyValue]> };

export class ValueError extends Error {}

function floatFromTag(tag: unknown): number {
  if (typeof tag === 'number') return tag;
  if (tag === 'nan') return Number.NaN;
  if (tag === 'inf') return Number.POSITIVE_INFINITY;
  if (tag === '-inf') return Number.NEGATIVE_INFINITY;
  throw new ValueError(`bad $float value ${JSON.stringify(tag)}`);
}

/** Parse a JSON value (expected values, or the harness's canonical text once parsed). */
export function fromJson(value: JsonValue): PyValue {
  if (value === null) return { t: 'none' };
  if (typeof value === 'boolean') return { t: 'bool', v: value };
  if (typeof value === 'number') {
    return Number.isInteger(value) ? { t: 'int', v: BigInt(value) } : { t: 'float', v: value };
  }
  if (typeof value === 'string') return { t: 'str', v: value };
  if (Array.isArray(value)) return { t: 'list', items: value.map(fromJson) };
  const keys = Object.keys(value);
  if (keys.length === 1) {
    const [key] = keys;
    const inner = value[key];
    switch (key) {
      case '$int':
        if (typeof inner !== 'string' || !/^-?\d+$/.test(inner)) throw new ValueError('bad $int value');
        return { t: 'int', v: BigInt(inner) };
      case '$float':
        return { t: 'float', v: floatFromTag(inner) };
      case '$tuple':
      case '$set':
        if (!Array.isArray(inner)) throw new ValueError(`${key} needs an array`);
        return { t: key === '$tuple' ? 'tuple' : 'set', items: inner.map(fromJson) };
      case '$dict':
        if (!Array.isArray(inner)) throw new ValueError('$dict needs an array of [key, value] pairs');
        return {
          t: 'dict',
          entries: inner.map((pair) => {
            if (!Array.isArray(pair) || pair.length !== 2) throw new ValueError('$dict entries must be [key, value] pairs');
            return [fromJson(pair[0] as JsonValue), fromJson(pair[1] as JsonValue)] as [PyValue, PyValue];
          }),
        };
    }
  }
  return {
    t: 'dict',
    entries: keys.map((k) => [{ t: 'str', v: k }, fromJson(value[k] as JsonValue)] as [PyValue, PyValue]),
  };
}

export function parseCanonical(text: string): PyValue {
  return fromJson(JSON.parse(text) as JsonValue);
}

export interface CompareOptions {
  tolerance: number;
  unordered: boolean;
}

function closeFloats(a: number, b: number, tolerance: number): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return Math.abs(a - b) <= Math.max(tolerance, tolerance * Math.max(Math.abs(a), Math.abs(b)));
}

function asNumber(value: PyValue): number | null {
  if (value.t === 'int') return Number(value.v);
  if (value.t === 'float') return value.v;
  return null;
}

function isSequence(value: PyValue): value is { t: 'list' | 'tuple'; items: PyValue[] } {
  return value.t === 'list' || value.t === 'tuple';
}

/** Match two bags of values, each expected item against a distinct actual item. */
function sameBag(expected: PyValue[], actual: PyValue[], tolerance: number): boolean {
  if (expected.length !== actual.length) return false;
  if (expected.length > 3000) {
    // Too many for pairwise matching: sort both by a key that treats lists
    // and tuples alike and numbers by value, then compare in order.
    const byKey = (values: PyValue[]) => values.map((v) => [sortKey(v), v] as const).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    const a = byKey(expected);
    const b = byKey(actual);
    return a.every(([, item], i) => valuesEqual(item, b[i][1], { tolerance, unordered: false }));
  }
  const used = new Array<boolean>(actual.length).fill(false);
  return expected.every((item) => {
    const index = actual.findIndex((candidate, i) => !used[i] && valuesEqual(item, candidate, { tolerance, unordered: false }));
    if (index === -1) return false;
    used[index] = true;
    return true;
  });
}

/** An ordering key under which values that compare equal sort together. */
function sortKey(value: PyValue): string {
  switch (value.t) {
    case 'none':
      return 'a';
    case 'bool':
      return value.v ? 'b1' : 'b0';
    case 'int':
    case 'float': {
      const n = value.t === 'int' ? Number(value.v) : value.v;
      return 'c' + (Number.isFinite(n) ? n.toPrecision(8) : String(n));
    }
    case 'str':
      return 'd' + value.v;
    case 'list':
    case 'tuple':
      return 'e[' + value.items.map(sortKey).join(',') + ']';
    case 'set':
      return 'f[' + value.items.map(sortKey).sort().join(',') + ']';
    case 'dict':
      return 'g[' + value.entries.map(([k, v]) => sortKey(k) + ':' + sortKey(v)).sort().join(',') + ']';
  }
}

/**
 * Is `actual` what the test expected? Lists and tuples are interchangeable,
 * ints and floats compare numerically (floats within tolerance of a float;
 * a float matches an expected int only when it is exactly that int), bools are
 * not ints, and `unordered` applies to the top-level sequence only.
 */
export function valuesEqual(expected: PyValue, actual: PyValue, options: CompareOptions): boolean {
  const { tolerance } = options;
  switch (expected.t) {
    case 'none':
      return actual.t === 'none';
    case 'bool':
      return actual.t === 'bool' && actual.v === expected.v;
    case 'int':
      if (actual.t === 'int') return actual.v === expected.v;
      // An exact integer was expected: a float counts only if it is that
      // integer exactly (7.0 for 7), never "close" (5e9 + 3 for 5e9).
      if (actual.t === 'float') return Number.isInteger(actual.v) && Number(expected.v) === actual.v && Math.abs(actual.v) <= Number.MAX_SAFE_INTEGER;
      return false;
    case 'float': {
      const n = asNumber(actual);
      return n !== null && closeFloats(expected.v, n, tolerance);
    }
    case 'str':
      return actual.t === 'str' && actual.v === expected.v;
    case 'list':
    case 'tuple':
      if (!isSequence(actual)) return false;
      if (options.unordered) return sameBag(expected.items, actual.items, tolerance);
      return (
        expected.items.length === actual.items.length &&
        expected.items.every((item, i) => valuesEqual(item, actual.items[i], { tolerance, unordered: false }))
      );
    case 'set':
      return actual.t === 'set' && sameBag(expected.items, actual.items, tolerance);
    case 'dict': {
      if (actual.t !== 'dict' || actual.entries.length !== expected.entries.length) return false;
      return expected.entries.every(([key, value]) => {
        const match = actual.entries.find(([k]) => valuesEqual(key, k, { tolerance: 0, unordered: false }));
        return match !== undefined && valuesEqual(value, match[1], { tolerance, unordered: false });
      });
    }
  }
}

function reprString(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of text) {
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + quote;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch < ' ' || ch === '\x7f') out += '\\x' + ch.charCodeAt(0).toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

function reprFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0.0';
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e16 || magnitude < 1e-4)) {
    const [mantissa, exponent] = value.toExponential().split('e');
    const sign = exponent.startsWith('-') ? '-' : '+';
    return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
  }
  return Number.isInteger(value) ? value.toFixed(1) : String(value);
}

/** Python's repr() of a value, for showing expected values beside actual ones. */
export function pyRepr(value: PyValue): string {
  switch (value.t) {
    case 'none':
      return 'None';
    case 'bool':
      return value.v ? 'True' : 'False';
    case 'int':
      return value.v.toString();
    case 'float':
      return reprFloat(value.v);
    case 'str':
      return reprString(value.v);
    case 'list':
      return `[${value.items.map(pyRepr).join(', ')}]`;
    case 'tuple':
      return value.items.length === 1 ? `(${pyRepr(value.items[0])},)` : `(${value.items.map(pyRepr).join(', ')})`;
    case 'set':
      return value.items.length === 0 ? 'set()' : `{${value.items.map(pyRepr).join(', ')}}`;
    case 'dict':
      return `{${value.entries.map(([k, v]) => `${pyRepr(k)}: ${pyRepr(v)}`).join(', ')}}`;
  }
}
