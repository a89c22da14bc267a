/**
 * The page's Python: two kinds of interpreter, each in its own worker.
 *
 *   runner   Run, input(), Stop, lesson examples. Learner code runs here freely.
 *   grader   One per Submit: an interpreter that has never run learner code,
 *            booted ahead of time, used for one grading session and then
 *            thrown away. Nothing a program did in the runner, or in an
 *            earlier submission, can reach it.
 *
 * Workers come from a `spawn` that may hand out a worker started earlier
 * (the browser keeps one warm spare), so replacing a stuck runner or the
 * used grader costs a message, not a boot.
 */
import {
  PythonClient,
  type GradeOutcome,
  type GrowthPoint,
  type MeasureRequest,
  type MeasureResult,
  type PythonClientOptions,
  type RawCaseResult,
  type RunOptions,
  type RunResult,
  type RuntimeSnapshot,
} from './client';
import type { GradeCase } from '@/core/python/protocol';
import type { TraceResult } from '@/core/python/trace';

export type GradeFn = (
  code: string,
  cases: GradeCase[],
  options: { load: boolean; onCaseDone?: (result: RawCaseResult) => void },
) => Promise<GradeOutcome>;

export interface PythonRuntimeOptions {
  /** Builds a client; `role` lets the host pick how its worker starts. */
  client(role: 'runner' | 'grader'): PythonClient;
  /** Runs a task when the page is idle (defaults to a short timeout). */
  whenIdle?(task: () => void): void;
  /**
   * Start a spare worker, so a stuck runner can be replaced at once: at once
   * when `soon`, else when the page is idle if `stillWanted()` holds then.
   */
  prestart?(soon?: boolean, stillWanted?: () => boolean): void;
}

export class PythonRuntime {
  readonly runner: PythonClient;
  /** Pristine graders booted ahead of the next Submit (see warmGraders). */
  private readonly graders: PythonClient[] = [];
  private gradersWanted = 1;
  /**
   * The graders of the sessions in progress, so Stop reaches them. A Submit
   * with random tests holds two at once: its own, and the reference side's
   * (see src/core/random-tests.ts), which never runs learner code.
   */
  private readonly active = new Set<PythonClient>();
  private disposed = false;
  private readonly whenIdle: (task: () => void) => void;

  constructor(private readonly options: PythonRuntimeOptions) {
    this.whenIdle = options.whenIdle ?? ((task) => setTimeout(task, 200));
    this.runner = options.client('runner');
  }

  /** Boot graders until as many as wanted wait for the next Submit. */
  private prepareGraders(): void {
    while (!this.disposed && this.graders.length < this.gradersWanted) this.graders.push(this.options.client('grader'));
  }

  /**
   * A page where the learner can submit asks for its graders ahead of time:
   * one, or two for a problem with random tests (its Submit grades in two
   * interpreters at once, the learner's and the reference's). They boot once
   * the runner is ready and the page is idle, so the first boot has the
   * machine to itself and pages without Submit boot only one.
   */
  warmGraders(count = 1): void {
    if (this.disposed) return;
    this.gradersWanted = Math.max(1, count);
    // A problem that needs fewer lets the extra interpreter go.
    while (this.graders.length > this.gradersWanted) this.graders.pop()?.dispose();
    this.runner.ready().then(
      () => this.whenIdle(() => this.prepareGraders()),
      () => undefined,
    );
  }

  // ------------------------------------------------ the runner's face (status bar, Run)

  getSnapshot = (): RuntimeSnapshot => this.runner.getSnapshot();
  subscribe = (listener: () => void): (() => void) => this.runner.subscribe(listener);
  ready = (): Promise<void> => this.runner.ready();

  get busy(): boolean {
    return this.runner.busy || this.active.size > 0;
  }

  /**
   * Code is about to run: if it is still running when the page is next idle,
   * have a spare ready in case Stop has to replace the runner. A program that
   * has already finished by then needs none.
   */
  private spareForLongRuns(): void {
    this.options.prestart?.(false, () => this.runner.busy);
  }

  run(code: string, options: RunOptions = {}): Promise<RunResult> {
    this.spareForLongRuns();
    return this.runner.run(code, options);
  }

  /** Record a program for the step-through visualiser, in the runner like a Run. */
  trace(code: string, options: { stdin?: string; timeLimitMs?: number } = {}): Promise<TraceResult> {
    this.spareForLongRuns();
    return this.runner.trace(code, options);
  }

  /** Measure growth in the runner (the learner's own interpreter; see PythonClient.measure). */
  measure(request: MeasureRequest, options: { onPoint?: (point: GrowthPoint) => void } = {}): Promise<MeasureResult> {
    this.spareForLongRuns();
    return this.runner.measure(request, options);
  }

  provideInput(line: string | null): void {
    this.runner.provideInput(line);
  }

  /** Stop whatever is running: a program or a grading session. */
  stop(): void {
    // If the program ignores the interrupt, the runner is replaced after a
    // grace period: a spare that boots meanwhile makes that replacement quick.
    if (this.runner.busy) this.options.prestart?.(true);
    this.runner.stop();
    for (const grader of this.active) grader.stop();
  }

  reset(): void {
    this.runner.reset();
  }

  // ------------------------------------------------ grading

  /**
   * Grade in a pristine interpreter. Several grades may share one session
   * (checking a problem's reference and wrong solutions); the interpreter
   * is discarded afterwards either way. Sessions may overlap: the first takes
   * the warm grader, a second boots its own.
   */
  async session<T>(task: (grade: GradeFn) => Promise<T>): Promise<T> {
    if (this.disposed) throw new Error('the Python runtime was disposed');
    const grader = this.graders.shift() ?? this.options.client('grader');
    this.active.add(grader);
    try {
      await grader.ready();
      return await task((code, cases, options) => grader.grade(code, cases, options));
    } finally {
      this.active.delete(grader);
      grader.dispose();
      // The next submission's interpreters start booting now, off the click.
      this.whenIdle(() => this.prepareGraders());
    }
  }

  /** One Submit: a session with one grading. */
  grade(code: string, cases: GradeCase[], options: { load: boolean; onCaseDone?: (result: RawCaseResult) => void }): Promise<GradeOutcome> {
    return this.session((grade) => grade(code, cases, options));
  }

  dispose(): void {
    this.disposed = true;
    this.runner.dispose();
    for (const grader of [...this.graders, ...this.active]) grader.dispose();
    this.graders.length = 0;
    this.active.clear();
  }
}

export type { PythonClientOptions };
