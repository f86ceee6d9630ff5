import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const port = Number(process.env.E2E_PORT ?? 4329);
const hostilePort = port + 1;
const etdzPort = port + 2;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // DuckDB-WASM compiles a 35 MB module on first use; on a 2-core CI machine that takes seconds.
  expect: { timeout: 20_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /hostile|etdz/, use: { ...devices['Desktop Chrome'], channel: undefined } },
    // The site built from tests/fixtures/hostile (npm run build:hostile): data that try to run script.
    { name: 'hostile', testMatch: /hostile/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${hostilePort}` } },
    // The site built from data/etdz (npm run build:etdz): real published top-30 lists, no values.
    { name: 'etdz', testMatch: /etdz/, use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://127.0.0.1:${etdzPort}` } },
  ],
  webServer: [
    {
      command: `npx tsx scripts/serve.ts ${process.env.E2E_DIST ?? 'dist'}`,
      cwd: root,
      env: { PORT: String(port) },
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx scripts/serve.ts ${process.env.E2E_HOSTILE_DIST ?? '.build/hostile-dist'}`,
      cwd: root,
      env: { PORT: String(hostilePort) },
      url: `http://127.0.0.1:${hostilePort}/`,
      reuseExistingServer: false,
    },
    {
      command: `npx tsx scripts/serve.ts ${process.env.E2E_ETDZ_DIST ?? '.build/etdz-dist'}`,
      cwd: root,
      env: { PORT: String(etdzPort) },
      url: `http://127.0.0.1:${etdzPort}/`,
      reuseExistingServer: false,
    },
  ],
});
