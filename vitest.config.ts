import { defineConfig } from 'vitest/config';
import { availableParallelism } from 'node:os';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tests/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Vitest's default leaves one core free: on a 2-core machine that is one
    // file at a time, while the files that run Python spend much of their time
    // waiting on their interpreter's thread (250 s → 170 s for the suite).
    maxWorkers: Math.max(2, availableParallelism()),
    // A worker runs its files one after another in one module cache instead
    // of importing everything afresh for each (about a quarter less CPU for
    // the suite). So a test file must not rely on fresh module state: it
    // makes its own stores with their create*Store factories and undoes what
    // it stubs (vi.unstubAllGlobals). The suite passes with its files in
    // random order (vitest run --sequence.shuffle.files).
    isolate: false,
  },
});
