import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface BankProblem {
  id: string;
  title: string;
  solution: string;
  difficulty: 'beginner' | 'intermediate' | 'advanced';
  topic?: { module: string; subtopic: string; problemType: string };
  alternatives: Array<{ title: string; code: string; when: string }>;
}

/** A built-in problem, as its author wrote it (the reference solution is what a learner might eventually write). */
export function bankProblem(id: string): BankProblem {
  for (const dir of ['data/bank', 'data/packs']) {
    for (const file of readdirSync(dir)) {
      const pack = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { problems: BankProblem[] };
      const found = pack.problems.find((p) => p.id === id);
      if (found) return found;
    }
  }
  throw new Error(`no problem ${id}`);
}
