/**
 * The response schemas PyDojo sends to Gemini, all in one place, and the
 * rules they keep. They are request-only: small shapes inside the documented
 * `responseJsonSchema` subset that tell the model what to write. What comes
 * back is still parsed and validated in full by the shared zod schemas
 * (`AI_ANSWERS`, `Problem`); see `answers.ts`.
 *
 * Why hand-written, not generated from zod: Gemini compiles a schema into a
 * decoding constraint and refuses one with "too many states for serving"
 * (400). Its documentation names the causes: long property or enum names,
 * long array limits (especially nested), many optional properties, numeric
 * bounds and complex formats; very large or deeply nested schemas may be
 * rejected, and recursion is only unrolled to a limited depth. The problem
 * schema generated from zod was 3.4 KB, 62 nodes, depth 5, with a recursive
 * JSON value, `oneOf` test shapes and nested `maxItems` of 200 and 50.
 * Keywords such as `const`, `pattern`, `minLength` or `propertyNames` are
 * outside the subset and are not enforced by the model anyway.
 *
 * So: JSON values (a test's args, kwargs and expected value) travel as JSON
 * text in a string and are parsed before zod; tests are capped at
 * MAX_GENERATED_TESTS; no nested arrays, no numeric bounds, no formats.
 */

/** The documented `responseJsonSchema` keywords. A schema that uses any other fails the contract test. */
export const ALLOWED_SCHEMA_KEYWORDS = [
  '$id',
  '$defs',
  '$ref',
  '$anchor',
  'type',
  'format',
  'title',
  'description',
  'enum',
  'items',
  'prefixItems',
  'minItems',
  'maxItems',
  'minimum',
  'maximum',
  'anyOf',
  'oneOf',
  'properties',
  'additionalProperties',
  'required',
  'propertyOrdering',
] as const;

/**
 * Limits PyDojo holds its schemas to, set from the documented causes of a
 * schema-complexity 400, with room below what was reported to fail (3.4 KB,
 * 62 nodes, depth 5).
 */
export const SCHEMA_LIMITS = {
  /** Serialised JSON, in bytes (the schema also counts against input tokens). */
  maxBytes: 2_048,
  /** Levels of nested schemas: object → array → object → leaf is 4. */
  maxDepth: 4,
  /** Schema nodes in all. */
  maxNodes: 40,
  /** The largest `maxItems` of any array ("long array length limits"). */
  maxArrayLimit: 12,
  /** Arrays of arrays ("flatten nested arrays"). */
  maxNestedArrays: 0,
  /** All `enum` values together. */
  maxEnumValues: 12,
  /** Properties left optional, over every object. */
  maxOptional: 6,
  /** `minimum`/`maximum` bounds and `format`s ("constrained properties"). */
  maxBounds: 0,
} as const;

/** A generated question carries at most this many tests (the prompt asks for 8). */
export const MAX_GENERATED_TESTS = 12;

export type JsonSchema = { [keyword: string]: unknown };

const str = (description?: string): JsonSchema => (description ? { type: 'string', description } : { type: 'string' });
const list = (items: JsonSchema, maxItems: number): JsonSchema => ({ type: 'array', items, maxItems });
const object = (properties: Record<string, JsonSchema>, optional: string[] = []): JsonSchema => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((name) => !optional.includes(name)),
});

/** A generated question as Gemini writes it (call tests only; JSON values as text). */
const QUESTION = object(
  {
    id: str(),
    title: str(),
    statement: str('Markdown'),
    difficulty: { type: 'string', enum: ['beginner', 'intermediate', 'advanced'] },
    tags: list(str(), 6),
    entryPoint: str(),
    starterCode: str(),
    solution: str(),
    tests: list(
      object(
        {
          name: str(),
          hidden: { type: 'boolean' },
          args: str('JSON array of the positional arguments'),
          kwargs: str('JSON object of keyword arguments'),
          expected: str('JSON of the return value'),
        },
        ['name', 'kwargs'],
      ),
      MAX_GENERATED_TESTS,
    ),
    hints: list(str(), 3),
    wrongSolutions: list(object({ code: str(), why: str() }), 2),
  },
  ['id', 'tags', 'wrongSolutions'],
);

const REVIEW = object({
  summary: str(),
  strengths: list(str(), 3),
  points: list(object({ kind: { type: 'string', enum: ['reasoning', 'edge-case', 'style', 'complexity'] }, text: str() }), 6),
  complexity: object({ time: str(), space: str() }),
});

const EXPLANATION = object({ explanation: str('Markdown'), keyIdeas: list(str(), 4) });

const OPTIMIZATION = object({
  code: str(),
  explanation: str('Markdown'),
  complexity: object({ before: str(), after: str() }),
});

/** Every response schema PyDojo sends, by route. */
export const RESPONSE_SCHEMAS = {
  'generate-question': QUESTION,
  'evaluate-code': REVIEW,
  'reveal-solution': EXPLANATION,
  'optimize-solution': OPTIMIZATION,
} as const satisfies Record<string, JsonSchema>;

export type StructuredRoute = keyof typeof RESPONSE_SCHEMAS;

// ---------------------------------------------------------------------------
// The contract: a schema's keywords, recursion, size and depth.

export interface SchemaReport {
  bytes: number;
  depth: number;
  nodes: number;
  keywords: string[];
  problems: string[];
}

const SUBSCHEMA_MAPS = new Set(['properties', '$defs']);
const SUBSCHEMA_LISTS = new Set(['anyOf', 'oneOf', 'prefixItems']);

/** Measure a schema and list every way it breaks the rules above. */
export function checkSchema(schema: JsonSchema, limits: typeof SCHEMA_LIMITS = SCHEMA_LIMITS): SchemaReport {
  const allowed = new Set<string>(ALLOWED_SCHEMA_KEYWORDS);
  const problems: string[] = [];
  const keywords = new Set<string>();
  let nodes = 0;
  let depth = 0;
  let enumValues = 0;
  let optional = 0;
  let bounds = 0;
  let nestedArrays = 0;
  const defs = (schema.$defs ?? {}) as Record<string, JsonSchema>;

  const walk = (node: unknown, path: string, level: number, inArray: boolean) => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      if (typeof node !== 'boolean') problems.push(`${path}: not a schema`);
      return;
    }
    const s = node as JsonSchema;
    nodes += 1;
    depth = Math.max(depth, level);
    for (const [keyword, value] of Object.entries(s)) {
      keywords.add(keyword);
      if (!allowed.has(keyword)) problems.push(`${path}: keyword "${keyword}" is outside the documented subset`);
      if (SUBSCHEMA_MAPS.has(keyword)) {
        for (const [name, child] of Object.entries(value as Record<string, unknown>)) walk(child, `${path}.${keyword}.${name}`, keyword === '$defs' ? 1 : level + 1, false);
      } else if (SUBSCHEMA_LISTS.has(keyword)) {
        (value as unknown[]).forEach((child, i) => walk(child, `${path}.${keyword}[${i}]`, level + 1, inArray || keyword === 'prefixItems'));
      } else if (keyword === 'items' || (keyword === 'additionalProperties' && typeof value === 'object')) {
        if (keyword === 'items' && inArray) nestedArrays += 1;
        walk(value, `${path}.${keyword}`, level + 1, keyword === 'items');
      }
    }
    if (Array.isArray(s.enum)) enumValues += s.enum.length;
    if (s.minimum !== undefined || s.maximum !== undefined || s.format !== undefined) bounds += 1;
    if (typeof s.maxItems === 'number' && s.maxItems > limits.maxArrayLimit) problems.push(`${path}: maxItems ${s.maxItems} is over ${limits.maxArrayLimit}`);
    if (s.type === 'array' && s.maxItems === undefined && s.prefixItems === undefined) problems.push(`${path}: an array without maxItems`);
    if (s.properties) {
      const required = new Set((s.required as string[] | undefined) ?? []);
      optional += Object.keys(s.properties as object).filter((name) => !required.has(name)).length;
      for (const name of required) if (!(name in (s.properties as object))) problems.push(`${path}: requires "${name}", which it does not define`);
    }
  };
  walk(schema, '(root)', 1, false);

  const cycle = requiredCycle(schema, defs);
  if (cycle) problems.push(`required recursion: ${cycle}`);
  const bytes = new TextEncoder().encode(JSON.stringify(schema)).length;
  if (bytes > limits.maxBytes) problems.push(`${bytes} bytes is over ${limits.maxBytes}`);
  if (depth > limits.maxDepth) problems.push(`depth ${depth} is over ${limits.maxDepth}`);
  if (nodes > limits.maxNodes) problems.push(`${nodes} nodes is over ${limits.maxNodes}`);
  if (enumValues > limits.maxEnumValues) problems.push(`${enumValues} enum values is over ${limits.maxEnumValues}`);
  if (optional > limits.maxOptional) problems.push(`${optional} optional properties is over ${limits.maxOptional}`);
  if (bounds > limits.maxBounds) problems.push(`${bounds} numeric bounds or formats is over ${limits.maxBounds}`);
  if (nestedArrays > limits.maxNestedArrays) problems.push(`${nestedArrays} arrays of arrays is over ${limits.maxNestedArrays}`);
  return { bytes, depth, nodes, keywords: [...keywords].sort(), problems };
}

/**
 * A `$ref` chain that must recurse: a definition that reaches itself through
 * required properties, `items` of arrays with `minItems` > 0, or `allOf`-like
 * single branches. Such a schema has no finite instance.
 */
function requiredCycle(schema: JsonSchema, defs: Record<string, JsonSchema>): string | null {
  const refsOf = (node: unknown, out: Set<string>) => {
    if (typeof node !== 'object' || node === null) return;
    const s = node as JsonSchema;
    if (typeof s.$ref === 'string') out.add(s.$ref.replace(/^#\/\$defs\//, ''));
    const required = new Set((s.required as string[] | undefined) ?? []);
    for (const [name, child] of Object.entries((s.properties as Record<string, unknown>) ?? {})) if (required.has(name)) refsOf(child, out);
    if (s.items && typeof s.minItems === 'number' && s.minItems > 0) refsOf(s.items, out);
    for (const key of ['anyOf', 'oneOf'] as const) {
      const branches = s[key] as unknown[] | undefined;
      if (branches?.length === 1) refsOf(branches[0], out);
    }
  };
  const edges = new Map<string, Set<string>>();
  for (const [name, def] of Object.entries(defs)) {
    const out = new Set<string>();
    refsOf(def, out);
    edges.set(name, out);
  }
  const visit = (name: string, trail: string[]): string | null => {
    if (trail.includes(name)) return [...trail.slice(trail.indexOf(name)), name].join(' → ');
    for (const next of edges.get(name) ?? []) {
      const found = visit(next, [...trail, name]);
      if (found) return found;
    }
    return null;
  };
  const roots = new Set<string>();
  refsOf(schema, roots);
  for (const start of [...roots, ...edges.keys()]) {
    const found = visit(start, []);
    if (found) return found;
  }
  return null;
}

/** The schema as text for a prompt, when asking for JSON without a response schema. */
export function describeShape(route: StructuredRoute): string {
  return `Answer with one JSON object and nothing else, shaped like this JSON Schema:\n${JSON.stringify(RESPONSE_SCHEMAS[route])}`;
}
