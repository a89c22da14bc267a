/**
 * The problems the app ships with. Every pack in data/packs is validated by
 * the core schema here and, in CI, run through the pack checker.
 */
import starter from '../../../data/packs/starter.json';
import { ProblemPack, type Problem } from '@/core/schemas/problem';

export const STARTER_PACK: ProblemPack = ProblemPack.parse(starter);

export function allProblems(): Problem[] {
  return STARTER_PACK.problems;
}

export function findProblem(id: string | null | undefined): Problem | undefined {
  return id ? STARTER_PACK.problems.find((p) => p.id === id) : undefined;
}
export { ProblemList } from './ProblemList';
