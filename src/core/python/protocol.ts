/**
 * The contract between the page (src/adapters/python/client.ts) and the
 * Python worker (workers/). One discriminated union each way; both sides
 * import these types and end every switch with an exhaustiveness check.
 *
 * Every message from the worker carries the `nonce` the page chose when it
 * started the worker, so a program that reaches `postMessage` cannot forge
 * results. Replies to a request carry the request `id`.
 */

/** An exception raised by the learner's code, trimmed to their own frames. */
export interface PyErrorInfo {
  /** Exception class name, e.g. "NameError". */
  type: string;
  /** The exception message, without the class name. */
  message: string;
  /** Line in the editor where it happened (1-based), when known. */
  line: number | null;
  /** A traceback showing only frames of the learner's (and test) code. */
  traceback: string;
}

/** How a program run ended. */
export type RunStatus =
  /** Ran to completion. */
  | 'ok'
  /** Raised an exception (see `error`). */
  | 'error'
  /** Called sys.exit() / exit(); see `exitCode`. */
  | 'exit'
  /** Stopped by the learner (KeyboardInterrupt). */
  | 'interrupted'
  /** Stopped because it ran past the time limit. */
  | 'timeout'
  /** The interpreter died (stack overflow, out of memory) or had to be killed. */
  | 'crashed';

export interface RunResult {
  status: RunStatus;
  error?: PyErrorInfo;
  exitCode?: number;
  /** Wall time in the worker, milliseconds. */
  durationMs: number;
  /** Output went past the cap and the rest was dropped. */
  truncated: boolean;
  /** Set when the runtime had to be restarted to end this run. */
  restarted?: RestartReason;
  /**
   * A program that ran OK, printed nothing and whose top level only defined
   * functions (nothing called them): their names, so the page can say so.
   */
  uncalled?: string[];
}

export type RestartReason =
  /** The program ignored the interrupt (e.g. a loop inside C code). */
  | 'unresponsive'
  /** The interpreter reported a fatal error. */
  | 'fatal'
  /** No cross-origin isolation, so stopping means restarting. */
  | 'not-isolated';

/** One test case as the worker needs it: expected values never travel. */
export type GradeCase =
  | {
      kind: 'call';
      /** Function to call in the submission's namespace. */
      entry: string;
      /** JSON array of positional arguments (fresh objects for each case). */
      argsJson: string;
      /** JSON object of keyword arguments, or "" for none. */
      kwargsJson: string;
      /** Compare this argument after the call instead of the return value; -1 for none. */
      inPlaceArg: number;
      timeLimitMs: number;
    }
  | {
      kind: 'io';
      /** Text fed to stdin. */
      stdin: string;
      timeLimitMs: number;
    }
  | {
      kind: 'assert';
      /** Author assert code; a `check(candidate)` function is called with the entry point. */
      code: string;
      entry: string | null;
      timeLimitMs: number;
    }
  | {
      /**
       * Random tests: run an author's input generator (never learner code) as
       * `generate(random.Random(seed), n)`; `actual` is the canonical JSON of
       * the argument list it returned. Sent only to an interpreter that runs
       * no learner code (see src/core/random-tests.ts).
       */
      kind: 'generate';
      /** Python defining generate(rng, n). */
      code: string;
      seed: number;
      /** Size of the input, n >= 0. */
      n: number;
      timeLimitMs: number;
    };

/** What happened in one case, before the verdict is decided in src/core/grading.ts. */
export type RawCaseStatus =
  /** Ran without raising (call: `actual` holds the value; io: compare stdout; assert: passed). */
  | 'ok'
  /** An assertion in the test code failed. */
  | 'failed'
  /** The learner's code raised. */
  | 'error'
  /** Ran past the case's time limit. */
  | 'timeout'
  /** The learner pressed Stop. */
  | 'interrupted'
  /** The interpreter crashed or had to be restarted. */
  | 'crashed'
  /** Not reached (an earlier case stopped the run). */
  | 'not-run';

export interface RawCaseResult {
  index: number;
  status: RawCaseStatus;
  /** Canonical JSON text of the returned value (call cases). */
  actual?: string;
  /** repr() of the returned value, for display only. */
  actualRepr?: string;
  /** Everything the case printed to stdout (capped); io cases compare this. */
  stdout: string;
  /** What it wrote to stderr (capped); never compared. */
  stderr?: string;
  error?: PyErrorInfo;
  durationMs: number;
}

/** Loading stages, in order. */
export type LoadStage = 'download' | 'start' | 'harness';

/**
 * Where a boot spent its time: how Python started (from a memory snapshot or
 * from scratch) and the milliseconds of each step, in order.
 */
export interface BootProfile {
  from: 'snapshot' | 'scratch';
  steps: Array<[step: string, ms: number]>;
}

/** Which function a growth measurement concerns. */
export type GrowthSubject = 'mine' | 'reference';

/** One timing of a growth measurement. */
export interface GrowthPoint {
  who: GrowthSubject;
  n: number;
  /** Seconds per call: the fastest of a few batches of calls. */
  seconds: number;
  /** Calls per batch (several when one call is too quick to time alone). */
  loops: number;
}

/** How a growth measurement ended. */
export interface MeasureResult {
  status:
    /** Every size up to the largest was measured. */
    | 'completed'
    /** Stopped before the largest size: the next one would not fit the time budget. */
    | 'budget'
    /** Stopped by the learner. */
    | 'interrupted'
    /** Ran past the client's hard limit. */
    | 'timeout'
    /** A function (or the generator) raised; see `error`. */
    | 'error'
    /** The interpreter died or had to be restarted. */
    | 'crashed';
  error?: { who: GrowthSubject | 'generator'; type: string; message: string; n?: number };
  durationMs: number;
  restarted?: RestartReason;
}

export type ToWorker =
  /** The worker starts booting Python as soon as it loads; init connects it to the page. */
  | {
      type: 'init';
      id: number;
      /** Random token echoed on every reply. */
      nonce: string;
      /** Int32Array(1) handed to pyodide.setInterruptBuffer; null without isolation. */
      interruptBuffer: SharedArrayBuffer | null;
      /** Int32Array(1): why the interrupt was raised (see InterruptReason). */
      reasonBuffer: SharedArrayBuffer | null;
      /** Stdin mailbox: Int32Array header [state, byteLength] then UTF-8 bytes. */
      stdinBuffer: SharedArrayBuffer | null;
    }
  | {
      type: 'run';
      id: number;
      code: string;
    }
  | {
      type: 'grade';
      id: number;
      code: string;
      cases: GradeCase[];
      /** Whether call/assert cases need the submission loaded first. */
      load: boolean;
      /** End the grade at the first case that runs out of time: the rest are not run (the pack checker's shortcut). */
      stopAfterTimeout?: boolean;
    }
  /** Run a program under the recorder of the step-through visualiser (workers/trace.py). */
  | {
      type: 'trace';
      id: number;
      code: string;
      /** Lines input() reads, typed beforehand (the recording never waits for input). */
      stdin: string;
    }
  /**
   * Time the learner's function and the reference on growing inputs (only
   * once the problem is solved: the reference runs beside the learner's code).
   */
  | {
      type: 'measure';
      id: number;
      /** The learner's program and the reference, each defining `entry`. */
      code: string;
      reference: string;
      /** Python defining generate(rng, n) (Problem.generator.code). */
      generator: string;
      entry: string;
      /** Sizes to try, ascending (growthSizes in src/core/growth.ts). */
      sizes: number[];
      /** No new size is started once this much time has gone (ms). */
      budgetMs: number;
      /** Most time one function may spend on one size (ms); past it, larger sizes are skipped. */
      pointMs: number;
    };

export type FromWorker =
  | { type: 'progress'; nonce: string; stage: LoadStage; loaded: number; total: number }
  | {
      type: 'ready';
      nonce: string;
      id: number;
      pythonVersion: string;
      pyodideVersion: string;
      loadMs: number;
      boot: BootProfile;
    }
  | { type: 'output'; nonce: string; id: number; stream: 'stdout' | 'stderr'; text: string }
  /** The program called input(); `prompt` is the unfinished last line of output. */
  | { type: 'input-request'; nonce: string; id: number; prompt: string }
  | { type: 'run-done'; nonce: string; id: number; result: RunResult }
  /** `recording`: JSON text of a TraceRecording (src/core/python/trace.ts), parsed by the page. */
  | { type: 'trace-done'; nonce: string; id: number; result: RunResult; recording: string }
  | { type: 'case-start'; nonce: string; id: number; index: number; timeLimitMs: number }
  | { type: 'case-done'; nonce: string; id: number; result: RawCaseResult }
  | {
      type: 'grade-done';
      nonce: string;
      id: number;
      /** Set when the submission failed while loading (before any case ran). */
      loadError?: PyErrorInfo;
      loadStatus: RunStatus;
      durationMs: number;
    }
  | { type: 'measure-point'; nonce: string; id: number; point: GrowthPoint }
  | { type: 'measure-done'; nonce: string; id: number; result: MeasureResult }
  /** The interpreter is unusable: the page must restart the worker. */
  | { type: 'fatal'; nonce: string; id: number | null; message: string; during: 'load' | 'run' };

/** Values written to the reason buffer before raising an interrupt. */
export const InterruptReason = { none: 0, stop: 1, timeout: 2 } as const;

/** States of the stdin mailbox header (Int32Array index 0). */
export const StdinState = { waiting: 0, line: 1, eof: 2, interrupted: 3 } as const;

/** Bytes reserved for one line of input after the 8-byte header. */
export const STDIN_CAPACITY = 64 * 1024;

/** Output caps for one run (the rest is dropped with a notice). */
export const OUTPUT_LIMITS = { lines: 10_000, bytes: 1_000_000 } as const;

/** Output kept per graded case (io cases compare all of it). */
export const CASE_OUTPUT_LIMIT = 1_000_000;

/**
 * The name of the worker that boots Python once in the background to
 * prepare the next visit (warmStoredRuntime); it is ended as soon as it is
 * ready, so it leaves what it prepares before saying so.
 */
export const PREPARING_WORKER_NAME = 'python-warm';

export function assertNever(value: never): never {
  throw new Error(`Unexpected message: ${JSON.stringify(value)}`);
}
