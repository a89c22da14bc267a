// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lazyAfterLoad } from './lazy-after-load';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;
let readyState: DocumentReadyState;

beforeEach(() => {
  readyState = 'complete';
  vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

const Greeting = ({ name }: { name: string }) => <p>Hello, {name}</p>;

const waiting = <p>waiting</p>;

function show(Component: (props: { name: string }) => React.ReactNode) {
  act(() => root.render(<Component name="Ada" />));
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 10)));

describe('lazyAfterLoad', () => {
  it('asks for the code only after the load event, showing the fallback until it arrives', async () => {
    readyState = 'interactive';
    const load = vi.fn(async () => Greeting);
    show(lazyAfterLoad(load, { fallback: waiting }));
    await settle();
    expect(load).not.toHaveBeenCalled();
    expect(host.textContent).toBe('waiting');
    readyState = 'complete';
    window.dispatchEvent(new Event('load'));
    await vi.waitFor(async () => {
      await settle();
      expect(host.textContent).toBe('Hello, Ada');
    });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed download again after each wait', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockRejectedValueOnce(new Error('offline')).mockResolvedValue(Greeting);
    show(lazyAfterLoad(load, { fallback: waiting, retryWaitsMs: [1, 1] }));
    await vi.waitFor(async () => {
      await settle();
      expect(host.textContent).toBe('Hello, Ada');
    });
    expect(load).toHaveBeenCalledTimes(3);
  });
});
