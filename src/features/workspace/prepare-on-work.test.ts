// @vitest-environment happy-dom
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeHandle } from './code-handle';
import { usePrepareOnWork } from './use-runner';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A code handle whose edits the test makes. */
function fakeCode() {
  const listeners = new Set<() => void>();
  const handle: CodeHandle = {
    getCode: () => '',
    replaceCode: () => undefined,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    focus: () => undefined,
    highlightLine: () => undefined,
  };
  return { handle, edit: () => listeners.forEach((listener) => listener()), listening: () => listeners.size };
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

function mount(prepare: () => void, code: CodeHandle, started: boolean) {
  function Page() {
    usePrepareOnWork(prepare, code, started);
    return null;
  }
  root ??= createRoot(document.createElement('div'));
  act(() => root!.render(createElement(Page)));
}

describe('usePrepareOnWork', () => {
  it('prepares nothing while the learner only reads, then at their first edit', () => {
    const calls: string[] = [];
    const code = fakeCode();
    mount(() => calls.push('prepare'), code.handle, false);
    expect(calls).toEqual([]);
    code.edit();
    expect(calls).toEqual(['prepare']);
  });

  it('prepares at once for a learner who comes back to code of their own', () => {
    const calls: string[] = [];
    const code = fakeCode();
    mount(() => calls.push('prepare'), code.handle, true);
    expect(calls).toEqual(['prepare']);
    expect(code.listening()).toBe(0);
  });

  it('stops listening when the page goes', () => {
    const code = fakeCode();
    mount(() => undefined, code.handle, false);
    expect(code.listening()).toBe(1);
    act(() => root?.unmount());
    root = null;
    expect(code.listening()).toBe(0);
  });
});
