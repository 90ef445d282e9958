// End-to-end tests against the release build (`make dist`), served by a plain
// static server on loopback, in Debian's Chromium (never a downloaded one).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 4173);
const subPort = port + 1;
const subPath = '/courses/history/exhibit/';
// The build under test; a second checkout or a helper may point elsewhere.
const dist = process.env.DIST_DIR ?? '../dist';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${port}/` } },
    // The same suite from a sub-path, as a course website would host it.
    { name: 'sub-path', use: { baseURL: `http://127.0.0.1:${subPort}${subPath}` } },
  ],
  webServer: [
    {
      command: `node e2e/serve.mjs --root ${dist} --port ${port} --base /`,
      url: `http://127.0.0.1:${port}/index.html`,
      reuseExistingServer: false,
    },
    {
      command: `node e2e/serve.mjs --root ${dist} --port ${subPort} --base ${subPath}`,
      url: `http://127.0.0.1:${subPort}${subPath}index.html`,
      reuseExistingServer: false,
    },
  ],
});
