/**
 * The one-line outcome stored with each history event ("passed 8/8",
 * "NameError on line 3", "hint 2 of 3"). It is stored as this English line
 * (backups and older events hold it so), and read back into a code and
 * values so the history can show it in the reader's language. A line this
 * module did not write is shown as it is.
 */
export type SummaryCode =
  | { key: 'hint'; values: { n: number; total: number } }
  | { key: 'aiHint'; values: { n: number } }
  | { key: 'reveal' }
  | { key: 'runOk' }
  | { key: 'runError'; values: { type: string; line: number } }
  | { key: 'runErrorNoLine'; values: { type: string } }
  | { key: 'runExit'; values: { code: number } }
  | { key: 'runStopped' }
  | { key: 'runTimeout' }
  | { key: 'runCrashed' }
  | { key: 'passed'; values: { passed: number; total: number } }
  | { key: 'failed'; values: { passed: number; total: number } }
  /** Every declared test passed, but the random tests found an input it gets wrong. */
  | { key: 'failedRandom'; values: { total: number; seed: number } };

/** The stored English line for a summary. */
export function writeSummary(summary: SummaryCode): string {
  switch (summary.key) {
    case 'hint':
      return `hint ${summary.values.n} of ${summary.values.total}`;
    case 'aiHint':
      return `AI hint ${summary.values.n} of 3`;
    case 'reveal':
      return 'revealed the reference solution';
    case 'runOk':
      return 'ran without errors';
    case 'runError':
      return `${summary.values.type} on line ${summary.values.line}`;
    case 'runErrorNoLine':
      return summary.values.type;
    case 'runExit':
      return `exited with code ${summary.values.code}`;
    case 'runStopped':
      return 'stopped';
    case 'runTimeout':
      return 'ran past the time limit';
    case 'runCrashed':
      return 'Python crashed';
    case 'passed':
      return `passed ${summary.values.passed}/${summary.values.total}`;
    case 'failed':
      return `failed: ${summary.values.passed}/${summary.values.total} tests passed`;
    case 'failedRandom':
      return `failed a random input (seed ${summary.values.seed}) after passing all ${summary.values.total} tests`;
  }
}

const FIXED: Record<string, SummaryCode> = {
  'revealed the reference solution': { key: 'reveal' },
  'ran without errors': { key: 'runOk' },
  stopped: { key: 'runStopped' },
  'ran past the time limit': { key: 'runTimeout' },
  'Python crashed': { key: 'runCrashed' },
};

/** A stored line back as a code, or null for a line PyDojo did not write. */
export function readSummary(text: string): SummaryCode | null {
  if (FIXED[text]) return FIXED[text];
  let m: RegExpMatchArray | null;
  if ((m = text.match(/^hint (\d+) of (\d+)$/))) return { key: 'hint', values: { n: Number(m[1]), total: Number(m[2]) } };
  if ((m = text.match(/^AI hint (\d+) of 3$/))) return { key: 'aiHint', values: { n: Number(m[1]) } };
  if ((m = text.match(/^passed (\d+)\/(\d+)$/))) return { key: 'passed', values: { passed: Number(m[1]), total: Number(m[2]) } };
  if ((m = text.match(/^failed: (\d+)\/(\d+) tests passed$/))) return { key: 'failed', values: { passed: Number(m[1]), total: Number(m[2]) } };
  if ((m = text.match(/^failed a random input \(seed (\d+)\) after passing all (\d+) tests$/))) return { key: 'failedRandom', values: { total: Number(m[2]), seed: Number(m[1]) } };
  if ((m = text.match(/^exited with code (-?\d+)$/))) return { key: 'runExit', values: { code: Number(m[1]) } };
  if ((m = text.match(/^([A-Z][A-Za-z]*(?:Error|Exception|Exit|Interrupt|Warning)|error) on line (\d+)$/))) return { key: 'runError', values: { type: m[1], line: Number(m[2]) } };
  if ((m = text.match(/^([A-Z][A-Za-z]*(?:Error|Exception|Exit|Interrupt|Warning)|error)$/))) return { key: 'runErrorNoLine', values: { type: m[1] } };
  return null;
}
