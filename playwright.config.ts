import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './tools/browser.ts';

// PORT lets a second checkout run its browser tests beside another one.
const port = Number(process.env.PORT ?? 4173);

/** Browser tests run against the built deck (dist/), served by `vite preview`. */
export default defineConfig({
  testDir: 'e2e',
  // Every temporary file of the run in one folder, removed at its end (tools/run-temp.ts).
  globalSetup: './tools/run-temp.ts',
  // Separate output folders let two runs share a checkout.
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // A 2-core machine walking 20 slides in a real browser: give each test room, not a hair trigger.
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: chromiumLaunchOptions(),
    // A failed test keeps its trace (actions, console, network) and a screenshot; the trace's DOM
    // snapshots and screencast at every step cost a third of the suite's time on two cores.
    trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
    screenshot: 'only-on-failure',
  },
  projects: [
    // First: its tests share one browser (fetched and unpacked on a fresh clone) and run one after
    // another on one worker, beside the other worker's tests rather than alone at the end.
    // A real Chromium 86 (e2e/chromium-86.ts), launched by its spec. No desktop device: Playwright
    // would send that device's user-agent metadata, which Chromium 86's DevTools protocol refuses.
    { name: 'chromium-86', testMatch: /chromium-86\.spec\.ts$/, use: { viewport: { width: 1280, height: 720 } } },
    { name: 'chromium', testIgnore: /chromium-86\.spec\.ts$/, use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } } },
  ],
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}/`,
    // Never test a server some other checkout left running: its dist/ may differ from this one.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
