// Over 400 lines: one state machine (states, timers, messages) reads best whole; splitting it would scatter its transitions.
/**
 * The page's side of the Python worker: an explicit state machine
 *
 *   loading → idle → running ⇄ awaiting-input → idle
 *                 ↘ restarting → idle            (Stop that was ignored, fatal error)
 *
 * Stops and time-outs come back as result values (`status: 'interrupted'` /
 * `'timeout'`), never as thrown errors. The worker is reached through a small
 * `WorkerPort`, so the same client drives a browser Worker and a Node worker
 * thread.
 */
import {
  assertNever,
  InterruptReason,
  StdinState,
  STDIN_CAPACITY,
  type FromWorker,
  type GradeCase,
  type GrowthPoint,
  type MeasureResult,
  type PyErrorInfo,
  type RawCaseResult,
  type RestartReason,
  type RunResult,
  type RunStatus,
  type ToWorker,
} from '@/core/python/protocol';
import { parseRecording, type TraceResult } from '@/core/python/trace';
import { INITIAL_SNAPSHOT, type RuntimeSnapshot } from './snapshot';

export type { RunResult, RestartReason, RawCaseResult, GrowthPoint, MeasureResult } from '@/core/python/protocol';
export type { TraceResult } from '@/core/python/trace';
export { INITIAL_SNAPSHOT, type Phase, type RuntimeSnapshot } from './snapshot';

export interface WorkerPort {
  post(message: ToWorker): void;
  /** Subscribe to replies and to the worker dying (a script error, say). */
  listen(onMessage: (message: FromWorker) => void, onError: (message: string) => void): void;
  terminate(): void;
}

export interface PythonClientOptions {
  spawn(): WorkerPort;
  /** Use SharedArrayBuffers (requires cross-origin isolation in browsers). */
  isolated: boolean;
  /** Re-signal an ignored interrupt after this long (ms). */
  resignalMs?: number;
  /** Give up on an ignored interrupt and restart after this long (ms). */
  graceMs?: number;
  now?: () => number;
}

export interface RunOptions {
  onOutput?(stream: 'stdout' | 'stderr', text: string): void;
  onInputRequest?(prompt: string): void;
  /** Wall-clock limit excluding time spent waiting for input; default 10 s. */
  timeLimitMs?: number;
}

export interface GradeOutcome {
  cases: RawCaseResult[];
  loadStatus: RunStatus;
  loadError?: PyErrorInfo;
  durationMs: number;
  /** How the grading ended overall. */
  status: 'completed' | 'interrupted' | 'crashed';
  restarted?: RestartReason;
}

interface RunJob {
  kind: 'run';
  id: number;
  options: RunOptions;
  resolve(result: RunResult): void;
  deadline: Timer | null;
  remainingMs: number;
  startedAt: number;
  truncated: boolean;
}

/** A recording for the visualiser: timed like a run, but it never waits for input. */
interface TraceJob {
  kind: 'trace';
  id: number;
  resolve(result: TraceResult): void;
  deadline: Timer | null;
  startedAt: number;
}

interface GradeJob {
  kind: 'grade';
  id: number;
  cases: GradeCase[];
  results: RawCaseResult[];
  currentIndex: number;
  onCaseDone?: (result: RawCaseResult) => void;
  resolve(outcome: GradeOutcome): void;
  deadline: Timer | null;
  startedAt: number;
}

/** What a growth measurement needs (see the `measure` request in the protocol). */
export type MeasureRequest = Omit<Extract<ToWorker, { type: 'measure' }>, 'type' | 'id'>;

interface MeasureJob {
  kind: 'measure';
  id: number;
  onPoint?: (point: GrowthPoint) => void;
  resolve(result: MeasureResult): void;
  deadline: Timer | null;
  startedAt: number;
}

type Job = RunJob | TraceJob | GradeJob | MeasureJob;
type Timer = ReturnType<typeof setTimeout>;

export const DEFAULT_TIME_LIMIT_MS = 10_000;

/**
 * A wasm stack overflow kills the interpreter before Python can raise
 * RecursionError (recursion through C functions such as sorted(key=...) uses
 * far more stack per call): report it as what the learner did.
 */
export function crashError(message: string): PyErrorInfo | undefined {
  if (!/Maximum call stack size exceeded|too much recursion|stack overflow/i.test(message)) return undefined;
  const text = 'maximum recursion depth exceeded: the calls went deeper than the browser allows, so Python was restarted';
  return { type: 'RecursionError', message: text, line: null, traceback: `RecursionError: ${text}` };
}

function randomNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export class PythonClient {
  private snapshot: RuntimeSnapshot;
  private readonly listeners = new Set<() => void>();
  private port: WorkerPort | null = null;
  private nonce = '';
  private nextId = 1;
  private job: Job | null = null;
  private readyWaiters: Array<{ resolve(): void; reject(error: Error): void }> = [];
  private stopTimers: Timer[] = [];
  private bootStarted = 0;
  private readonly interrupt: Int32Array | null;
  private readonly reason: Int32Array | null;
  private readonly stdinHeader: Int32Array | null;
  private readonly stdinBytes: Uint8Array | null;
  private readonly buffers: { interrupt: SharedArrayBuffer; reason: SharedArrayBuffer; stdin: SharedArrayBuffer } | null;
  private readonly resignalMs: number;
  private readonly graceMs: number;
  private readonly now: () => number;
  private readonly encoder = new TextEncoder();

  constructor(private readonly options: PythonClientOptions) {
    this.resignalMs = options.resignalMs ?? 250;
    this.graceMs = options.graceMs ?? 800;
    this.now = options.now ?? (() => performance.now());
    if (options.isolated) {
      const interrupt = new SharedArrayBuffer(4);
      const reason = new SharedArrayBuffer(8);
      const stdin = new SharedArrayBuffer(8 + STDIN_CAPACITY);
      this.buffers = { interrupt, reason, stdin };
      this.interrupt = new Int32Array(interrupt);
      this.reason = new Int32Array(reason);
      this.stdinHeader = new Int32Array(stdin, 0, 2);
      this.stdinBytes = new Uint8Array(stdin, 8, STDIN_CAPACITY);
    } else {
      this.buffers = null;
      this.interrupt = null;
      this.reason = null;
      this.stdinHeader = null;
      this.stdinBytes = null;
    }
    this.snapshot = { ...INITIAL_SNAPSHOT, isolated: options.isolated };
    this.boot();
  }

  // ---------------------------------------------------------------- state

  getSnapshot = (): RuntimeSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private update(patch: Partial<RuntimeSnapshot>) {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  /** Resolves once Python is ready to run code. */
  ready(): Promise<void> {
    const phase = this.snapshot.phase;
    if (phase === 'idle' || phase === 'running' || phase === 'awaiting-input') return Promise.resolve();
    if (phase === 'failed') return Promise.reject(new Error(this.snapshot.error ?? 'Python failed to load'));
    return new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }));
  }

  get busy(): boolean {
    return this.job !== null;
  }

  // ---------------------------------------------------------------- worker lifecycle

  private boot() {
    this.nonce = randomNonce();
    this.bootStarted = this.now();
    const port = this.options.spawn();
    this.port = port;
    const nonce = this.nonce;
    port.listen(
      (message) => {
        if (port !== this.port || message.nonce !== nonce) return; // stale worker or forged message
        this.onMessage(message);
      },
      (error) => {
        if (port !== this.port) return;
        this.onWorkerDied(error);
      },
    );
    port.post({
      type: 'init',
      id: 0,
      nonce,
      interruptBuffer: this.buffers?.interrupt ?? null,
      reasonBuffer: this.buffers?.reason ?? null,
      stdinBuffer: this.buffers?.stdin ?? null,
    });
  }

  private restart(reason: RestartReason) {
    this.clearStopTimers();
    this.port?.terminate();
    this.port = null;
    // The shared buffers outlive the worker: clear any interrupt still pending.
    this.resetSignals();
    if (this.stdinHeader) Atomics.store(this.stdinHeader, 0, StdinState.waiting);
    this.update({ phase: 'restarting', progress: 0, stage: null, prompt: null, lastRestart: reason });
    this.boot();
  }

  /** Throw away the interpreter and start a fresh one. */
  reset(): void {
    this.finishCurrent('interrupted', 'unresponsive');
    this.restart('unresponsive');
  }

  dispose(): void {
    this.clearStopTimers();
    this.port?.terminate();
    this.port = null;
  }

  // ---------------------------------------------------------------- running

  async run(code: string, options: RunOptions = {}): Promise<RunResult> {
    await this.ready();
    if (this.job) throw new Error('Python is already running a program');
    const id = this.nextId++;
    return new Promise<RunResult>((resolve) => {
      const job: RunJob = {
        kind: 'run',
        id,
        options,
        resolve,
        deadline: null,
        remainingMs: options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS,
        startedAt: this.now(),
        truncated: false,
      };
      this.begin(job, { type: 'run', id, code });
    });
  }

  /**
   * Run a program under the visualiser's recorder. input() reads `stdin`'s
   * lines (then end of input); output is part of the recording.
   */
  async trace(code: string, options: { stdin?: string; timeLimitMs?: number } = {}): Promise<TraceResult> {
    await this.ready();
    if (this.job) throw new Error('Python is already running a program');
    const id = this.nextId++;
    return new Promise<TraceResult>((resolve) => {
      const job: TraceJob = { kind: 'trace', id, resolve, deadline: null, startedAt: this.now() };
      this.begin(job, { type: 'trace', id, code, stdin: options.stdin ?? '' }, options.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS);
    });
  }

  async grade(
    code: string,
    cases: GradeCase[],
    options: { load: boolean; stopAfterTimeout?: boolean; onCaseDone?: (result: RawCaseResult) => void },
  ): Promise<GradeOutcome> {
    await this.ready();
    if (this.job) throw new Error('Python is already running a program');
    const id = this.nextId++;
    return new Promise<GradeOutcome>((resolve) => {
      const job: GradeJob = {
        kind: 'grade',
        id,
        cases,
        results: [],
        currentIndex: -1,
        ...(options.onCaseDone ? { onCaseDone: options.onCaseDone } : {}),
        resolve,
        deadline: null,
        startedAt: this.now(),
      };
      this.begin(job, { type: 'grade', id, code, cases, load: options.load, ...(options.stopAfterTimeout ? { stopAfterTimeout: true } : {}) });
    });
  }

  /**
   * Time a solved problem's function and its reference on growing inputs.
   * Points stream to `onPoint`; Stop and the hard limit (the budget plus one
   * point and a margin) come back as the result's status.
   */
  async measure(request: MeasureRequest, options: { onPoint?: (point: GrowthPoint) => void } = {}): Promise<MeasureResult> {
    await this.ready();
    if (this.job) throw new Error('Python is already running a program');
    const id = this.nextId++;
    return new Promise<MeasureResult>((resolve) => {
      const job: MeasureJob = {
        kind: 'measure',
        id,
        ...(options.onPoint ? { onPoint: options.onPoint } : {}),
        resolve,
        deadline: null,
        startedAt: this.now(),
      };
      // The hard limit: the budget plus one point and a margin.
      this.begin(job, { type: 'measure', id, ...request }, request.budgetMs + request.pointMs + 3_000);
    });
  }

  /**
   * Make `job` the running job and send its request. A run keeps its own
   * deadline (paused while it waits for input); other jobs with a `limitMs`
   * are stopped as a timeout past it.
   */
  private begin(job: Job, message: ToWorker, limitMs?: number): void {
    this.job = job;
    this.resetSignals();
    this.update({ phase: 'running', prompt: null });
    if (job.kind === 'run') this.armRunDeadline(job);
    else if (limitMs !== undefined) {
      job.deadline = setTimeout(() => {
        if (this.job === job) this.signal(InterruptReason.timeout);
      }, limitMs);
    }
    this.port?.post(message);
  }

  /** Answer a pending input() with a line, or null for end of input (EOFError). */
  provideInput(line: string | null): void {
    const job = this.job;
    if (!job || this.snapshot.phase !== 'awaiting-input' || !this.stdinHeader || !this.stdinBytes) return;
    if (line === null) {
      Atomics.store(this.stdinHeader, 0, StdinState.eof);
    } else {
      const encoded = this.encoder.encode(line.replace(/\r?\n$/, ''));
      const length = Math.min(encoded.length, STDIN_CAPACITY);
      this.stdinBytes.set(encoded.subarray(0, length));
      Atomics.store(this.stdinHeader, 1, length);
      Atomics.store(this.stdinHeader, 0, StdinState.line);
    }
    Atomics.notify(this.stdinHeader, 0);
    this.update({ phase: 'running', prompt: null });
    if (job.kind === 'run') this.armRunDeadline(job);
  }

  /** Stop the current program. Safe to call at any time. */
  stop(): void {
    this.signal(InterruptReason.stop);
  }

  private signal(reason: number) {
    const job = this.job;
    if (!job) return;
    if (!this.interrupt || !this.reason) {
      // Without SharedArrayBuffer the only way to stop Python is a new worker.
      this.finishCurrent(reason === InterruptReason.timeout ? 'timeout' : 'interrupted', 'not-isolated');
      this.restart('not-isolated');
      return;
    }
    const caseIndex = job.kind === 'grade' ? job.currentIndex : -1;
    Atomics.store(this.reason, 1, caseIndex);
    Atomics.store(this.reason, 0, reason);
    Atomics.store(this.interrupt, 0, 2); // SIGINT → KeyboardInterrupt
    if (this.snapshot.phase === 'awaiting-input' && this.stdinHeader) {
      // Atomics.wait in the worker does not see the interrupt buffer: wake it.
      Atomics.store(this.stdinHeader, 0, StdinState.interrupted);
      Atomics.notify(this.stdinHeader, 0);
    }
    this.clearStopTimers();
    this.stopTimers.push(
      setTimeout(() => {
        if (this.job === job && this.interrupt) Atomics.store(this.interrupt, 0, 2);
      }, this.resignalMs),
      setTimeout(() => {
        if (this.job !== job) return;
        this.finishCurrent(reason === InterruptReason.timeout ? 'timeout' : 'interrupted', 'unresponsive');
        this.restart('unresponsive');
      }, this.graceMs),
    );
  }

  private resetSignals() {
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    if (this.reason) {
      Atomics.store(this.reason, 0, InterruptReason.none);
      Atomics.store(this.reason, 1, -1);
    }
  }

  private armRunDeadline(job: RunJob) {
    if (job.deadline) clearTimeout(job.deadline);
    job.startedAt = this.now();
    job.deadline = setTimeout(() => {
      if (this.job === job) this.signal(InterruptReason.timeout);
    }, Math.max(0, job.remainingMs));
  }

  private pauseRunDeadline(job: RunJob) {
    if (job.deadline) clearTimeout(job.deadline);
    job.deadline = null;
    job.remainingMs -= this.now() - job.startedAt;
  }

  private clearStopTimers() {
    for (const timer of this.stopTimers) clearTimeout(timer);
    this.stopTimers = [];
  }

  /** End the current job from this side (the worker is being replaced). */
  private finishCurrent(status: 'interrupted' | 'timeout' | 'crashed', restarted: RestartReason, error?: PyErrorInfo) {
    const job = this.job;
    if (!job) return;
    this.job = null;
    if (job.deadline) clearTimeout(job.deadline);
    if (job.kind === 'run') {
      job.resolve({ status, ...(error ? { error } : {}), durationMs: this.now() - job.startedAt, truncated: job.truncated, restarted });
      return;
    }
    if (job.kind === 'trace') {
      job.resolve({ result: { status, ...(error ? { error } : {}), durationMs: this.now() - job.startedAt, truncated: false, restarted }, recording: null });
      return;
    }
    if (job.kind === 'measure') {
      job.resolve({ status, durationMs: this.now() - job.startedAt, restarted });
      return;
    }
    const cases = this.completeCases(job, status);
    job.resolve({
      cases,
      loadStatus: 'ok',
      durationMs: this.now() - job.startedAt,
      status: status === 'crashed' ? 'crashed' : status === 'timeout' ? 'completed' : 'interrupted',
      restarted,
    });
  }

  private completeCases(job: GradeJob, status: 'interrupted' | 'timeout' | 'crashed'): RawCaseResult[] {
    const cases = [...job.results];
    for (let index = cases.length; index < job.cases.length; index++) {
      const isCurrent = index === job.currentIndex;
      cases.push({
        index,
        status: isCurrent ? status : 'not-run',
        stdout: '',
        durationMs: 0,
      });
    }
    return cases;
  }

  // ---------------------------------------------------------------- messages

  private onMessage(message: FromWorker) {
    const job = this.job;
    switch (message.type) {
      case 'progress': {
        const weights = { download: [0, 0.8], start: [0.8, 0.15], harness: [0.95, 0.05] } as const;
        const [base, span] = weights[message.stage];
        const fraction = message.total > 0 ? message.loaded / message.total : 0;
        this.update({ stage: message.stage, progress: Math.min(1, base + span * fraction) });
        return;
      }
      case 'ready': {
        this.update({
          phase: this.job ? 'running' : 'idle',
          progress: 1,
          stage: null,
          pythonVersion: message.pythonVersion,
          pyodideVersion: message.pyodideVersion,
          loadMs: Math.round(this.now() - this.bootStarted),
          boot: message.boot,
          error: null,
        });
        const waiters = this.readyWaiters;
        this.readyWaiters = [];
        for (const waiter of waiters) waiter.resolve();
        return;
      }
      case 'output':
        if (job?.kind === 'run' && job.id === message.id) {
          if (message.text.includes('[output truncated')) job.truncated = true;
          job.options.onOutput?.(message.stream, message.text);
        }
        return;
      case 'input-request':
        if (job?.kind === 'run' && job.id === message.id) {
          this.pauseRunDeadline(job);
          this.update({ phase: 'awaiting-input', prompt: message.prompt });
          job.options.onInputRequest?.(message.prompt);
        }
        return;
      case 'run-done':
        if (job?.kind === 'run' && job.id === message.id) {
          this.job = null;
          if (job.deadline) clearTimeout(job.deadline);
          this.clearStopTimers();
          // A run that ended normally makes an earlier restart notice stale.
          this.update({ phase: 'idle', prompt: null, ...(message.result.restarted ? {} : { lastRestart: null }) });
          job.resolve(message.result);
        }
        return;
      case 'trace-done':
        if (job?.kind === 'trace' && job.id === message.id) {
          this.job = null;
          if (job.deadline) clearTimeout(job.deadline);
          this.clearStopTimers();
          this.update({ phase: 'idle', prompt: null, ...(message.result.restarted ? {} : { lastRestart: null }) });
          job.resolve({ result: message.result, recording: parseRecording(message.recording) });
        }
        return;
      case 'case-start':
        if (job?.kind === 'grade' && job.id === message.id) {
          job.currentIndex = message.index;
          if (job.deadline) clearTimeout(job.deadline);
          job.deadline = setTimeout(() => {
            if (this.job === job && job.currentIndex === message.index) this.signal(InterruptReason.timeout);
          }, message.timeLimitMs);
        }
        return;
      case 'case-done':
        if (job?.kind === 'grade' && job.id === message.id) {
          if (job.deadline) clearTimeout(job.deadline);
          job.deadline = null;
          this.clearStopTimers();
          job.results.push(message.result);
          job.onCaseDone?.(message.result);
        }
        return;
      case 'grade-done':
        if (job?.kind === 'grade' && job.id === message.id) {
          this.job = null;
          if (job.deadline) clearTimeout(job.deadline);
          this.clearStopTimers();
          this.update({ phase: 'idle', prompt: null });
          const interrupted = job.results.some((r) => r.status === 'interrupted') || message.loadStatus === 'interrupted';
          job.resolve({
            cases: job.results,
            loadStatus: message.loadStatus,
            ...(message.loadError ? { loadError: message.loadError } : {}),
            durationMs: message.durationMs,
            status: interrupted ? 'interrupted' : 'completed',
          });
        }
        return;
      case 'measure-point':
        if (job?.kind === 'measure' && job.id === message.id) job.onPoint?.(message.point);
        return;
      case 'measure-done':
        if (job?.kind === 'measure' && job.id === message.id) {
          this.job = null;
          if (job.deadline) clearTimeout(job.deadline);
          this.clearStopTimers();
          this.update({ phase: 'idle', prompt: null });
          job.resolve(message.result);
        }
        return;
      case 'fatal':
        if (message.during === 'load' && !this.job) {
          this.failLoad(message.message);
          return;
        }
        this.finishCurrent('crashed', 'fatal', crashError(message.message));
        this.restart('fatal');
        return;
      default:
        assertNever(message);
    }
  }

  private onWorkerDied(error: string) {
    if (this.snapshot.phase === 'loading' || this.snapshot.phase === 'restarting') {
      if (!this.job) {
        this.failLoad(error);
        return;
      }
    }
    this.finishCurrent('crashed', 'fatal');
    this.restart('fatal');
  }

  private failLoad(error: string) {
    this.port?.terminate();
    this.port = null;
    this.update({ phase: 'failed', error });
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const waiter of waiters) waiter.reject(new Error(error));
  }
}
