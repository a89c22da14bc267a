import * as z from 'zod/mini';

const Slug = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens, e.g. two-pointers'), z.maxLength(60));

const node = {
  id: Slug,
  name: z.string().check(z.minLength(1), z.maxLength(80)),
  /** Position among its siblings (1-based). */
  order: z.number().check(z.int(), z.gte(1), z.lte(999)),
  /** A short overview for the learner (Markdown, one to three sentences). */
  overview: z.string().check(z.minLength(1), z.maxLength(1_000)),
  /** Python considerations: idioms to use and pitfalls to avoid. */
  considerations: z.array(z.string().check(z.minLength(1), z.maxLength(400))).check(z.minLength(1), z.maxLength(8)),
};

function uniqueIds<T extends { id: string }>(items: T[], ctx: z.core.$RefinementCtx, key: string) {
  const seen = new Map<string, number>();
  items.forEach((item, index) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: [key, index, 'id'], message: `duplicates the id of ${key}[${first}] ("${item.id}")` });
    } else seen.set(item.id, index);
  });
}

/** A kind of exercise within a subtopic, e.g. "reverse a string". */
export const ProblemType = z.object(node);
export type ProblemType = z.infer<typeof ProblemType>;

export const Subtopic = z
  .object({ ...node, problemTypes: z.array(ProblemType).check(z.minLength(1), z.maxLength(20)) })
  .check(z.superRefine((s, ctx) => uniqueIds(s.problemTypes, ctx, 'problemTypes')));
export type Subtopic = z.infer<typeof Subtopic>;

export const Module = z
  .object({ ...node, subtopics: z.array(Subtopic).check(z.minLength(1), z.maxLength(20)) })
  .check(z.superRefine((m, ctx) => uniqueIds(m.subtopics, ctx, 'subtopics')));
export type Module = z.infer<typeof Module>;

/** Where a problem sits in the curriculum. */
export const TopicRef = z.object({
  module: Slug,
  subtopic: Slug,
  problemType: Slug,
});
export type TopicRef = z.infer<typeof TopicRef>;
