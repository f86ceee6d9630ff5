import { expect, test, type Page } from '@playwright/test';
import { PAGE_TYPES, WASM_PAGES } from './pages.ts';
import { at } from './site-url.ts';

/** Blocks and records every request that leaves this machine, and every console error. */
function watch(page: Page) {
  const outside: string[] = [];
  const errors: string[] = [];
  void page.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === '127.0.0.1' || hostname === 'localhost') return route.continue();
    outside.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { outside, errors };
}

for (const { name, path } of PAGE_TYPES) {
  test(`${name} page: a strict CSP, no request leaves the site, no console error`, async ({ page }) => {
    const { outside, errors } = watch(page);
    await page.goto(path, { waitUntil: 'networkidle' });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain("'unsafe-eval'");
    expect(csp?.includes('wasm-unsafe-eval')).toBe(WASM_PAGES.includes(name));
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the live ranking page runs DuckDB-WASM under its CSP without a violation', async ({ page }) => {
  const { outside, errors } = watch(page);
  await page.goto(at('rankings/'));
  await page.selectOption('select[name=level]', 'national');
  await page.waitForFunction(() => document.body.dataset.live === 'ready', null, { timeout: 60_000 });
  expect(outside).toEqual([]);
  expect(errors).toEqual([]);
});
