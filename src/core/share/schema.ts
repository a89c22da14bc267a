/**
 * What a share link carries. One shape per kind, each built from the app's
 * own schemas (`Problem`, `ProblemPack`), so a shared problem is checked by
 * exactly the rules a bank problem or an imported pack is.
 */
import * as z from 'zod/mini';
import { Problem, ProblemPack } from '../schemas/problem';

/** The kinds of link, as they appear at the start of the fragment. */
export const SHARE_KINDS = ['problem', 'solution', 'challenge'] as const;
export type ShareKind = (typeof SHARE_KINDS)[number];

/** "Share this problem": the whole problem, hidden tests included (the receiver grades with them). */
export const SharedProblem = z.object({ problem: Problem });

/** "Share my solution": the learner's code and the problem it answers. */
export const SharedSolution = z.object({
  problem: Problem,
  code: z.string().check(z.maxLength(50_000)),
  /** Whether the sharer's code had passed every test when the link was made. */
  solved: z.boolean(),
});

/** A challenge: a whole pack, imported on the receiving side like any pack. */
export const SharedChallenge = z.object({ pack: ProblemPack });

export const SHARE_SCHEMAS = { problem: SharedProblem, solution: SharedSolution, challenge: SharedChallenge } as const;

export type Share =
  | { kind: 'problem'; data: z.infer<typeof SharedProblem> }
  | { kind: 'solution'; data: z.infer<typeof SharedSolution> }
  | { kind: 'challenge'; data: z.infer<typeof SharedChallenge> };

/** What a receiver may hand in instead of a link: a `.pydojo-share.json` file holding the link's fragment. */
export const ShareFile = z.object({
  format: z.literal('pydojo-share'),
  share: z.string().check(z.minLength(1)),
});
export type ShareFile = z.infer<typeof ShareFile>;
