import { describe, expect, it } from 'vitest';
import { Problem, ProblemPack } from '../schemas/problem';
import algorithms from '../../../data/bank/algorithms.json';
import basics from '../../../data/bank/basics.json';
import dicts from '../../../data/bank/dicts.json';
import lists from '../../../data/bank/lists.json';
import strings from '../../../data/bank/strings.json';
import starter from '../../../data/packs/starter.json';
import { crc32, decodeShare, encodeShare, fragmentFromFile, fromBase64Url, LINK_LIMIT, shareFileText, shareUrl, SHARE_VERSION, toBase64Url } from './codec';

const ORIGIN = 'https://pydojo.example';
const bank = [basics, lists, strings, dicts, algorithms].map((pack) => ProblemPack.parse(pack).problems[0]);
const problem = bank[0];

/** Replace the character at `index` of the payload by another one of the same alphabet. */
function flip(fragment: string, index: number): string {
  const at = fragment.lastIndexOf('.') + 1 + index;
  const replacement = fragment[at] === 'A' ? 'B' : 'A';
  return fragment.slice(0, at) + replacement + fragment.slice(at + 1);
}

describe('share links', () => {
  it('round-trips a problem, a solution and a challenge through the whole link', async () => {
    const solution = { problem, code: 'def f():\n    return 1\n', solved: false };
    const pack = ProblemPack.parse(starter);
    for (const share of [
      { kind: 'problem', data: { problem } },
      { kind: 'solution', data: solution },
      { kind: 'challenge', data: { pack } },
    ] as const) {
      const fragment = await encodeShare(share);
      expect(fragment.startsWith(`${share.kind}.${SHARE_VERSION}.`)).toBe(true);
      expect(fragment).toMatch(/^[a-z]+\.\d+\.[A-Za-z0-9_-]+$/);
      expect(await decodeShare(shareUrl(ORIGIN, fragment))).toEqual({ ok: true, share });
    }
  });

  it('keeps hidden tests, marked hidden, in a shared problem', async () => {
    const withHidden = bank.find((p) => p.tests.some((t) => t.hidden)) as Problem;
    const result = await decodeShare(await encodeShare({ kind: 'problem', data: { problem: withHidden } }));
    expect(result.ok && result.share.kind === 'problem' && result.share.data.problem.tests.filter((t) => t.hidden)).toEqual(withHidden.tests.filter((t) => t.hidden));
  });

  it('refuses a link with one character of its payload changed', async () => {
    const fragment = await encodeShare({ kind: 'problem', data: { problem } });
    for (const index of [0, 5, 9, 14, 40, 200]) {
      expect(await decodeShare(flip(fragment, index))).toEqual({ ok: false, reason: 'changed' });
    }
    expect(await decodeShare(fragment.replace(/.$/, '!'))).toEqual({ ok: false, reason: 'changed' });
  });

  it('calls a cut-off link incomplete, wherever it was cut', async () => {
    const fragment = await encodeShare({ kind: 'problem', data: { problem } });
    for (const keep of [fragment.length - 1, fragment.length - 7, Math.floor(fragment.length / 2), 'problem.1.'.length + 3, 'problem.1'.length]) {
      expect(await decodeShare(fragment.slice(0, keep))).toEqual({ ok: false, reason: 'incomplete' });
    }
  });

  it('says a link from a newer version was made by a newer PyDojo', async () => {
    const fragment = await encodeShare({ kind: 'problem', data: { problem } });
    expect(await decodeShare(fragment.replace(`problem.${SHARE_VERSION}.`, `problem.${SHARE_VERSION + 1}.`))).toEqual({ ok: false, reason: 'tooNew', version: SHARE_VERSION + 1 });
  });

  it('names the first schema issue of valid JSON that is not a valid problem', async () => {
    const broken = { ...problem, tests: [] } as unknown as Problem;
    const fragment = await encodeShare({ kind: 'problem', data: { problem: broken } });
    expect(await decodeShare(fragment)).toEqual({ ok: false, reason: 'invalid', detail: 'problem.tests: Too small: expected array to have >=1 items' });
  });

  it('refuses what is not a share link at all', async () => {
    expect(await decodeShare(`${ORIGIN}/share`)).toEqual({ ok: false, reason: 'empty' });
    expect(await decodeShare('#section-2')).toEqual({ ok: false, reason: 'notShare' });
    expect(await decodeShare('problem.1.abc.def')).toEqual({ ok: false, reason: 'changed' });
  });

  it('reads the fragment back from a share file, and nothing from another file', async () => {
    const fragment = await encodeShare({ kind: 'problem', data: { problem } });
    expect(fragmentFromFile(shareFileText(fragment))).toBe(fragment);
    expect(fragmentFromFile(JSON.stringify(starter))).toBeNull();
    expect(fragmentFromFile('not json')).toBeNull();
  });

  it('encodes base64url and CRC-32 as the standards do', () => {
    const bytes = new TextEncoder().encode('123456789');
    expect(crc32(bytes)).toBe(0xcbf43926);
    expect(toBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
    for (let n = 0; n < 7; n++) {
      const some = new Uint8Array(n).map((_, i) => 250 - i * 37);
      expect(Array.from(fromBase64Url(toBase64Url(some)) ?? [])).toEqual(Array.from(some));
    }
  });

  it('keeps links to bank problems under 8 KB; a pack challenge may need a file', async () => {
    const sizes: Array<[string, number]> = [];
    for (const p of bank) {
      const link = shareUrl(ORIGIN, await encodeShare({ kind: 'problem', data: { problem: p } }));
      sizes.push([p.id, link.length]);
      expect(link.length).toBeLessThan(LINK_LIMIT);
    }
    const pack = ProblemPack.parse(starter);
    sizes.push([`starter pack (${pack.problems.length} problems, challenge)`, shareUrl(ORIGIN, await encodeShare({ kind: 'challenge', data: { pack } })).length]);
    sizes.push([`starter pack JSON, uncompressed`, JSON.stringify(pack).length]);
    console.log(sizes.map(([what, size]) => `${what}: ${size} characters`).join('\n'));
  });
});
