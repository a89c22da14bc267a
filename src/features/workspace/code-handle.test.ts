import { describe, expect, it, vi } from 'vitest';
import type { editor } from 'monaco-editor';
import { createCodeHandle } from './code-handle';

/** Just enough of a Monaco editor and its model: text, full-range edits, undo stops and change events. */
function fakeEditor(initial: string) {
  let text = initial;
  const listeners: Array<() => void> = [];
  const calls: string[] = [];
  const model = {
    getValue: () => text,
    getFullModelRange: () => ({ startLineNumber: 1, startColumn: 1, endLineNumber: 1, endColumn: text.length + 1 }),
  };
  const fake = {
    getModel: () => model,
    pushUndoStop: () => calls.push('undo-stop'),
    executeEdits: (_source: string, edits: Array<{ text: string }>) => {
      calls.push('edit');
      text = edits[0].text;
      listeners.forEach((listener) => listener());
      return true;
    },
    setPosition: () => undefined,
    focus: () => calls.push('focus'),
    onDidChangeModelContent: (listener: () => void) => {
      listeners.push(listener);
      return { dispose: () => listeners.splice(listeners.indexOf(listener), 1) };
    },
  };
  /** The learner types: the model changes without the handle being asked. */
  const type = (next: string) => {
    text = next;
    listeners.forEach((listener) => listener());
  };
  return { editor: fake as unknown as editor.IStandaloneCodeEditor, type, calls, listeners };
}

describe('code handle', () => {
  it('holds the initial code until an editor is attached, and replacing it then notifies', () => {
    const handle = createCodeHandle('def f():\n    pass\n');
    const changed = vi.fn();
    handle.onChange(changed);
    expect(handle.getCode()).toBe('def f():\n    pass\n');
    handle.replaceCode('print(1)\n');
    expect(handle.getCode()).toBe('print(1)\n');
    expect(changed).toHaveBeenCalledTimes(1);
    handle.focus(); // nothing to focus yet, and no error
  });

  it('reads the editor’s model once attached, so what the learner typed is what an action gets', () => {
    const handle = createCodeHandle('start');
    const { editor, type } = fakeEditor('start');
    const changed = vi.fn();
    handle.onChange(changed);
    handle.attach(editor);
    type('print("typed")');
    expect(handle.getCode()).toBe('print("typed")');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('replaces the code as one undoable edit between undo stops', () => {
    const handle = createCodeHandle('mine');
    const fake = fakeEditor('mine');
    handle.attach(fake.editor);
    handle.replaceCode('starter');
    expect(handle.getCode()).toBe('starter');
    expect(fake.calls).toEqual(['undo-stop', 'edit', 'undo-stop']);
    handle.replaceCode('starter'); // the same text: no edit at all
    expect(fake.calls).toHaveLength(3);
  });

  it('keeps the last text when the editor goes away, and stops listening to it', () => {
    const handle = createCodeHandle('start');
    const fake = fakeEditor('start');
    const changed = vi.fn();
    handle.onChange(changed);
    handle.attach(fake.editor);
    fake.type('last words');
    handle.detach();
    expect(fake.listeners).toHaveLength(0);
    expect(handle.getCode()).toBe('last words');
    fake.type('after detach');
    expect(handle.getCode()).toBe('last words');
    expect(changed).toHaveBeenCalledTimes(1);
  });

  it('unsubscribes a listener', () => {
    const handle = createCodeHandle('');
    const changed = vi.fn();
    const off = handle.onChange(changed);
    off();
    handle.replaceCode('x');
    expect(changed).not.toHaveBeenCalled();
  });
});

describe('a code handle with another source', () => {
  it('reads the source while it is set, and its own text again once it is cleared', () => {
    const handle = createCodeHandle('starter');
    let generated = 'print(1)\n';
    handle.setSource({ getCode: () => generated });
    expect(handle.getCode()).toBe('print(1)\n');
    generated = 'print(2)\n';
    expect(handle.getCode()).toBe('print(2)\n');
    handle.setSource(null);
    expect(handle.getCode()).toBe('starter');
  });
});
