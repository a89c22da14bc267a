// Over 400 lines: the engine is one object driving the harness (runs, grading, output capture, stdin); its parts share its buffers.
/**
 * The Python engine behind the worker: one warm Pyodide, the harness loaded
 * into a private namespace, runs and graded cases. It knows nothing about
 * how messages travel, so the browser worker and the Node worker thread
 * (tests and the pack checker) share it.
 */
import type { PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import traceSource from './trace.py';
import {
  CASE_OUTPUT_LIMIT,
  InterruptReason,
  OUTPUT_LIMITS,
  StdinState,
  STDIN_CAPACITY,
  type FromWorker,
  type GradeCase,
  type PyErrorInfo,
  type RawCaseResult,
  type RunResult,
  type RunStatus,
  type ToWorker,
} from '../src/core/python/protocol';
import growthSource from './growth.py';
import { measureGrowth, type GrowthCall, type GrowthReply } from './measure';

type Post = (message: FromWorker) => void;
type InitMessage = Extract<ToWorker, { type: 'init' }>;
type PyFn = PyProxy & ((...args: unknown[]) => unknown);

// Captured when this module loads, before any learner code exists: nothing a
// program does to the worker's globals later changes how replies are read.
const parseJson = JSON.parse;
const hasOwn = Object.hasOwn;
const stringType = 'string';

const HARNESS_FUNCTIONS = ['lockdown', 'run_program', 'load_submission', 'run_call', 'run_io', 'run_assert', 'trace_program', 'run_generate'] as const;
type HarnessName = (typeof HARNESS_FUNCTIONS)[number];

interface HarnessReply {
  status: string;
  error?: PyErrorInfo;
  exitCode?: number;
  actual?: string;
  actualRepr?: string;
  /** run_program: top-level functions of a program whose top level called nothing. */
  defined?: string[];
}

/** Read the harness's JSON reply, keeping only the fields of the protocol. */
function readReply(text: unknown): HarnessReply {
  if (typeof text !== stringType) return { status: 'error' };
  const raw = parseJson(text as string) as Record<string, unknown>;
  const reply: HarnessReply = { status: typeof raw.status === 'string' ? raw.status : 'error' };
  if (hasOwn(raw, 'error') && raw.error && typeof raw.error === 'object') {
    const e = raw.error as Record<string, unknown>;
    reply.error = {
      type: String(e.type ?? 'Error'),
      message: String(e.message ?? ''),
      line: typeof e.line === 'number' ? e.line : null,
      traceback: String(e.traceback ?? ''),
    };
  }
  if (typeof raw.exitCode === 'number') reply.exitCode = raw.exitCode;
  if (typeof raw.actual === 'string') reply.actual = raw.actual;
  if (typeof raw.actualRepr === 'string') reply.actualRepr = raw.actualRepr;
  if (Array.isArray(raw.defined)) reply.defined = raw.defined.filter((name): name is string => typeof name === 'string');
  return reply;
}

/** Thrown when Pyodide reports a fatal error: the interpreter must be replaced. */
export class FatalPythonError extends Error {
  readonly fatal = true;
}

function isFatal(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'pyodide_fatal_error' in error;
}

function pythonErrorType(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'type' in error) {
    const type = (error as { type: unknown }).type;
    return typeof type === 'string' ? type : null;
  }
  return null;
}

const TRUNCATED_NOTICE = `\n[output truncated: more than ${OUTPUT_LIMITS.lines.toLocaleString('en')} lines or 1 MB; the program is still running until it ends or you press Stop]\n`;

const HARNESS_MODULE = '_pydojo_harness';

/** Execute the harness, with the recorder, in a private namespace (never importable by learner code). */
export function loadHarness(pyodide: PyodideAPI, source: string): PyProxy {
  const namespace = loadNamespace(pyodide, source, 'harness.py');
  // The recorder for the visualiser joins the harness's namespace (it uses its run helpers).
  pyodide.runPython(traceSource, { globals: namespace, filename: 'trace.py' });
  return namespace;
}

/** Run Python source in a private namespace of its own (not the interpreter's globals). */
function loadNamespace(pyodide: PyodideAPI, source: string, filename: string): PyProxy {
  const namespace = pyodide.globals.get('dict')() as PyProxy;
  pyodide.runPython(source, { globals: namespace, filename });
  return namespace;
}

/**
 * Before a memory snapshot: load the harness into a module parked in
 * sys.modules, so the snapshot carries it already compiled and set up, and
 * freeze every object the interpreter then holds (gc.freeze): the collection
 * in lockdown, and every later one, looks only at objects made since (on a
 * repeat visit in Chromium, lockdown's collection took 30–40 ms; frozen, ~1 ms).
 */
export function parkHarnessForSnapshot(pyodide: PyodideAPI, source: string): void {
  const namespace = loadHarness(pyodide, source);
  const park = pyodide.runPython(
    `def _park(ns):\n    import sys, types\n    module = types.ModuleType(${JSON.stringify(HARNESS_MODULE)})\n    module.__dict__.update(ns)\n    sys.modules[module.__name__] = module\n_park`,
  ) as PyProxy & ((ns: PyProxy) => void);
  park(namespace);
  park.destroy();
  namespace.destroy();
  pyodide.runPython('import gc\ngc.collect()\ngc.freeze()\ndel gc');
}

/**
 * After restoring a snapshot (or right after parking): take the harness out
 * of sys.modules before any learner code can see it.
 */
export function unparkHarness(pyodide: PyodideAPI): PyProxy | null {
  const namespace = pyodide.runPython(
    `import sys\n_m = sys.modules.pop(${JSON.stringify(HARNESS_MODULE)}, None)\n_r = _m.__dict__ if _m is not None else None\ndel _m, sys\n_r`,
  ) as PyProxy | undefined;
  pyodide.runPython('del _r');
  return namespace ?? null;
}

export class Engine {
  private readonly decoder = new TextDecoder();
  private readonly stdinDecoder = new TextDecoder();
  private readonly harness: Record<HarnessName, PyFn>;
  /** growth.py's namespace, loaded on the first measurement. */
  private growth: { get(key: string): PyFn } | null = null;
  private interrupt: Int32Array | null = null;
  private reason: Int32Array | null = null;
  private stdinHeader: Int32Array | null = null;
  private stdinBytes: Uint8Array | null = null;
  private nonce = '';
  private post: Post = () => undefined;

  private requestId = 0;
  private mode: 'stream' | 'capture' = 'stream';
  private lines = 0;
  private bytes = 0;
  private truncated = false;
  private captured = '';
  private capturedErr = '';
  private lastLine = '';

  /**
   * Wraps a harness namespace (see loadHarness). Runs before the page has
   * said hello; configure() connects it.
   */
  constructor(
    private readonly pyodide: PyodideAPI,
    namespace: PyProxy,
    private readonly now: () => number,
  ) {
    pyodide.setStdout({ write: (buffer: Uint8Array) => this.write('stdout', buffer) });
    pyodide.setStderr({ write: (buffer: Uint8Array) => this.write('stderr', buffer) });
    pyodide.setStdin({ stdin: () => this.readStdin() });

    const lookup = namespace as unknown as { get(key: string): PyFn };
    const harness = {} as Record<HarnessName, PyFn>;
    for (const name of HARNESS_FUNCTIONS) harness[name] = lookup.get(name);
    this.harness = harness;
    // Cut Python off from JavaScript before any learner code runs: no `js`
    // or `pyodide_js` module, no JS proxies left in any module, no way to
    // rebuild them (see lockdown() in harness.py).
    for (const name of ['js', 'pyodide_js']) {
      try {
        pyodide.unregisterJsModule(name);
      } catch {
        // not registered in this host
      }
    }
    this.call('lockdown');
  }

  /** Attach the page's shared buffers and the channel back to it. */
  configure(init: Pick<InitMessage, 'interruptBuffer' | 'reasonBuffer' | 'stdinBuffer' | 'nonce'>, post: Post): void {
    this.nonce = init.nonce;
    this.post = post;
    this.interrupt = init.interruptBuffer ? new Int32Array(init.interruptBuffer, 0, 1) : null;
    this.reason = init.reasonBuffer ? new Int32Array(init.reasonBuffer, 0, 2) : null;
    this.stdinHeader = init.stdinBuffer ? new Int32Array(init.stdinBuffer, 0, 2) : null;
    this.stdinBytes = init.stdinBuffer ? new Uint8Array(init.stdinBuffer, 8, STDIN_CAPACITY) : null;
    if (this.interrupt) {
      Atomics.store(this.interrupt, 0, 0);
      this.pyodide.setInterruptBuffer(this.interrupt);
    }
  }

  get pythonVersion(): string {
    return String(this.pyodide.runPython('import sys\nsys.version.split()[0]'));
  }

  /** Run a whole program, streaming its output. */
  run(id: number, code: string): RunResult {
    this.begin(id, 'stream');
    const started = this.now();
    let reply: HarnessReply;
    try {
      reply = this.call('run_program', code, this.stdinHeader !== null);
    } catch (error) {
      reply = this.fromEscapedError(error);
    }
    let status = this.toRunStatus(reply.status);
    if (status === 'interrupted' && this.interruptReason() === 'timeout') {
      status = 'timeout';
      delete reply.error;
    }
    const silent = this.bytes === 0;
    return {
      status,
      ...(status === 'ok' && silent && reply.defined && reply.defined.length > 0 ? { uncalled: reply.defined } : {}),
      ...(reply.error ? { error: reply.error } : {}),
      ...(reply.exitCode !== undefined ? { exitCode: reply.exitCode } : {}),
      durationMs: this.now() - started,
      truncated: this.truncated,
    };
  }

  /**
   * Run a whole program under the recorder (workers/trace.py): its output is
   * kept in the recording, not streamed. Returns the run's result and the
   * recording as JSON text for the page to parse.
   */
  trace(id: number, code: string, stdin: string): { result: RunResult; recording: string } {
    this.begin(id, 'capture');
    const started = this.now();
    let reply: HarnessReply;
    let recording = '';
    try {
      const text = this.harness.trace_program(code, stdin);
      if (typeof text !== stringType) throw new FatalPythonError('the recorder replied with no text');
      const split = (text as string).indexOf('\n');
      reply = readReply((text as string).slice(0, split));
      recording = (text as string).slice(split + 1);
    } catch (error) {
      reply = this.fromEscapedError(isFatal(error) ? new FatalPythonError(String((error as Error).message ?? error)) : error);
    }
    let status = this.toRunStatus(reply.status);
    if (status === 'interrupted' && this.interruptReason() === 'timeout') {
      status = 'timeout';
      delete reply.error;
    }
    const result: RunResult = {
      status,
      ...(reply.error ? { error: reply.error } : {}),
      ...(reply.exitCode !== undefined ? { exitCode: reply.exitCode } : {}),
      durationMs: this.now() - started,
      truncated: false,
    };
    return { result, recording };
  }

  /** Grade a submission case by case (with `stopAfterTimeout`, none after the first that runs out of time). */
  grade(id: number, code: string, cases: GradeCase[], load: boolean, stopAfterTimeout = false): void {
    const started = this.now();
    let loadStatus: RunStatus = 'ok';
    let loadError: PyErrorInfo | undefined;
    if (load) {
      this.begin(id, 'capture');
      // Loading has a time limit too (the longest case's): a program that
      // loops at top level ends as an error, not a grade that never finishes.
      const loadLimitMs = cases.reduce((limit, c) => Math.max(limit, c.timeLimitMs), 1_000);
      this.post({ type: 'case-start', nonce: this.nonce, id, index: -1, timeLimitMs: loadLimitMs });
      let reply: HarnessReply;
      try {
        reply = this.call('load_submission', code);
      } catch (error) {
        reply = this.fromEscapedError(error);
      }
      loadStatus = this.toRunStatus(reply.status);
      loadError = reply.error;
      if (loadStatus === 'interrupted' && this.interruptReason() === 'timeout') {
        loadStatus = 'error';
        const seconds = Math.round(loadLimitMs / 100) / 10;
        loadError = {
          type: 'TimeoutError',
          message: `the program was still running after ${seconds} s while loading, so no test could run (is there a loop at the top level?)`,
          line: null,
          traceback: 'TimeoutError',
        };
      }
      if (loadStatus === 'exit') {
        loadStatus = 'error';
        loadError = {
          type: 'SystemExit',
          message: 'the program called exit() while loading, so no test could run',
          line: null,
          traceback: 'SystemExit',
        };
      }
    }
    let stopped = loadStatus === 'interrupted';
    for (let index = 0; index < cases.length; index++) {
      const testCase = cases[index];
      if (stopped || (load && loadStatus !== 'ok' && testCase.kind !== 'io' && testCase.kind !== 'generate')) {
        this.post({
          type: 'case-done',
          nonce: this.nonce,
          id,
          result: {
            index,
            status: stopped ? 'not-run' : 'error',
            stdout: '',
            durationMs: 0,
            ...(loadError && !stopped ? { error: loadError } : {}),
          },
        });
        continue;
      }
      let result = this.runCase(id, index, code, testCase);
      if ((result.status === 'timeout' || result.status === 'interrupted') && this.staleInterrupt(index)) {
        result = this.runCase(id, index, code, testCase);
      }
      if (result.status === 'interrupted' || (stopAfterTimeout && result.status === 'timeout')) stopped = true;
      this.post({ type: 'case-done', nonce: this.nonce, id, result });
    }
    this.post({
      type: 'grade-done',
      nonce: this.nonce,
      id,
      loadStatus,
      ...(loadError ? { loadError } : {}),
      durationMs: this.now() - started,
    });
  }

  /** Time the learner's function and the reference on growing inputs, streaming points. */
  measure(id: number, request: Extract<ToWorker, { type: 'measure' }>): void {
    this.begin(id, 'capture');
    const started = this.now();
    this.growth ??= loadNamespace(this.pyodide, growthSource, 'growth.py') as unknown as { get(key: string): PyFn };
    const growth = this.growth;
    const call: GrowthCall = (name, ...args) => {
      let reply: GrowthReply;
      try {
        const text = growth.get(name)(...args);
        reply = typeof text === stringType ? (parseJson(text as string) as GrowthReply) : { status: 'error' };
      } catch (error) {
        if (isFatal(error)) throw new FatalPythonError(String((error as Error).message ?? error));
        reply = this.fromEscapedError(error);
      }
      return reply;
    };
    const result = measureGrowth(request, call, this.now, (point) => this.post({ type: 'measure-point', nonce: this.nonce, id, point }));
    this.post({ type: 'measure-done', nonce: this.nonce, id, result: { ...result, durationMs: this.now() - started } });
  }

  private runCase(id: number, index: number, code: string, testCase: GradeCase): RawCaseResult {
    this.begin(id, 'capture');
    this.post({ type: 'case-start', nonce: this.nonce, id, index, timeLimitMs: testCase.timeLimitMs });
    const started = this.now();
    let reply: HarnessReply;
    try {
      switch (testCase.kind) {
        case 'call':
          reply = this.call('run_call', testCase.entry, testCase.argsJson, testCase.kwargsJson, testCase.inPlaceArg);
          break;
        case 'io':
          reply = this.call('run_io', code, testCase.stdin);
          break;
        case 'assert':
          reply = this.call('run_assert', testCase.code, testCase.entry);
          break;
        case 'generate':
          reply = this.call('run_generate', testCase.code, testCase.seed, testCase.n);
          break;
      }
    } catch (error) {
      reply = this.fromEscapedError(error);
    }
    const durationMs = this.now() - started;
    let status = reply.status;
    // A program that swallows the interrupt (except BaseException) and returns
    // anyway still ran past its limit, or was stopped.
    if (this.reason && Atomics.load(this.reason, 1) === index) {
      const reason = Atomics.load(this.reason, 0);
      if (reason === InterruptReason.timeout) status = 'timeout';
      else if (reason === InterruptReason.stop) status = 'interrupted';
    }
    if (status === 'timeout') delete reply.error;
    const known = ['ok', 'failed', 'error', 'timeout', 'interrupted'] as const;
    return {
      index,
      status: (known as readonly string[]).includes(status) ? (status as (typeof known)[number]) : 'error',
      ...(reply.actual !== undefined ? { actual: reply.actual } : {}),
      ...(reply.actualRepr !== undefined ? { actualRepr: reply.actualRepr } : {}),
      stdout: this.captured,
      ...(this.capturedErr ? { stderr: this.capturedErr } : {}),
      ...(reply.error ? { error: reply.error } : {}),
      durationMs,
    };
  }

  /** An interrupt aimed at an earlier case that landed in this one. */
  private staleInterrupt(index: number): boolean {
    return this.reason !== null && Atomics.load(this.reason, 0) === InterruptReason.timeout && Atomics.load(this.reason, 1) !== index;
  }

  private begin(id: number, mode: 'stream' | 'capture') {
    this.requestId = id;
    this.mode = mode;
    this.lines = 0;
    this.bytes = 0;
    this.truncated = false;
    this.captured = '';
    this.capturedErr = '';
    this.lastLine = '';
    // The interrupt buffer is not cleared here: the client clears it before it
    // posts a job, and a Stop pressed before this job began must still land.
  }

  private interruptReason(): 'stop' | 'timeout' | null {
    if (!this.reason) return null;
    const value = Atomics.load(this.reason, 0);
    if (value === InterruptReason.timeout) return 'timeout';
    if (value === InterruptReason.stop) return 'stop';
    return null;
  }

  /** Call a harness function; its reply is JSON text (a string crosses to JS as a plain string). */
  private call(name: HarnessName, ...args: unknown[]): HarnessReply {
    const fn = this.harness[name];
    try {
      return readReply(fn(...args));
    } catch (error) {
      if (isFatal(error)) throw new FatalPythonError(String((error as Error).message ?? error));
      throw error;
    }
  }

  /** An exception that escaped the harness itself (e.g. an interrupt landing between cases). */
  private fromEscapedError(error: unknown): HarnessReply {
    if (error instanceof FatalPythonError) throw error;
    const type = pythonErrorType(error);
    if (type === 'KeyboardInterrupt') {
      return { status: this.interruptReason() === 'timeout' ? 'timeout' : 'interrupted' };
    }
    if (type === 'RecursionError' || type === 'MemoryError') {
      return { status: 'error', error: { type, message: '', line: null, traceback: type } };
    }
    throw new FatalPythonError(error instanceof Error ? error.message : String(error));
  }

  private toRunStatus(status: string): RunStatus {
    switch (status) {
      case 'ok':
      case 'error':
      case 'exit':
      case 'interrupted':
      case 'timeout':
        return status;
      default:
        return 'error';
    }
  }

  private write(stream: 'stdout' | 'stderr', buffer: Uint8Array): number {
    const text = this.decoder.decode(buffer, { stream: true });
    if (this.mode === 'capture') {
      const kept = stream === 'stdout' ? this.captured : this.capturedErr;
      if (kept.length < CASE_OUTPUT_LIMIT) {
        let next = kept + text;
        if (next.length >= CASE_OUTPUT_LIMIT) next = next.slice(0, CASE_OUTPUT_LIMIT) + '\n[output truncated]\n';
        if (stream === 'stdout') this.captured = next;
        else this.capturedErr = next;
      }
      return buffer.length;
    }
    if (this.truncated) return buffer.length;
    let accepted = text;
    let newlines = 0;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) newlines++;
    if (this.lines + newlines > OUTPUT_LIMITS.lines || this.bytes + text.length > OUTPUT_LIMITS.bytes) {
      const room = Math.max(0, OUTPUT_LIMITS.bytes - this.bytes);
      let cut = Math.min(room, text.length);
      let seen = 0;
      for (let i = 0; i < cut; i++) {
        if (text.charCodeAt(i) === 10 && ++seen > OUTPUT_LIMITS.lines - this.lines) {
          cut = i;
          break;
        }
      }
      accepted = text.slice(0, cut) + TRUNCATED_NOTICE;
      this.truncated = true;
    }
    this.lines += newlines;
    this.bytes += text.length;
    const lastBreak = accepted.lastIndexOf('\n');
    this.lastLine = lastBreak === -1 ? (this.lastLine + accepted).slice(-500) : accepted.slice(lastBreak + 1).slice(-500);
    this.post({ type: 'output', nonce: this.nonce, id: this.requestId, stream, text: accepted });
    return buffer.length;
  }

  private readStdin(): string | null {
    const header = this.stdinHeader;
    const bytes = this.stdinBytes;
    if (!header || !bytes || this.mode === 'capture') return null;
    Atomics.store(header, 0, StdinState.waiting);
    this.post({ type: 'input-request', nonce: this.nonce, id: this.requestId, prompt: this.lastLine });
    Atomics.wait(header, 0, StdinState.waiting);
    const state = Atomics.load(header, 0);
    if (state === StdinState.interrupted) {
      // Atomics.wait does not watch the interrupt buffer: raise it here.
      this.pyodide.checkInterrupt();
      return null;
    }
    if (state === StdinState.eof) return null;
    const length = Math.min(Atomics.load(header, 1), STDIN_CAPACITY);
    // TextDecoder refuses views of a SharedArrayBuffer: decode a copy.
    const line = this.stdinDecoder.decode(bytes.slice(0, length));
    this.lastLine = '';
    return line + '\n';
  }
}
