/**
 * Share links: `<kind>.<version>.<payload>` in the URL fragment (see
 * docs/share-links.md). The payload is base64url of a 10-byte header and the
 * deflate-raw compressed JSON. The header holds the compressed length, its
 * CRC-32, and a check of those 8 bytes, so a link cut off when copied and a
 * link edited by hand are told apart and named.
 *
 * Compression uses the standard CompressionStream (browsers and Node 20 alike):
 * a pure transform of bytes, with no I/O, so it lives here in core.
 */
import { describeIssues } from '../schemas/problem';
import { SHARE_KINDS, SHARE_SCHEMAS, ShareFile, type Share, type ShareKind } from './schema';

export const SHARE_VERSION = 1;
/** Links longer than this are offered as a file instead (some chat apps and browsers cut longer ones). */
export const LINK_LIMIT = 8_192;
/** The most text a link may expand to: as much as an imported pack may hold. */
const MAX_JSON_BYTES = 5_000_000;
const HEADER_BYTES = 10;

/** Why a link was refused. `detail` (for `invalid`) is the first schema issue, as the schema words it. */
export type ShareRefusal =
  | { reason: 'empty' }
  | { reason: 'notShare' }
  | { reason: 'incomplete' }
  | { reason: 'changed' }
  | { reason: 'tooNew'; version: number }
  | { reason: 'tooLarge' }
  | { reason: 'invalid'; detail: string };

export type DecodeResult = ({ ok: true } & { share: Share }) | ({ ok: false } & ShareRefusal);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (the zip/PNG polynomial). Enough to catch a cut or an edited character; not a signature. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += ALPHABET[(n >>> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Decodes base64url without padding; a trailing lone character (a cut link) is dropped. Null on a foreign character. */
export function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const char of text) {
    value = (value << 6) | ALPHABET.indexOf(char);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >>> bits) & 0xff;
    }
  }
  return out;
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream, limit: number): Promise<Uint8Array | null> {
  const writer = transform.writable.getWriter();
  // Not awaited: the reader below drains the stream, or a large input would wait on back-pressure forever.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = transform.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function writeUint32(target: Uint8Array, at: number, value: number): void {
  new DataView(target.buffer, target.byteOffset).setUint32(at, value);
}

function readUint32(source: Uint8Array, at: number): number {
  return new DataView(source.buffer, source.byteOffset).getUint32(at);
}

/** The fragment (without `#`) for a share. */
export async function encodeShare(share: Share): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(share.data));
  const body = (await pipe(json, new CompressionStream('deflate-raw'), Number.MAX_SAFE_INTEGER)) as Uint8Array;
  const bytes = new Uint8Array(HEADER_BYTES + body.length);
  writeUint32(bytes, 0, body.length);
  writeUint32(bytes, 4, crc32(body));
  const check = crc32(bytes.subarray(0, 8)) & 0xffff;
  bytes[8] = check >>> 8;
  bytes[9] = check & 0xff;
  bytes.set(body, HEADER_BYTES);
  return `${share.kind}.${SHARE_VERSION}.${toBase64Url(bytes)}`;
}

/** The whole link for a share, on this origin. */
export function shareUrl(origin: string, fragment: string): string {
  return `${origin}/share#${fragment}`;
}

/** The fragment of whatever the receiver has: a whole link, `#…`, or the fragment itself. */
export function fragmentOf(input: string): string {
  const text = input.trim();
  const hash = text.indexOf('#');
  // An address with no fragment carries no share.
  if (hash === -1) return /^([a-z][a-z0-9+.-]*:|\/)/i.test(text) ? '' : text;
  return text.slice(hash + 1);
}

const isKind = (value: string): value is ShareKind => (SHARE_KINDS as readonly string[]).includes(value);

/** Reads a link (or its fragment) back into a checked share, or names why it cannot be trusted. */
export async function decodeShare(input: string): Promise<DecodeResult> {
  const fragment = fragmentOf(input);
  if (fragment === '') return { ok: false, reason: 'empty' };
  const [kind, version, payload, ...rest] = fragment.split('.');
  if (!isKind(kind)) return { ok: false, reason: 'notShare' };
  if (version === undefined || version === '' || payload === undefined) return { ok: false, reason: 'incomplete' };
  if (!/^\d{1,6}$/.test(version) || Number(version) < 1) return { ok: false, reason: 'changed' };
  if (Number(version) > SHARE_VERSION) return { ok: false, reason: 'tooNew', version: Number(version) };
  if (rest.length > 0) return { ok: false, reason: 'changed' };

  const bytes = fromBase64Url(payload);
  if (bytes === null) return { ok: false, reason: 'changed' };
  if (bytes.length < HEADER_BYTES) return { ok: false, reason: 'incomplete' };
  const check = (bytes[8] << 8) | bytes[9];
  if ((crc32(bytes.subarray(0, 8)) & 0xffff) !== check) return { ok: false, reason: 'changed' };
  const body = bytes.subarray(HEADER_BYTES);
  const length = readUint32(bytes, 0);
  if (body.length < length) return { ok: false, reason: 'incomplete' };
  if (body.length > length || crc32(body) !== readUint32(bytes, 4)) return { ok: false, reason: 'changed' };

  let json: Uint8Array | null;
  try {
    json = await pipe(body, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
  } catch {
    return { ok: false, reason: 'changed' };
  }
  if (json === null) return { ok: false, reason: 'tooLarge' };
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
  } catch (error) {
    return { ok: false, reason: 'invalid', detail: (error as Error).message };
  }
  const parsed = SHARE_SCHEMAS[kind].safeParse(value);
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: describeIssues(parsed.error, 1)[0] };
  return { ok: true, share: { kind, data: parsed.data } as Share };
}

/** The text of a `.pydojo-share.json` file: the same fragment a link holds, so a file is checked exactly as a link is. */
export function shareFileText(fragment: string): string {
  const file: ShareFile = { format: 'pydojo-share', share: fragment };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The fragment inside a share file, or null when the text is not one. */
export function fragmentFromFile(text: string): string | null {
  try {
    const parsed = ShareFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data.share : null;
  } catch {
    return null;
  }
}
