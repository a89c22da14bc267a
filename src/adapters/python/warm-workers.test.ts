import { describe, expect, it } from 'vitest';
import { WarmWorkers } from './browser';

class FakeWorker {
  terminated = false;
  constructor(readonly id: number) {}
  terminate() {
    this.terminated = true;
  }
}

function pool(early: FakeWorker | null = null) {
  let made = 0;
  const all: FakeWorker[] = [];
  const idle: Array<() => void> = [];
  const workers = new WarmWorkers<FakeWorker>(
    () => {
      const worker = new FakeWorker(++made);
      all.push(worker);
      return worker;
    },
    (task) => idle.push(task),
    () => early,
  );
  const runIdle = () => idle.splice(0).forEach((task) => task());
  return { workers, runIdle, all, made: () => made, pendingIdle: () => idle.length };
}

describe('WarmWorkers', () => {
  it('hands the early worker to the first taker, then starts workers on demand', () => {
    const early = new FakeWorker(0);
    const { workers, made } = pool(early);
    expect(workers.take()).toBe(early);
    expect(workers.take().id).toBe(1);
    expect(made()).toBe(1);
  });

  it('boots a spare only when the page is idle, and only one', () => {
    const { workers, runIdle, made, pendingIdle } = pool();
    workers.take();
    workers.prestart();
    workers.prestart();
    expect(made()).toBe(1);
    expect(pendingIdle()).toBe(1);
    runIdle();
    expect(made()).toBe(2);
    expect(workers.take().id).toBe(2);
  });

  it('boots an idle-time spare only if it is still wanted when the page is idle', () => {
    const { workers, runIdle, made } = pool();
    workers.take();
    let running = true;
    workers.prestart(false, () => running);
    running = false; // the program finished before the page was idle
    runIdle();
    expect(made()).toBe(1);
    workers.prestart(false, () => running);
    running = true; // a later program is still running when the page is idle
    runIdle();
    expect(made()).toBe(2);
  });

  it('replaces a spare that was used at once', () => {
    const { workers, runIdle, made } = pool();
    workers.take();
    workers.prestart();
    runIdle();
    expect(workers.take().id).toBe(2); // a restart takes the spare
    expect(made()).toBe(3);
    expect(workers.take().id).toBe(3);
  });

  it('starts a spare at once when asked soon, and the idle request then adds none', () => {
    const { workers, runIdle, made } = pool();
    workers.take();
    workers.prestart();
    workers.prestart(true);
    expect(made()).toBe(2);
    runIdle();
    expect(made()).toBe(2);
  });

  it('terminates the spare when disposed', () => {
    const { workers, all } = pool();
    workers.take();
    workers.prestart(true);
    workers.dispose();
    expect(all.map((worker) => worker.terminated)).toEqual([false, true]);
    expect(workers.take().id).toBe(3);
  });
});
