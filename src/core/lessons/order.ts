/**
 * The construct-order rule of the learning path: walking the lessons in
 * curriculum order, a lesson may use only constructs introduced by itself or
 * by an earlier lesson, and introduces each construct at most once on the
 * whole path. What a lesson's code uses comes from Python's `ast` (see
 * scripts/lessons/constructs.py); this file only walks the path.
 */

/** A lesson on the path: what it says it introduces, or missing (not written yet). */
export type PathEntry = { id: string; introduces: readonly string[] } | { id: string; missing: true };

/** The constructs one piece of a lesson's code uses. */
export interface Usage {
  where: string;
  constructs: readonly string[];
}

export interface OrderFinding {
  lesson: string;
  where: string;
  /** The construct the finding is about. */
  construct: string;
  message: string;
}

export interface OrderReport {
  /** Rule violations: each one fails the check. */
  failures: OrderFinding[];
  /** Uses that an earlier lesson not yet written may introduce: reported, not failed, until the path is complete. */
  pending: OrderFinding[];
  /** Introduced constructs no code of the lesson uses (a hint, never a failure). */
  unused: OrderFinding[];
  /** Each construct and the lesson that introduces it, in path order. */
  introducedBy: Map<string, string>;
}

function isMissing(entry: PathEntry): entry is { id: string; missing: true } {
  return 'missing' in entry;
}

/**
 * Walk `path` in order. `uses` holds the analysed code of the lessons to
 * judge (others only contribute what they introduce).
 */
export function checkConstructOrder(path: readonly PathEntry[], uses: ReadonlyMap<string, readonly Usage[]>): OrderReport {
  const report: OrderReport = { failures: [], pending: [], unused: [], introducedBy: new Map() };
  let missingBefore = 0;
  path.forEach((entry, position) => {
    if (isMissing(entry)) {
      missingBefore++;
      return;
    }
    const judged = uses.get(entry.id);
    const own = new Set<string>();
    entry.introduces.forEach((construct, k) => {
      const earlier = report.introducedBy.get(construct);
      if (judged) {
        if (earlier !== undefined && earlier !== entry.id) {
          report.failures.push({ lesson: entry.id, where: `introduces[${k}]`, construct, message: `introduces ${construct}, already introduced earlier by ${earlier}: remove it here` });
        } else if (own.has(construct)) {
          report.failures.push({ lesson: entry.id, where: `introduces[${k}]`, construct, message: `lists ${construct} twice` });
        }
      }
      own.add(construct);
      if (earlier === undefined) report.introducedBy.set(construct, entry.id);
    });
    if (!judged) return;

    const wanting = new Map<string, string[]>();
    const used = new Set<string>();
    for (const usage of judged) {
      for (const construct of usage.constructs) {
        used.add(construct);
        const known = own.has(construct) || report.introducedBy.has(construct);
        if (known) continue;
        const places = wanting.get(construct) ?? [];
        places.push(usage.where);
        wanting.set(construct, places);
      }
    }
    for (const [construct, places] of wanting) {
      const where = places.join(', ');
      const later = laterLesson(path, position, construct);
      if (later) {
        report.failures.push({ lesson: entry.id, where, construct, message: `uses ${construct}, which is introduced only later, by ${later}` });
      } else if (missingBefore > 0) {
        report.pending.push({ lesson: entry.id, where, construct, message: `uses ${construct}, not introduced by any lesson written so far` });
      } else {
        report.failures.push({ lesson: entry.id, where, construct, message: `uses ${construct}, which no earlier lesson introduces: add it to this lesson's introduces (or rewrite the code without it)` });
      }
    }
    for (const construct of own) {
      if (!used.has(construct)) report.unused.push({ lesson: entry.id, where: 'introduces', construct, message: `introduces ${construct} but no example, mistake or check uses it` });
    }
  });
  return report;
}

function laterLesson(path: readonly PathEntry[], position: number, construct: string): string | null {
  for (let i = position + 1; i < path.length; i++) {
    const entry = path[i];
    if (!isMissing(entry) && entry.introduces.includes(construct)) return entry.id;
  }
  return null;
}
