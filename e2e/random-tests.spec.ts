import { expect, test } from './fixtures';
import { WorkspacePage } from './pages/workspace';

// Counts increases among the first ten numbers only: right on every declared
// test (none is longer than nine), wrong on a longer list that rises after
// its tenth number.
const FIRST_TEN_ONLY =
  'def count_increases(nums):\n    count = 0\n    for i in range(1, min(len(nums), 10)):\n        if nums[i] > nums[i - 1]:\n            count += 1\n    return count\n';
const RIGHT = 'def count_increases(nums):\n    return sum(1 for a, b in zip(nums, nums[1:]) if b > a)\n';

test.describe('random tests on Submit', () => {
  test('a solution right on the declared tests fails a random input, shown shrunk with expected and actual; a right one passes 50', async ({ page }) => {
    const ws = new WorkspacePage(page);
    await ws.goto('lists-count-increases');
    // Fix this Submit's seed (10000 + floor(r * 90000) = 55011). Drawn the
    // same way in CPython, its smallest failing main input has 12 numbers
    // and the shrinking inputs find one of 11.
    await page.evaluate(() => {
      const real = Math.random;
      Math.random = () => 0.500128;
      Object.assign(window, { restoreRandom: () => (Math.random = real) });
    });
    expect(await ws.submitToEnd(FIRST_TEN_ONLY, 60_000)).toBe('failed');
    await page.evaluate(() => (window as unknown as { restoreRandom(): void }).restoreRandom());
    await expect(page.getByTestId('verdict')).toContainText('tests passed, but a random input failed');
    const random = page.getByTestId('random-tests');
    await expect(random).toHaveAttribute('data-status', 'failed');
    await expect(page.getByTestId('random-summary')).toHaveText(
      /^Failed on a random input \(seed 55011\): count_increases\(\[(-?\d, ){10}-?\d\]\) → expected \d+, got \d+ \(shrunk from a size-12 input\)$/,
    );
    // Not solved: the hidden tests keep their values.
    await expect(page.getByTestId('hidden-summary')).toBeVisible();

    expect(await ws.submitToEnd(RIGHT, 60_000)).toBe('passed');
    await expect(page.getByTestId('random-summary')).toHaveText(/^50 random inputs passed \(seed \d{5}\)$/);
    await expect(page.getByTestId('verdict')).toContainText('Solved');
  });
});
