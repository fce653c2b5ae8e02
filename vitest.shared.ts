import { defineConfig } from 'vitest/config';

/**
 * One test configuration for every package. Tests sit beside the code (`*.spec.ts`); results
 * also go to `.vitest/results.json` so `npm test` can print one closing count.
 * No timed assertions: time limits here only stop a hung test.
 */
export default defineConfig({
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    reporters: ['default', ['json', { outputFile: '.vitest/results.json' }]],
    // Client instances are workers of their own; two test files at a time suits 2 cores.
    maxWorkers: 2,
  },
});
