/**
 * Every page type stays under 100 KB compressed before interaction at scale: a generated data set
 * of 1,500 parks (above the scale limit of src/lib/views/row-limit.ts, with about 130 home-city
 * parks) is built, and each page type's HTML plus the stylesheets and module scripts it loads is
 * gzipped at level 9 and summed. Three periods keep the build short; the lists, charts and decks
 * that grow with the parks grow the same with more periods. It takes minutes (the build), so it is
 * `npm run test:budget`, outside `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const data = join(root, '.build/budget-data');
const dist = join(root, '.build/budget-dist');
const BUDGET = 100 * 1024;

const run = (args: string[], env: Record<string, string> = {}) => {
  const result = spawnSync('npx', ['tsx', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
  expect(result.status, result.stderr).toBe(0);
};

/** The HTML, the stylesheets and the module scripts of a page: what it loads before interaction. */
function bytesBeforeInteraction(page: string): { html: number; total: number } {
  const html = readFileSync(join(dist, page));
  const text = html.toString('utf8');
  const assets = new Set([
    ...text.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g),
    ...text.matchAll(/<script type="module" src="\/([^"]+)"/g),
  ].map((m) => m[1]!));
  const gz = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;
  const assetBytes = [...assets].reduce((sum, asset) => sum + gz(readFileSync(join(dist, asset))), 0);
  return { html: gz(html), total: gz(html) + assetBytes };
}

/** The largest page under `folder` (e.g. the indicator with the most missing values). */
function largest(folder: string): string {
  const pages = readdirSync(join(dist, folder)).map((name) => join(folder, name, 'index.html')).filter((p) => existsSync(join(dist, p)));
  return pages.reduce((a, b) => (readFileSync(join(dist, a)).length >= readFileSync(join(dist, b)).length ? a : b));
}

describe('page budgets at 1,500 parks', () => {
  beforeAll(() => {
    run(['scripts/generate-sample.ts', '--parks', '1500', '--periods', '3', '--out', data]);
    run(['scripts/build.ts'], { DATA_DIR: data, OUT_DIR: dist });
  }, 1_200_000);
  afterAll(() => {
    rmSync(data, { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
  }, 120_000);

  it.each([
    ['overview', 'index.html'],
    ['rankings', 'rankings/index.html'],
    ['targets', 'targets/index.html'],
    ['briefing', 'briefing/index.html'],
    ['methodology', 'methodology/index.html'],
  ])('%s is under 100 KB compressed', (_, page) => {
    expect(bytesBeforeInteraction(page).total).toBeLessThan(BUDGET);
  });

  it.each([['parks'], ['indicators'], ['briefing']])('the largest page of %s/ is under 100 KB compressed', (folder) => {
    expect(bytesBeforeInteraction(largest(folder)).total).toBeLessThan(BUDGET);
  });

  it('lists the ends of the ranking and the home parks, and says how many it left out and where they are', () => {
    const html = readFileSync(join(dist, 'rankings/index.html'), 'utf8');
    const table = html.slice(html.indexOf('id="ranking-table"'), html.indexOf('</table>', html.indexOf('id="ranking-table"')));
    const rows = table.match(/<tr[ >]/g)!.length - 1;
    const homeRows = table.match(/<tr class="home-city"/g)!.length;
    const total = Number(/（(\d+)个园区）<\/caption>/.exec(table)![1]);
    expect(total).toBeGreaterThan(1400);
    expect(rows).toBeLessThanOrEqual(30 + 10 + homeRows);
    expect(html).toContain(`另有${total - rows}个园区未列出`);
    expect(html).toMatch(/href="\/data\/periods\/\d{4}\/rankings\.csv" download>/);
  });
});
