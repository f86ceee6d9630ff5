/**
 * The same browser specs against the site built for a sub-path (BASE_PATH=/yqpj/ into
 * .build/sub-dist, as `npm run build:subpath` does), served under that path only: a link, asset,
 * data file or worker that ignores the base path fails here.
 */
import { defineConfig } from '@playwright/test';
import root from './playwright.config.ts';

const BASE_PATH = '/yqpj/';
const DIST = '.build/sub-dist';
const port = Number(process.env.E2E_PORT ?? 4329) + 2;
// Read by the specs (tests/e2e/site-url.ts, published.ts) in every worker.
process.env.E2E_BASE_PATH = BASE_PATH;
process.env.E2E_DIST = DIST;

const chromium = root.projects!.find((project) => project.name === 'chromium')!;

export default defineConfig({
  ...root,
  // Two workers on two cores: each test gets more time than the root run, which runs alongside nothing.
  timeout: 60_000,
  expect: { timeout: 30_000 },
  use: { ...root.use, baseURL: `http://127.0.0.1:${port}${BASE_PATH}` },
  // The specs that follow links, load data files, the DuckDB bundle and the service worker; the
  // layout-only specs (axe, chart text, tables, wording) see the same pages as at the root.
  projects: [{
    ...chromium,
    testMatch: /(pages|rankings|briefing|data-hub|data-tools|live-failure|security)\.spec\.ts$/,
    // Timing tests (the deck's interval, the engine's start-up timeout) say nothing about paths and
    // ran late on the second, longer browser run of CI: they run at the root only.
    grepInvert: /advances after the interval and loops|a start-up that never finishes times out/,
    use: { ...chromium.use, baseURL: `http://127.0.0.1:${port}${BASE_PATH}` },
  }],
  webServer: {
    command: `npx tsx scripts/serve.ts ${DIST}`,
    cwd: (root.webServer as { cwd: string }[])[0]!.cwd,
    env: { PORT: String(port), BASE_PATH },
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    reuseExistingServer: false,
  },
});
