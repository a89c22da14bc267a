/**
 * Blockly with PyDojo's Python blocks: the custom blocks idioms need (print
 * with sep/end, input(), f-strings, range, append/len/indexing, dict get/set,
 * return) and Python generators for them, plus generator fixes that keep the
 * output idiomatic (4-space indents, no `x = None` preamble, `x += 1`, no
 * `global` lines in functions). Imported only by the block editor (loaded
 * lazily) and by tests, which run it headless in Node.
 */
import * as Blockly from 'blockly/core';
import 'blockly/blocks';
import * as En from 'blockly/msg/en';
import { Order, pythonGenerator, type PythonGenerator } from 'blockly/python';

export { Blockly };

type Gen = PythonGenerator;
type Block = Blockly.Block;
/** The generator's bookkeeping of top-level definitions (protected in its types). */
const definitions = (gen: Gen) => (gen as unknown as { definitions_: Record<string, string> }).definitions_;

const STATEMENT = { previousStatement: null, nextStatement: null } as const;

/** The custom blocks' tooltips: keys of the `blocks.tooltips` messages. */
export const TOOLTIPS = ['print', 'input', 'intInput', 'convert', 'fstring', 'arith', 'forRange', 'append', 'len', 'index', 'dictEmpty', 'dictGet', 'dictSet', 'return'] as const;
export type TooltipKey = (typeof TOOLTIPS)[number];
/** Blockly's name for a tooltip's message: blocks refer to it as %{BKY_…} and Blockly reads it from Blockly.Msg when a block is created. */
const msgKey = (key: TooltipKey) => `PYDOJO_TOOLTIP_${key.toUpperCase()}`;
const tip = (key: TooltipKey) => `%{BKY_${msgKey(key)}}`;

const BLOCKS = [
  {
    type: 'py_print',
    message0: 'print %1 %2 %3',
    args0: [
      { type: 'input_value', name: 'A' },
      { type: 'input_value', name: 'B' },
      { type: 'input_value', name: 'C' },
    ],
    message1: 'sep %1 end %2',
    args1: [
      { type: 'field_input', name: 'SEP', text: ' ' },
      { type: 'field_input', name: 'END', text: '\\n' },
    ],
    inputsInline: true,
    ...STATEMENT,
    colour: 160,
    tooltip: tip('print'),
  },
  { type: 'py_input', message0: 'input( %1 )', args0: [{ type: 'field_input', name: 'PROMPT', text: '' }], output: 'String', colour: 190, tooltip: tip('input') },
  { type: 'py_int_input', message0: 'int(input())', output: 'Number', colour: 190, tooltip: tip('intInput') },
  {
    type: 'py_convert',
    message0: '%1 ( %2 )',
    args0: [
      { type: 'field_dropdown', name: 'FN', options: [['int', 'int'], ['float', 'float'], ['str', 'str']] },
      { type: 'input_value', name: 'X' },
    ],
    inputsInline: true,
    output: null,
    colour: 230,
    tooltip: tip('convert'),
  },
  { type: 'py_fstring', message0: 'f" %1 "', args0: [{ type: 'field_input', name: 'TEXT', text: '{name}' }], output: 'String', colour: 160, tooltip: tip('fstring') },
  {
    type: 'py_arith',
    message0: '%1 %2 %3',
    args0: [
      { type: 'input_value', name: 'A' },
      { type: 'field_dropdown', name: 'OP', options: [['+', '+'], ['-', '-'], ['*', '*'], ['/', '/'], ['//', '//'], ['%', '%'], ['**', '**']] },
      { type: 'input_value', name: 'B' },
    ],
    inputsInline: true,
    output: 'Number',
    colour: 230,
    tooltip: tip('arith'),
  },
  {
    type: 'py_for_range',
    message0: 'for %1 in range( %2 , %3 , %4 )',
    args0: [
      { type: 'field_variable', name: 'VAR', variable: 'i' },
      { type: 'input_value', name: 'START', check: 'Number' },
      { type: 'input_value', name: 'STOP', check: 'Number' },
      { type: 'input_value', name: 'STEP', check: 'Number' },
    ],
    message1: '%1',
    args1: [{ type: 'input_statement', name: 'DO' }],
    inputsInline: true,
    ...STATEMENT,
    colour: 120,
    tooltip: tip('forRange'),
  },
  {
    type: 'py_append',
    message0: '%1 .append( %2 )',
    args0: [
      { type: 'field_variable', name: 'LIST', variable: 'items' },
      { type: 'input_value', name: 'VALUE' },
    ],
    inputsInline: true,
    ...STATEMENT,
    colour: 260,
    tooltip: tip('append'),
  },
  { type: 'py_len', message0: 'len( %1 )', args0: [{ type: 'input_value', name: 'X' }], inputsInline: true, output: 'Number', colour: 260, tooltip: tip('len') },
  {
    type: 'py_index',
    message0: '%1 [ %2 ]',
    args0: [
      { type: 'input_value', name: 'SEQ' },
      { type: 'input_value', name: 'INDEX' },
    ],
    inputsInline: true,
    output: null,
    colour: 260,
    tooltip: tip('index'),
  },
  { type: 'py_dict_empty', message0: '{ }', output: 'Dict', colour: 20, tooltip: tip('dictEmpty') },
  {
    type: 'py_dict_get',
    message0: '%1 .get( %2 , %3 )',
    args0: [
      { type: 'field_variable', name: 'DICT', variable: 'counts' },
      { type: 'input_value', name: 'KEY' },
      { type: 'input_value', name: 'DEFAULT' },
    ],
    inputsInline: true,
    output: null,
    colour: 20,
    tooltip: tip('dictGet'),
  },
  {
    type: 'py_dict_set',
    message0: '%1 [ %2 ] = %3',
    args0: [
      { type: 'field_variable', name: 'DICT', variable: 'counts' },
      { type: 'input_value', name: 'KEY' },
      { type: 'input_value', name: 'VALUE' },
    ],
    inputsInline: true,
    ...STATEMENT,
    colour: 20,
    tooltip: tip('dictSet'),
  },
  { type: 'py_return', message0: 'return %1', args0: [{ type: 'input_value', name: 'VALUE' }], previousStatement: null, colour: 290, tooltip: tip('return') },
];

const ARITH_ORDER: Record<string, number> = { '+': Order.ADDITIVE, '-': Order.ADDITIVE, '*': Order.MULTIPLICATIVE, '/': Order.MULTIPLICATIVE, '//': Order.MULTIPLICATIVE, '%': Order.MULTIPLICATIVE, '**': Order.EXPONENTIATION };

/** What the learner typed in a sep/end field, with \n and \t read as in Python. */
function unescape(text: string): string {
  return text.replace(/\\(n|t|\\)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : '\\'));
}

/** A Python string literal (Blockly's quote_ turns a newline into a line continuation). */
function literal(text: string): string {
  // Double quotes when the text holds a single quote and no double one, as Python's repr() does.
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  const escaped = text.replace(/[\\'"\n\r\t]/g, (c) => (c === quote || c === '\\' ? `\\${c}` : c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : c));
  return `${quote}${escaped}${quote}`;
}

const value = (gen: Gen, block: Block, name: string, order: number = Order.NONE) => gen.valueToCode(block, name, order);
const variable = (gen: Gen, block: Block, field: string) => gen.getVariableName(block.getFieldValue(field));
const body = (gen: Gen, block: Block, name: string) => gen.statementToCode(block, name) || gen.PASS;

const GENERATORS: Record<string, (block: Block, gen: Gen) => string | [string, number] | null> = {
  py_print(block, gen) {
    const args = ['A', 'B', 'C'].map((name) => value(gen, block, name)).filter(Boolean);
    const sep = unescape(block.getFieldValue('SEP'));
    const end = unescape(block.getFieldValue('END'));
    if (sep !== ' ') args.push(`sep=${literal(sep)}`);
    if (end !== '\n') args.push(`end=${literal(end)}`);
    return `print(${args.join(', ')})\n`;
  },
  py_input: (block) => {
    const prompt = block.getFieldValue('PROMPT');
    return [prompt ? `input(${literal(prompt)})` : 'input()', Order.FUNCTION_CALL];
  },
  py_int_input: () => ['int(input())', Order.FUNCTION_CALL],
  py_convert: (block, gen) => [`${block.getFieldValue('FN')}(${value(gen, block, 'X')})`, Order.FUNCTION_CALL],
  py_fstring: (block) => [`f${literal(block.getFieldValue('TEXT'))}`, Order.ATOMIC],
  py_arith(block, gen) {
    const op = block.getFieldValue('OP');
    const order = ARITH_ORDER[op];
    // ** binds to the right: its left side needs brackets at equal precedence.
    const a = value(gen, block, 'A', op === '**' ? order - 0.5 : order) || '0';
    const b = value(gen, block, 'B', order + 0.5) || '0';
    return [`${a} ${op} ${b}`, order];
  },
  py_for_range(block, gen) {
    const start = value(gen, block, 'START');
    const stop = value(gen, block, 'STOP') || '0';
    const step = value(gen, block, 'STEP');
    const args = step ? [start || '0', stop, step] : start && start !== '0' ? [start, stop] : [stop];
    return `for ${variable(gen, block, 'VAR')} in range(${args.join(', ')}):\n${body(gen, block, 'DO')}`;
  },
  py_append: (block, gen) => `${variable(gen, block, 'LIST')}.append(${value(gen, block, 'VALUE')})\n`,
  py_len: (block, gen) => [`len(${value(gen, block, 'X')})`, Order.FUNCTION_CALL],
  py_index: (block, gen) => [`${value(gen, block, 'SEQ', Order.MEMBER) || '[]'}[${value(gen, block, 'INDEX') || '0'}]`, Order.MEMBER],
  py_dict_empty: () => ['{}', Order.ATOMIC],
  py_dict_get(block, gen) {
    const key = value(gen, block, 'KEY') || 'None';
    const fallback = value(gen, block, 'DEFAULT');
    return [`${variable(gen, block, 'DICT')}.get(${key}${fallback ? `, ${fallback}` : ''})`, Order.FUNCTION_CALL];
  },
  py_dict_set: (block, gen) => `${variable(gen, block, 'DICT')}[${value(gen, block, 'KEY') || 'None'}] = ${value(gen, block, 'VALUE') || 'None'}\n`,
  py_return: (block, gen) => {
    const result = value(gen, block, 'VALUE');
    return result ? `return ${result}\n` : 'return\n';
  },
  // Blockly's own generators for these write `x = (x if isinstance(x, Number) else 0) + 1` and `global` lines.
  math_change: (block, gen) => `${variable(gen, block, 'VAR')} += ${value(gen, block, 'DELTA', Order.ADDITIVE) || '1'}\n`,
  procedures_defreturn: defineFunction,
  procedures_defnoreturn: defineFunction,
};

function defineFunction(block: Block, gen: Gen): null {
  const name = gen.getProcedureName(block.getFieldValue('NAME'));
  let code = block.getInput('STACK') ? gen.statementToCode(block, 'STACK') : '';
  const result = block.getInput('RETURN') ? value(gen, block, 'RETURN') : '';
  if (result) code += `${gen.INDENT}return ${result}\n`;
  const [, names] = (block as Block & { getProcedureDef(): [string, string[], boolean] }).getProcedureDef();
  const params = names.map((v) => gen.getVariableName(v));
  definitions(gen)[`%${name}`] = gen.scrub_(block, `def ${name}(${params.join(', ')}):\n${code || gen.PASS}`);
  return null;
}

/** Blockly's own words (menus, built-in blocks) in a language: English is bundled, Japanese is fetched when asked for. */
export async function blocklyMessages(locale: string): Promise<Record<string, string>> {
  if (locale === 'ja') return (await import('blockly/msg/ja')) as unknown as Record<string, string>;
  return En as unknown as Record<string, string>;
}

/**
 * Put Blockly in a language: its own words and PyDojo's tooltips. Blocks
 * read their words when they are created, so a workspace created before
 * must be created again.
 */
export function setBlocksLocale(blockly: Record<string, string>, tooltips: Record<TooltipKey, string>): void {
  Blockly.setLocale(blockly);
  Blockly.setLocale(Object.fromEntries(TOOLTIPS.map((key) => [msgKey(key), tooltips[key]])));
  // A new function block starts without Blockly's placeholder comment ("Describe this function..."),
  // which would otherwise open every generated def with a comment the learner never wrote.
  Blockly.setLocale({ PROCEDURES_DEFRETURN_COMMENT: '', PROCEDURES_DEFNORETURN_COMMENT: '' });
}

let installed = false;

/** Register the blocks and generators once (Blockly's registries are global). */
export function installPythonBlocks(): void {
  if (installed) return;
  installed = true;
  Blockly.setLocale(En as unknown as Record<string, string>);
  Blockly.common.defineBlocksWithJsonArray(BLOCKS);
  Object.assign(pythonGenerator.forBlock, GENERATORS);
  pythonGenerator.INDENT = '    ';
  // Python needs no `x = None` line per variable before the program.
  const finish = pythonGenerator.finish.bind(pythonGenerator);
  pythonGenerator.finish = (code: string) => {
    delete definitions(pythonGenerator).variables;
    return finish(code);
  };
}

/** The Python program of a workspace: top-level definitions first, then the statements, ending in one newline. */
export function generatePython(workspace: Blockly.Workspace): string {
  installPythonBlocks();
  const code = pythonGenerator.workspaceToCode(workspace).replace(/\s+$/, '');
  return code ? `${code}\n` : '';
}

/** A headless workspace built from a serialised state (tests, and reading a saved program). */
export function workspaceFrom(state: object): Blockly.Workspace {
  installPythonBlocks();
  const workspace = new Blockly.Workspace();
  Blockly.serialization.workspaces.load(state, workspace);
  return workspace;
}
