// End-to-end tests in a real Chromium against the built site (served by `astro preview`).
import { defineConfig } from '@playwright/test';
import { findBrowser } from './e2e/find-browser.ts';

const executablePath = findBrowser();
// Another port lets a second copy of the suite run beside one already serving 4321.
const port = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Hang guards, not measurements: a shared 2-core CI machine can run at a load of 30, where a
  // first search takes more than Playwright's default 5 s. Tests never time things.
  timeout: 90_000,
  expect: { timeout: 20_000 },
  workers: 2,
  reporter: process.env.CI ? 'line' : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: executablePath ? { executablePath } : {},
  },
  webServer: {
    command: `npm run preview -- --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    // Always the fresh build: a stray server on the port (a running `npm start`) is never tested instead.
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
