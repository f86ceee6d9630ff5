import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { createStaticServer } from '../../scripts/static-server.ts';
import { formatBytes } from '../../src/lib/format/bytes.ts';
import { formatNumber } from '../../src/lib/format/number.ts';
import { displayText } from '../../src/lib/format/typography.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { latestPeriod, publishedTable } from './published.ts';
import { at } from './site-url.ts';

const root = new URL('../..', import.meta.url).pathname;
const BOM = [0xef, 0xbb, 0xbf];

function parseCsv(body: Buffer): Record<string, string>[] {
  expect([...body.subarray(0, 3)]).toEqual(BOM);
  return Papa.parse<Record<string, string>>(body.subarray(3).toString('utf8'), { header: true, skipEmptyLines: true }).data;
}

/** The download links of /data/'s file tables: href, shown size and checksum. */
async function listedFiles(page: Page) {
  return page.locator('.files tbody tr').evaluateAll((rows) => rows.map((row) => {
    const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
    return { href: row.querySelector('a')!.getAttribute('href')!, size: cells[3]!, sha256: cells[5]! };
  }));
}

async function download(request: APIRequestContext, href: string): Promise<Buffer> {
  const response = await request.get(href);
  expect(response.status(), href).toBe(200);
  return response.body();
}

test.describe('downloads page', () => {
  test.use({ javaScriptEnabled: false });

  test('every listed file downloads with the size and SHA-256 the page shows', async ({ page }) => {
    await page.goto(at('data/'));
    const files = await listedFiles(page);
    expect(files.length).toBeGreaterThan(100);
    expect(new Set(files.map((f) => f.href)).size).toBe(files.length);
    for (const file of files) {
      const body = await download(page.request, file.href);
      expect(createHash('sha256').update(body).digest('hex'), file.href).toBe(file.sha256);
      expect(formatBytes(body.length), file.href).toBe(file.size);
    }
  });

  test('the latest ranking, as CSV and as Parquet, gives the ranking page’s figures', async ({ page }) => {
    const period = latestPeriod();
    await page.goto(at('data/'));
    const href = (name: string) => page.locator(`.files a[href="${at(`data/periods/${period}/rankings.${name}`)}"]`).getAttribute('href');
    const csv = parseCsv(await download(page.request, (await href('csv'))!));
    const parquetPath = join(mkdtempSync(join(tmpdir(), 'hub-parquet-')), 'rankings.parquet');
    writeFileSync(parquetPath, await download(page.request, (await href('parquet'))!));
    const engine = await openNativeEngine();
    const parquet = await engine.query<{ park_id: string; name_zh: string; score: number; rank: number | null }>(
      `SELECT park_id, name_zh, score, rank FROM '${parquetPath}' ORDER BY rank NULLS LAST, park_id`,
    ).finally(() => engine.close());

    const ranked = csv.sort((a, b) => Number(a.rank || 1e9) - Number(b.rank || 1e9) || a.park_id!.localeCompare(b.park_id!));
    expect(ranked.map((r) => r.period)).toEqual(ranked.map(() => period));
    expect(parquet.map((r) => [r.park_id, r.rank, r.score])).toEqual(ranked.map((r) => [r.park_id, r.rank ? Number(r.rank) : null, Number(r.score)]));

    await page.goto(at('rankings/'));
    const rows = page.locator('#ranking-table tbody tr');
    await expect(rows).toHaveCount(csv.length);
    for (const i of [0, 1, 2, 9, csv.length - 1]) {
      await expect(rows.nth(i).locator('th a')).toHaveText(displayText(parquet[i]!.name_zh));
      await expect(rows.nth(i).locator('td').first()).toHaveText(ranked[i]!.rank || '—');
      await expect(rows.nth(i)).toContainText(formatNumber(parquet[i]!.score, 2));
    }
  });
});

test.describe('a park named like a formula', () => {
  const NAME = '=HYPERLINK("http://example.com","点击")';
  let base = '';
  let close = () => {};

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    const data = join(mkdtempSync(join(tmpdir(), 'hub-formula-')), 'data');
    cpSync(join(root, 'tests/fixtures/validate/valid'), data, { recursive: true });
    writeFileSync(join(data, 'parks.csv'), readFileSync(join(data, 'parks.csv'), 'utf8').replace('乙市工业园', `"${NAME.replaceAll('"', '""')}"`));
    const out = join(data, '..', 'dist');
    const code = await new Promise<number | null>((resolve) => {
      const build = spawn('npx', ['tsx', 'scripts/build.ts'], { cwd: root, env: { ...process.env, DATA_DIR: data, OUT_DIR: out }, stdio: 'ignore' });
      build.on('close', resolve);
    });
    expect(code).toBe(0);
    const server = createStaticServer(out);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => {
      server.close();
      rmSync(join(data, '..'), { recursive: true, force: true });
    };
  });
  test.afterAll(() => close());

  test('comes out neutralised in the CSV downloads, whole and per period', async ({ page }) => {
    await page.goto(`${base}/data/`);
    for (const path of ['/data/parks.csv', '/data/rankings.csv', '/data/periods/2025/rankings.csv']) {
      const href = await page.locator(`.files a[href="${path}"]`).getAttribute('href');
      const rows = parseCsv(await download(page.request, `${base}${href}`));
      expect(rows.find((r) => r.park_id === 'P3')?.name_zh, path).toBe(`'${NAME}`);
    }
  });
});

test('the changes page lists each change of the revised period and the ranks it moved', async ({ page }) => {
  const changes = publishedTable('revisions');
  const moves = publishedTable('revision_ranks');
  expect(changes.length).toBeGreaterThan(0);
  await page.goto(at('data/changes/'));
  for (const period of new Set(changes.map((c) => c.period!))) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${period}年度`) })).toBeVisible();
  }
  const decimals = new Map(publishedTable('indicators').map((i) => [i.indicator_id!, Number(i.decimals)]));
  const changeRows = page.getByRole('region', { name: /修订更正的数据/ }).locator('tbody tr');
  await expect(changeRows).toHaveCount(changes.length);
  for (const change of changes.filter((c) => c.item === 'value')) {
    const row = changeRows.filter({ hasText: change.name_zh! }).filter({ hasText: change.indicator_zh! });
    await expect(row).toHaveCount(1);
    const figure = (value: string) => (value === '' ? '缺失' : formatNumber(Number(value), decimals.get(change.indicator_id!)));
    await expect(row.locator('td').nth(2)).toHaveText(figure(change.before!));
    await expect(row.locator('td').nth(3)).toHaveText(figure(change.after!));
  }
  const moveRows = page.getByRole('region', { name: /总分、名次或等次不同的园区/ }).locator('tbody tr');
  await expect(moveRows).toHaveCount(moves.length);
  const moved = moves.find((m) => Math.abs(Number(m.rank_change)) >= 2)!;
  const row = moveRows.filter({ hasText: moved.name_zh! });
  await expect(row.locator('td').nth(3)).toHaveText(moved.rank_before!);
  await expect(row.locator('td').nth(4)).toHaveText(moved.rank_after!);
  await expect(row.locator('td').nth(5)).toHaveText(`${Number(moved.rank_change) > 0 ? '↑' : '↓'}${Math.abs(Number(moved.rank_change))}`);
});
