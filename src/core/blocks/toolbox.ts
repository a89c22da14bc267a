/**
 * Which blocks a beginner problem offers in block mode: a small toolbox
 * chosen from the problem's place in the curriculum and its tags, so the
 * learner sees what the problem needs and little else. Printing and
 * variables are always there. Plain data in Blockly's toolbox JSON shape.
 */

/** A group of blocks shown as one toolbox category. */
export type Kit = 'output' | 'input' | 'variables' | 'math' | 'text' | 'logic' | 'loops' | 'lists' | 'dicts' | 'functions';

/** The order categories appear in. */
export const KITS: readonly Kit[] = ['output', 'input', 'variables', 'math', 'text', 'logic', 'loops', 'lists', 'dicts', 'functions'];

/** Curriculum modules (and `module/subtopic` for a finer choice) → kits. */
export const TOPIC_KITS: Record<string, Kit[]> = {
  basics: ['math', 'text'],
  'basics/input-and-output': ['input'],
  'basics/booleans-and-logic': ['logic'],
  stdio: ['input', 'text', 'math', 'loops'],
  'control-flow': ['math', 'logic', 'loops'],
  'control-flow/while-loops': ['input'],
  'control-flow/nested-loops': ['input', 'text'],
  lists: ['math', 'logic', 'loops', 'lists'],
  dicts: ['text', 'logic', 'loops', 'dicts'],
  functions: ['math', 'text', 'logic', 'functions'],
  strings: ['text', 'math', 'logic', 'loops'],
};

/** Problem tags → kits (problems outside the curriculum, such as packs, have only tags). */
export const TAG_KITS: Record<string, Kit[]> = {
  'input-output': ['input', 'text'],
  input: ['input'],
  conversion: ['input', 'math'],
  arithmetic: ['math'],
  modulo: ['math'],
  integers: ['math'],
  floats: ['math'],
  precedence: ['math'],
  numbers: ['math'],
  strings: ['text'],
  'f-strings': ['text'],
  formatting: ['text'],
  booleans: ['logic'],
  comparisons: ['logic'],
  conditionals: ['logic'],
  'control-flow': ['logic', 'loops'],
  loops: ['loops', 'math'],
  while: ['loops', 'logic'],
  accumulator: ['loops', 'math'],
  'nested-loops': ['loops'],
  lists: ['lists', 'loops'],
  dicts: ['dicts'],
  dict: ['dicts'],
  counting: ['dicts', 'loops'],
  functions: ['functions'],
  return: ['functions'],
};

export interface ToolboxSource {
  tags: string[];
  topic?: { module: string; subtopic: string };
  /** More places in the curriculum (a guided project's required lessons). */
  topics?: Array<{ module: string; subtopic: string }>;
  /** A problem tested by calling a function needs def/return. */
  entryPoint?: string;
}

/** The kits a problem offers, in toolbox order. */
export function kitsFor(problem: ToolboxSource): Kit[] {
  const chosen = new Set<Kit>(['output', 'variables']);
  const add = (kits: Kit[] | undefined) => kits?.forEach((kit) => chosen.add(kit));
  for (const topic of [...(problem.topic ? [problem.topic] : []), ...(problem.topics ?? [])]) {
    add(TOPIC_KITS[topic.module]);
    add(TOPIC_KITS[`${topic.module}/${topic.subtopic}`]);
  }
  for (const tag of problem.tags) add(TAG_KITS[tag]);
  if (problem.entryPoint) chosen.add('functions');
  return KITS.filter((kit) => chosen.has(kit));
}

interface BlockItem {
  kind: 'block';
  type: string;
  inputs?: Record<string, { shadow: { type: string; fields: Record<string, string | number> } }>;
  fields?: Record<string, string | number>;
  extraState?: Record<string, unknown>;
}
export interface ToolboxCategory {
  kind: 'category';
  name: string;
  colour: string;
  contents?: BlockItem[];
  /** Dynamic categories: Blockly's variables, and functions (Blockly's procedures plus `return`). */
  custom?: 'VARIABLE' | 'PYDOJO_FUNCTIONS';
}
export interface Toolbox {
  kind: 'categoryToolbox';
  contents: ToolboxCategory[];
}

const num = (n: number) => ({ shadow: { type: 'math_number', fields: { NUM: n } } });
const text = (s: string) => ({ shadow: { type: 'text', fields: { TEXT: s } } });
const block = (type: string, extra: Omit<BlockItem, 'kind' | 'type'> = {}): BlockItem => ({ kind: 'block', type, ...extra });

/** Every kit's category. Block types starting with py_ are PyDojo's own (see src/features/blocks). */
export const CATEGORIES: Record<Kit, ToolboxCategory> = {
  output: { kind: 'category', name: 'Output', colour: '160', contents: [block('py_print', { inputs: { A: text('Hello') } }), block('text'), block('py_fstring')] },
  input: { kind: 'category', name: 'Input', colour: '190', contents: [block('py_input'), block('py_int_input'), block('py_convert')] },
  variables: { kind: 'category', name: 'Variables', colour: '330', custom: 'VARIABLE' },
  math: {
    kind: 'category',
    name: 'Numbers',
    colour: '230',
    contents: [block('math_number'), block('py_arith', { inputs: { A: num(1), B: num(1) } }), block('py_convert')],
  },
  text: { kind: 'category', name: 'Text', colour: '160', contents: [block('text'), block('py_fstring'), block('py_len'), block('py_convert')] },
  logic: {
    kind: 'category',
    name: 'Logic',
    colour: '210',
    contents: [block('controls_if'), block('controls_if', { extraState: { hasElse: true } }), block('logic_compare'), block('logic_operation'), block('logic_negate'), block('logic_boolean')],
  },
  loops: {
    kind: 'category',
    name: 'Loops',
    colour: '120',
    contents: [block('py_for_range', { inputs: { STOP: num(5) } }), block('controls_forEach'), block('controls_whileUntil'), block('controls_flow_statements')],
  },
  lists: {
    kind: 'category',
    name: 'Lists',
    colour: '260',
    contents: [block('lists_create_empty'), block('lists_create_with'), block('py_append'), block('py_len'), block('py_index', { inputs: { INDEX: num(0) } })],
  },
  dicts: { kind: 'category', name: 'Dictionaries', colour: '20', contents: [block('py_dict_empty'), block('py_dict_get'), block('py_dict_set'), block('py_index')] },
  functions: { kind: 'category', name: 'Functions', colour: '290', custom: 'PYDOJO_FUNCTIONS' },
};

/** The toolbox of a problem: its kits' categories. */
export function toolboxFor(problem: ToolboxSource): Toolbox {
  return { kind: 'categoryToolbox', contents: kitsFor(problem).map((kit) => CATEGORIES[kit]) };
}
