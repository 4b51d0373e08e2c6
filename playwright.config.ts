import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/browser/chromium.ts';

// One port per test run, chosen by the main process and inherited by its workers, so parallel runs never collide.
process.env['E2E_PORT'] ??= String(4200 + (process.pid % 1500));
const PORT = Number(process.env['E2E_PORT']);

/** End-to-end tests run against the built deck (`npm run build` first), served by `vite preview`. */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    viewport: { width: 1280, height: 720 },
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
