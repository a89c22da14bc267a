import { afterAll, describe, expect, it } from 'vitest';
import { blocklyMessages, generatePython, setBlocksLocale, TOOLTIPS, workspaceFrom, type TooltipKey } from './python-blocks';

type B = { type: string; id?: string; fields?: Record<string, unknown>; inputs?: Record<string, { block: B }>; next?: { block: B }; extraState?: unknown };
const v = (id: string) => ({ id });
const num = (n: number): B => ({ type: 'math_number', fields: { NUM: n } });
const get = (id: string): B => ({ type: 'variables_get', fields: { VAR: v(id) } });
const text = (s: string): B => ({ type: 'text', fields: { TEXT: s } });
/** Chain statements with `next`. */
function chain(...blocks: B[]): B {
  return blocks.reduceRight((next, block) => ({ ...block, next: { block: next } }));
}
function python(blocks: B[], variables: Record<string, string> = {}): string {
  const state = {
    blocks: { languageVersion: 0, blocks },
    variables: Object.entries(variables).map(([id, name]) => ({ id, name })),
  };
  return generatePython(workspaceFrom(state));
}

describe('Python generated from blocks', () => {
  it('reads two numbers and prints an f-string, without a variable preamble', () => {
    const program = chain(
      { type: 'variables_set', fields: { VAR: v('a') }, inputs: { VALUE: { block: { type: 'py_int_input' } } } },
      { type: 'variables_set', fields: { VAR: v('b') }, inputs: { VALUE: { block: { type: 'py_int_input' } } } },
      { type: 'py_print', inputs: { A: { block: { type: 'py_fstring', fields: { TEXT: '{a} + {b} = {a + b}' } } } } },
    );
    expect(python([program], { a: 'a', b: 'b' })).toBe("a = int(input())\nb = int(input())\nprint(f'{a} + {b} = {a + b}')\n");
  });

  it('prints several values with sep and end only when they differ from the defaults', () => {
    const plain = { type: 'py_print', inputs: { A: { block: text('a') }, B: { block: num(1) } } };
    const custom = { type: 'py_print', fields: { SEP: ', ', END: '' }, inputs: { A: { block: text('a') }, C: { block: num(2) } } };
    const newlineSep = { type: 'py_print', fields: { SEP: '\\n', END: '!\\n' }, inputs: { A: { block: text('x') } } };
    const empty = { type: 'py_print' };
    expect(python([chain(plain, custom, newlineSep, empty)])).toBe("print('a', 1)\nprint('a', 2, sep=', ', end='')\nprint('x', sep='\\n', end='!\\n')\nprint()\n");
  });

  it('quotes f-strings so the expressions inside may use quotes', () => {
    const program = chain(
      { type: 'py_print', inputs: { A: { block: { type: 'py_fstring', fields: { TEXT: "{d['k']} is {n}" } } } } },
      { type: 'py_print', inputs: { A: { block: { type: 'py_fstring', fields: { TEXT: 'say "hi" \\ {n}' } } } } },
    );
    expect(python([program])).toBe('print(f"{d[\'k\']} is {n}")\nprint(f\'say "hi" \\\\ {n}\')\n');
  });

  it('reads text with or without a prompt and converts it', () => {
    const program = chain(
      { type: 'variables_set', fields: { VAR: v('n') }, inputs: { VALUE: { block: { type: 'py_input', fields: { PROMPT: 'Name? ' } } } } },
      { type: 'variables_set', fields: { VAR: v('x') }, inputs: { VALUE: { block: { type: 'py_convert', fields: { FN: 'float' }, inputs: { X: { block: { type: 'py_input' } } } } } } },
    );
    expect(python([program], { n: 'name', x: 'x' })).toBe("name = input('Name? ')\nx = float(input())\n");
  });

  it('loops over range with one, two or three arguments, with 4-space indents, and counts with +=', () => {
    const loop = (inputs: Record<string, { block: B }>, body?: B): B => ({ type: 'py_for_range', fields: { VAR: v('i') }, inputs: { ...inputs, ...(body ? { DO: { block: body } } : {}) } });
    const change: B = { type: 'math_change', fields: { VAR: v('t') }, inputs: { DELTA: { block: get('i') } } };
    const program = chain(
      { type: 'variables_set', fields: { VAR: v('t') }, inputs: { VALUE: { block: num(0) } } },
      loop({ STOP: { block: num(5) } }, change),
      loop({ START: { block: num(1) }, STOP: { block: num(10) } }),
      loop({ START: { block: num(10) }, STOP: { block: num(0) }, STEP: { block: num(-2) } }),
    );
    expect(python([program], { t: 'total', i: 'i' })).toBe(
      'total = 0\nfor i in range(5):\n    total += i\nfor i in range(1, 10):\n    pass\nfor i in range(10, 0, -2):\n    pass\n',
    );
  });

  it('uses arithmetic with Python operators and brackets only where needed', () => {
    const op = (a: B, o: string, b: B): B => ({ type: 'py_arith', fields: { OP: o }, inputs: { A: { block: a }, B: { block: b } } });
    const program: B = { type: 'py_print', inputs: { A: { block: op(op(get('a'), '+', get('b')), '*', num(2)) }, B: { block: op(get('a'), '//', num(10)) }, C: { block: op(get('a'), '-', op(get('b'), '-', num(1))) } } };
    expect(python([program], { a: 'a', b: 'b' })).toBe('print((a + b) * 2, a // 10, a - (b - 1))\n');
  });

  it('builds lists and dicts with append, len, indexing, get and set', () => {
    const program = chain(
      { type: 'variables_set', fields: { VAR: v('xs') }, inputs: { VALUE: { block: { type: 'lists_create_empty' } } } },
      { type: 'py_append', fields: { LIST: v('xs') }, inputs: { VALUE: { block: num(3) } } },
      { type: 'variables_set', fields: { VAR: v('d') }, inputs: { VALUE: { block: { type: 'py_dict_empty' } } } },
      { type: 'py_dict_set', fields: { DICT: v('d') }, inputs: { KEY: { block: text('k') }, VALUE: { block: { type: 'py_dict_get', fields: { DICT: v('d') }, inputs: { KEY: { block: text('k') }, DEFAULT: { block: num(0) } } } } } },
      { type: 'py_print', inputs: { A: { block: { type: 'py_len', inputs: { X: { block: get('xs') } } } }, B: { block: { type: 'py_index', inputs: { SEQ: { block: get('xs') }, INDEX: { block: num(0) } } } } } },
    );
    expect(python([program], { xs: 'xs', d: 'd' })).toBe("xs = []\nxs.append(3)\nd = {}\nd['k'] = d.get('k', 0)\nprint(len(xs), xs[0])\n");
  });

  it('writes if/elif/else with comparisons and boolean operators', () => {
    const cmp = (a: B, op: string, b: B): B => ({ type: 'logic_compare', fields: { OP: op }, inputs: { A: { block: a }, B: { block: b } } });
    const say = (s: string): B => ({ type: 'py_print', inputs: { A: { block: text(s) } } });
    const program: B = {
      type: 'controls_if',
      extraState: { elseIfCount: 1, hasElse: true },
      inputs: {
        IF0: { block: { type: 'logic_operation', fields: { OP: 'AND' }, inputs: { A: { block: cmp(get('n'), 'GTE', num(13)) }, B: { block: cmp(get('n'), 'LTE', num(19)) } } } },
        DO0: { block: say('teen') },
        IF1: { block: { type: 'logic_negate', inputs: { BOOL: { block: cmp(get('n'), 'EQ', num(0)) } } } },
        DO1: { block: say('other') },
        ELSE: { block: say('zero') },
      },
    };
    expect(python([program], { n: 'n' })).toBe("if n >= 13 and n <= 19:\n    print('teen')\nelif not n == 0:\n    print('other')\nelse:\n    print('zero')\n");
  });

  it('writes while loops and for-each loops', () => {
    const program = chain(
      { type: 'controls_whileUntil', fields: { MODE: 'WHILE' }, inputs: { BOOL: { block: { type: 'logic_compare', fields: { OP: 'GT' }, inputs: { A: { block: get('n') }, B: { block: num(0) } } } }, DO: { block: { type: 'math_change', fields: { VAR: v('n') }, inputs: { DELTA: { block: num(-1) } } } } } },
      { type: 'controls_forEach', fields: { VAR: v('x') }, inputs: { LIST: { block: get('xs') }, DO: { block: { type: 'py_print', inputs: { A: { block: get('x') } } } } } },
    );
    expect(python([program], { n: 'n', x: 'x', xs: 'xs' })).toBe('while n > 0:\n    n += -1\nfor x in xs:\n    print(x)\n');
  });

  it('defines functions with parameters and return, without global lines, before the program', () => {
    const def: B = {
      type: 'procedures_defreturn',
      fields: { NAME: 'is_teen' },
      extraState: { params: [{ name: 'age', id: 'age' }] },
      inputs: {
        STACK: { block: { type: 'controls_if', inputs: { IF0: { block: { type: 'logic_compare', fields: { OP: 'LT' }, inputs: { A: { block: get('age') }, B: { block: num(13) } } } }, DO0: { block: { type: 'py_return', inputs: { VALUE: { block: { type: 'logic_boolean', fields: { BOOL: 'FALSE' } } } } } } } } },
        RETURN: { block: { type: 'logic_compare', fields: { OP: 'LTE' }, inputs: { A: { block: get('age') }, B: { block: num(19) } } } },
      },
    };
    const call: B = { type: 'py_print', inputs: { A: { block: { type: 'procedures_callreturn', extraState: { name: 'is_teen', params: ['age'] }, inputs: { ARG0: { block: num(15) } } } } } };
    const other: B = { type: 'variables_set', fields: { VAR: v('x') }, inputs: { VALUE: { block: num(1) } } };
    expect(python([def, chain(other, call)], { age: 'age', x: 'x' })).toBe('def is_teen(age):\n    if age < 13:\n        return False\n    return age <= 19\n\n\nx = 1\nprint(is_teen(15))\n');
  });

  it('writes pass for an empty function and an empty program for an empty workspace', () => {
    expect(python([{ type: 'procedures_defnoreturn', fields: { NAME: 'greet' } }])).toBe('def greet():\n    pass\n');
    expect(python([])).toBe('');
  });
});

describe('the blocks’ words', () => {
  const tooltips = (prefix: string) => Object.fromEntries(TOOLTIPS.map((key) => [key, `${prefix} ${key}`])) as Record<TooltipKey, string>;
  const blocks = () => workspaceFrom({ blocks: { languageVersion: 0, blocks: [{ type: 'py_len' }, { type: 'controls_if', y: 100 }] } }).getTopBlocks(true);

  afterAll(async () => setBlocksLocale(await blocklyMessages('en'), tooltips('English')));

  it('takes PyDojo’s tooltips and Blockly’s own words from the language set before the blocks are created', async () => {
    setBlocksLocale(await blocklyMessages('en'), tooltips('English'));
    const [len, branch] = blocks();
    expect(len.tooltip).toBe('English len');
    expect(branch.toString()).toMatch(/^if\b/);

    setBlocksLocale(await blocklyMessages('ja'), tooltips('日本語'));
    const [lenJa, branchJa] = blocks();
    expect(lenJa.tooltip).toBe('日本語 len');
    expect(branchJa.toString()).toMatch(/^もし/);
  });

  it('generates the same Python whatever the language', async () => {
    setBlocksLocale(await blocklyMessages('ja'), tooltips('日本語'));
    const program = { type: 'py_print', inputs: { A: { block: { type: 'py_len', inputs: { X: { block: get('xs') } } } } } };
    expect(python([program], { xs: 'xs' })).toBe('print(len(xs))\n');
  });
});
