import { describe, expect, it } from 'vitest';
import { clampStep, namesByObject, parseRecording, references, stepView, type TraceRecording } from './trace';

// a = [1]; b = a; c = {"k": a}, then a function call holding the list too.
const RECORDING: TraceRecording = {
  steps: [
    { line: 1, event: 'line', frames: [0], heap: [], out: 0 },
    { line: 2, event: 'line', frames: [1], heap: [0], out: 0 },
    { line: 5, event: 'call', frames: [2, 3], heap: [0, 1], out: 3 },
    { line: 6, event: 'return', frames: [2, 4], heap: [0, 1], out: 6 },
  ],
  frames: [
    { id: 1, name: '<module>', line: 1, vars: [] },
    { id: 1, name: '<module>', line: 2, vars: [['a', 1]] },
    { id: 1, name: '<module>', line: 7, vars: [['a', 1], ['b', 1], ['c', 2], ['n', '5']] },
    { id: 2, name: 'show', line: 5, vars: [['items', 1]] },
    { id: 2, name: 'show', line: 6, vars: [['items', 1]], ret: 'None' },
  ],
  objects: [
    { id: 1, type: 'list', kind: 'list', items: ['1'], more: 0 },
    { id: 2, type: 'dict', kind: 'dict', items: [["'k'", 1]], more: 3 },
  ],
  output: 'hi\nho\n',
  outputTruncated: false,
  limit: null,
};

describe('the step model', () => {
  it('shows the frames outermost first, the innermost marked current', () => {
    const view = stepView(RECORDING, 2);
    expect(view?.frames.map((frame) => [frame.name, frame.current])).toEqual([
      ['<module>', false],
      ['show', true],
    ]);
    expect(view?.frames[0].vars).toContainEqual({ name: 'n', value: { kind: 'inline', text: '5' } });
    expect(view).toMatchObject({ index: 2, total: 4, line: 5, event: 'call', output: 'hi\n' });
  });

  it('gives a return step its returned value and the whole output so far', () => {
    const view = stepView(RECORDING, 3);
    expect(view?.frames[1].returned).toEqual({ kind: 'inline', text: 'None' });
    expect(view?.output).toBe('hi\nho\n');
  });

  it('turns dict items into key → value rows and keeps the count left out', () => {
    const dict = stepView(RECORDING, 2)?.objects.find((o) => o.kind === 'dict');
    expect(dict?.rows).toEqual([{ key: { kind: 'inline', text: "'k'" }, value: { kind: 'ref', id: 1 } }]);
    expect(dict?.cells).toEqual([]);
    expect(dict?.more).toBe(3);
  });

  it('lists every reference, and the names that alias one object', () => {
    const view = stepView(RECORDING, 2);
    if (!view) throw new Error('no view');
    expect(references(view)).toEqual([
      { from: 'f1:a', to: 1 },
      { from: 'f1:b', to: 1 },
      { from: 'f1:c', to: 2 },
      { from: 'f2:items', to: 1 },
      { from: 'o2:v0', to: 1 },
    ]);
    expect(namesByObject(view).get(1)).toEqual(['a', 'b', 'items']);
  });

  it('clamps step numbers into the recording; an empty recording has no view', () => {
    expect(clampStep(RECORDING, -3)).toBe(0);
    expect(clampStep(RECORDING, 99)).toBe(3);
    expect(stepView(RECORDING, 99)?.index).toBe(3);
    expect(stepView({ ...RECORDING, steps: [] }, 0)).toBeNull();
  });

  it('parses only well-formed recordings', () => {
    expect(parseRecording(JSON.stringify(RECORDING))).toEqual(RECORDING);
    expect(parseRecording('')).toBeNull();
    expect(parseRecording('{"steps": 3}')).toBeNull();
    expect(parseRecording('not json')).toBeNull();
  });
});
