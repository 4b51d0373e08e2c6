import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/** Test files that replace modules with `vi.mock`: they get modules of their own (see `isolate` below). */
const MOCKING = ['tests/unit/pipeline/build-deck.test.ts'];
const INCLUDE = ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'];

export default defineConfig({
  test: {
    // One Chromium, its diagram page prepared once, for every file that draws or opens a page.
    globalSetup: ['tests/support/shared-chromium.ts'],
    // Renderer tests drive a real Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine. Much of a test's time is
    // spent waiting for Chromium, a process of its own, so a worker per core keeps both cores busy (126 s → 89 s).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: INCLUDE,
          exclude: MOCKING,
          // Files share a worker's loaded modules rather than each importing the engine afresh: the imports were a
          // third of the lane's time (89 s → 50 s). Every file restores what it changes (environment variables,
          // folders); a file that mocks a module runs in the isolated project below, so no mock leaks.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
  },
});
