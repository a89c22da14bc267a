/**
 * Prints the ten slowest tests after a run, so a test creeping towards its
 * time limit shows up before it fails on a busy machine.
 */
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SlowestReporter implements Reporter {
  private readonly durations: Array<{ title: string; ms: number; limit: number }> = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.durations.push({ title: `${test.location.file.split('/').pop()}:${test.location.line} › ${test.title}`, ms: result.duration, limit: test.timeout });
  }

  onEnd(): void {
    const slowest = [...this.durations].sort((a, b) => b.ms - a.ms).slice(0, 10);
    if (slowest.length === 0) return;
    console.log('\nTen slowest tests (duration / time limit):');
    for (const { title, ms, limit } of slowest) {
      console.log(`  ${(ms / 1000).toFixed(1).padStart(6)} s / ${Math.round(limit / 1000)} s  ${title}`);
    }
  }
}
