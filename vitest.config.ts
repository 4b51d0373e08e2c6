import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'src/**/*.test.ts'],
    // One Chromium, its diagram page prepared once, for every file that draws or opens a page.
    globalSetup: ['tests/support/shared-chromium.ts'],
    // Renderer tests drive a real Chromium; give them room on a 2-core machine.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
