/** The browser-side data tools: the SQL console, the file check page, chart exports and embeds. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Download, type Locator, type Page } from '@playwright/test';
import { axeViolations } from './axe.ts';
import Papa from 'papaparse';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { formatReport } from '../../src/lib/validate/format.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { periodRankings, scoreDataset } from '../../src/lib/sql/preview-scoring.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { previewRows } from '../../src/lib/views/preview-changes.ts';
import { gb18030 } from '../fixtures/validate/helpers.ts';
import { workbook } from '../fixtures/workbook/build.ts';
import { latestPeriod, publishedTable } from './published.ts';
import { at } from './site-url.ts';

const root = new URL('../..', import.meta.url).pathname;
const dataDir = join(root, process.env.DATA_DIR ?? 'data');
const period = latestPeriod();
const BOM = [0xef, 0xbb, 0xbf];
const SLOW_QUERY = 'SELECT sum(a.range * b.range) FROM range(200000) a CROSS JOIN range(200000) b';

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]) as [Download, void];
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

function csvRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual(BOM);
  return Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { skipEmptyLines: true }).data;
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** Console errors and uncaught exceptions, where a Content-Security-Policy violation would show. */
function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

const csp = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

test.describe('SQL console', () => {
  const state = (page: Page) => page.locator('#sql-form');

  async function runSql(page: Page, sql: string, expected: 'done' | 'error' | 'running' = 'done'): Promise<void> {
    await page.fill('#sql-editor', sql);
    await page.click('#sql-run');
    await expect(state(page)).toHaveAttribute('data-state', expected, { timeout: 60_000 });
  }

  test('a query returns the published rows, pages through them and exports them as CSV and Arrow', async ({ page, baseURL }) => {
    const errors = consoleErrors(page);
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(baseURL!) && !/^(data|blob):/.test(request.url())) elsewhere.push(request.url());
    });
    await page.goto(at('data/sql/'));
    expect(await csp(page)).toContain("'wasm-unsafe-eval'");
    const expected = publishedTable('rankings')
      .filter((r) => r.period === period)
      // As DuckDB orders: by rank, then park_id by code point.
      .sort((a, b) => Number(a.rank || 1e9) - Number(b.rank || 1e9) || (a.park_id! < b.park_id! ? -1 : 1));
    await runSql(page, `SELECT park_id, name_zh, rank, score FROM rankings WHERE period = '${period}' ORDER BY rank NULLS LAST, park_id`);

    await expect(page.locator('#result-caption')).toContainText(`共 ${expected.length} 行`);
    await expect(page.locator('#sql-status')).toContainText(/用时 [\d,]+ 毫秒/);
    const shown = await page.locator('#result-table tbody tr').evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((c) => c.textContent)));
    expect(shown).toHaveLength(Math.min(100, expected.length));
    shown.forEach(([parkId, name, rank, score], i) => {
      expect([parkId, name, rank === 'NULL' ? '' : rank]).toEqual([expected[i]!.park_id, expected[i]!.name_zh, expected[i]!.rank]);
      expect(Number(score)).toBeCloseTo(Number(expected[i]!.score), 9);
    });
    if (expected.length > 100) {
      await page.click('#page-next');
      await expect(page.locator('#page-info')).toHaveText(`第 2 / ${Math.ceil(expected.length / 100)} 页`);
      await expect(page.locator('#result-table tbody tr').first().locator('td').first()).toHaveText(expected[100]!.park_id!);
    }

    const csv = await downloaded(page, () => page.click('#export-csv'));
    expect(csv.name).toBe('query-result.csv');
    const [header, ...rows] = csvRows(csv.bytes);
    expect(header).toEqual(['park_id', 'name_zh', 'rank', 'score']);
    expect(rows.map((r) => [r[0], r[2]])).toEqual(expected.map((r) => [r.park_id, r.rank]));

    const arrow = await downloaded(page, () => page.click('#export-arrow'));
    expect(arrow.name).toBe('query-result.arrow');
    expect(arrow.bytes.subarray(0, 6).toString('latin1')).toBe('ARROW1');

    expect(elsewhere).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a bad query shows DuckDB’s error in full, and no query reaches the network', async ({ page }) => {
    await page.goto(at('data/sql/'));
    await runSql(page, 'SELECT * FROM no_such_table', 'error');
    const error = page.locator('#sql-error');
    await expect(error).toBeVisible();
    await expect(error).toHaveAttribute('role', 'alert');
    await expect(error).toContainText('Catalog Error');
    await expect(error).toContainText('no_such_table');
    await expect(page.locator('#sql-result')).toBeHidden();

    const outside: string[] = [];
    page.on('request', (request) => { if (request.url().includes('example.com')) outside.push(request.url()); });
    await runSql(page, "SELECT * FROM read_csv('https://example.com/x.csv')", 'error');
    await expect(error).toContainText('Permission Error');
    expect(outside).toEqual([]);
  });

  test('a long query can be cancelled, and the next one runs', async ({ page }) => {
    await page.goto(at('data/sql/'));
    await runSql(page, SLOW_QUERY, 'running');
    await page.waitForTimeout(500);
    const started = Date.now();
    await page.click('#sql-cancel');
    await expect(state(page)).toHaveAttribute('data-state', 'cancelled', { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(page.locator('#sql-status')).toHaveText('查询已取消。');
    await runSql(page, 'SELECT 42 AS answer');
    await expect(page.locator('#result-table tbody td')).toHaveText('42');
  });

  test('?q= restores the query without running it; running it keeps it in the URL', async ({ page }) => {
    const sql = 'SELECT range AS n FROM range(250)';
    let wasm = 0;
    page.on('request', (request) => { if (request.url().endsWith('.wasm')) wasm += 1; });
    await page.goto(at(`data/sql/?q=${encodeURIComponent(sql)}`));
    await expect(page.locator('#sql-editor')).toHaveValue(sql);
    await expect(page.locator('#sql-status')).toContainText('已从链接载入查询');
    expect(wasm).toBe(0);

    await page.click('#sql-run');
    await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.locator('#result-caption')).toHaveText('查询结果：第 1–100 行，共 250 行');
    expect(new URL(page.url()).searchParams.get('q')).toBe(sql);
  });

  test('a table in the schema browser puts its SELECT in the editor; Ctrl+Enter runs it', async ({ page }) => {
    await page.goto(at('data/sql/'));
    const values = page.locator('.schema-table', { has: page.locator('summary code', { hasText: /^values$/ }) });
    await values.locator('summary').click();
    await values.locator('button.insert').click();
    await expect(page.locator('#sql-editor')).toHaveValue('SELECT * FROM "values" LIMIT 100');
    await expect(page.locator('#sql-editor')).toBeFocused();
    await page.keyboard.press('Control+Enter');
    await expect(state(page)).toHaveAttribute('data-state', 'done', { timeout: 60_000 });
    await expect(page.locator('#result-table thead th')).toHaveText(['period', 'park_id', 'indicator_id', 'value', 'note']);
  });

  test('with an error and with a result: no WCAG violation, no sideways scroll at 360 px', async ({ page }) => {
    // axe reads the whole schema browser twice: slow on a 2-core machine.
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(at('data/sql/'));
    await runSql(page, 'SELEC 1', 'error');
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await runSql(page, `SELECT * FROM rankings WHERE period = '${period}' LIMIT 150`);
    expect(await axeViolations(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('check page', () => {
  /** The sample's latest values.csv with three errors put in, saved as GB18030 the way Chinese Excel does. */
  function badValues(): Uint8Array {
    const lines = readFileSync(join(dataDir, 'snapshots', period, 'values.csv'), 'utf8').split('\n')
      // Every note becomes one the hand-made GB18030 table can write.
      .map((line, i) => (i > 0 && /[^\x00-\x7f]/.test(line) ? line.replace(/,[^,]*$/, ',园区') : line));
    lines[1] = lines[1]!.replace(/^[^,]+/, 'NO-SUCH-PARK');
    lines[2] = lines[2]!.replace(/^([^,]+,[^,]+),[^,]*/, '$1,abc');
    lines[3] = lines[2]!;
    return gb18030(lines.join('\n'));
  }

  test('reports exactly what `npm run validate` reports for the same bad file', async ({ page }) => {
    const bytes = badValues();
    const dir = mkdtempSync(join(tmpdir(), 'check-page-'));
    try {
      cpSync(dataDir, dir, { recursive: true });
      writeFileSync(join(dir, 'snapshots', period, 'values.csv'), bytes);
      const expected = formatReport(await validateDataFolder(nodeSource(dir)));
      expect(expected.join('\n')).toMatch(/ENCODING_GB18030[\s\S]*UNKNOWN_REFERENCE[\s\S]*BAD_NUMBER[\s\S]*DUPLICATE_KEY/);

      await page.goto(at('data/check/'));
      await expect(page.locator('#check-period')).toHaveValue(period);
      await page.setInputFiles('#check-file', { name: 'values.csv', mimeType: 'text/csv', buffer: Buffer.from(bytes) });
      await expect(page.locator('#check-result')).toBeVisible({ timeout: 20_000 });
      const lines = await page.locator('#check-issues code').allTextContents();
      const summary = await page.locator('#check-summary').textContent();
      expect([...lines, summary]).toEqual(expected);
      await expect(page.locator('#check-references')).toContainText('已对照本站已发布的数据检查');
      await expect(page.locator('#check-issues li.error .severity').first()).toHaveText('错误');

      expect(await axeViolations(page)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an Excel workbook is checked at its sheet and cell, and only then is the Excel reader downloaded', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    const excelReader = () => requested.filter((path) => /\/_astro\/xlsx\.[^/]+\.js$/.test(path));
    for (const path of [at(''), at('rankings/'), at('data/sql/'), at('data/check/')]) await page.goto(path);
    expect(excelReader()).toEqual([]);

    const rows = readFileSync(join(dataDir, 'snapshots', period, 'values.csv'), 'utf8').trimEnd().split('\n').map((line) => line.split(','));
    rows[16]![2] = 'abc';
    const bytes = workbook([{ name: '指标数值', rows: rows.map((row) => row.slice(0, 3)) }]);
    await page.setInputFiles('#check-file', { name: 'values.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
    await expect(page.locator('#check-issues li.error code')).toHaveText([
      `snapshots/${period}/values.xlsx:'指标数值'!C17 BAD_NUMBER 列“value”的值“abc”不是数字 / column "value": "abc" is not a number`,
    ]);
    expect(excelReader()).toHaveLength(1);
  });

  test('a file with a header of no table asks which table it is', async ({ page }) => {
    await page.goto(at('data/check/'));
    await page.setInputFiles('#check-file', { name: 'x.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\n1,2\n') });
    await expect(page.locator('#check-status')).toContainText('请在“表格类型”中选择');
    await page.selectOption('#check-table', 'parks');
    await expect(page.locator('#check-issues')).toContainText('MISSING_COLUMN');
  });
});

test.describe('preview before publishing', () => {
  const file = (name: string, content: string) => ({ name, mimeType: name.endsWith('.json') ? 'application/json' : 'text/csv', buffer: Buffer.from(content) });
  const periodFile = (name: string) => readFileSync(join(dataDir, 'snapshots', period, name), 'utf8');
  const tableText = (body: Locator) => body.locator('tr').evaluateAll((rows) => rows.map((row) => [...(row as HTMLTableRowElement).cells].map((c) => c.textContent ?? '')));

  test('a revised period that vetoes the leader: every problem, then the ranking it would publish against the site', async ({ page }) => {
    // DuckDB-WASM starts and scores every period, and the test scores them natively too.
    test.slow();
    const ranked = publishedTable('rankings').filter((r) => r.period === period && r.rank !== '').sort((a, b) => Number(a.rank) - Number(b.rank));
    const [leader, second] = ranked as [Record<string, string>, Record<string, string>];
    const adjustments = `${periodFile('adjustments.csv').trimEnd()}\n${leader.park_id},veto,,发生重大安全生产事故\n`;

    // What the build would publish from the same folder: the native engine's ranking of it.
    const dir = mkdtempSync(join(tmpdir(), 'preview-page-'));
    let expected: string[][];
    try {
      cpSync(dataDir, dir, { recursive: true });
      writeFileSync(join(dir, 'snapshots', period, 'adjustments.csv'), adjustments);
      const { dataset } = await validateDataFolder(nodeSource(dir));
      const engine = await openNativeEngine();
      await scoreDataset(engine, dataset!, readScoringSql());
      const rows = previewRows(await periodRankings(engine, period), publishedTable('rankings').filter((r) => r.period === period).map((r) => ({
        park_id: r.park_id!, rank: r.rank === '' ? null : Number(r.rank), vetoed: r.vetoed === 'true', score: Number(r.score),
      })));
      await engine.close();
      expected = rows.filter((r) => r.is_home_city).map((r) => [r.rank, r.name_zh, r.city, r.score, r.tier, r.previous, r.site]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const errors = consoleErrors(page);
    await page.goto(at('data/check/'));
    await page.fill('#preview-period', period);
    await page.setInputFiles('#preview-files', [file('values.csv', periodFile('values.csv')), file('adjustments.csv', adjustments)]);
    await expect(page.locator('#preview-ranking')).toBeVisible({ timeout: 60_000 });
    await expect(page.locator('#preview-summary')).toHaveText(/^通过：0 个错误/);
    const leaderRow = page.locator(`#preview-all tr[data-park="${leader.park_id}"] td`);
    await expect(leaderRow.first()).toHaveText('一票否决');
    await expect(leaderRow.last()).toHaveText('改为一票否决（本站现为第1名）');
    await expect(page.locator(`#preview-all tr[data-park="${second.park_id}"] td`).last()).toHaveText(`前进1位（本站现为第${second.rank}名）`);
    await expect(page.locator('#preview-all tr').first()).toHaveAttribute('data-park', second.park_id!);
    expect(await tableText(page.locator('#preview-home'))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(errors).toEqual([]);

    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('a bad number stops the preview at its file, line and column; a file of no period table is named', async ({ page }) => {
    const values = periodFile('values.csv').replace(/\n([^,\n]+,[^,\n]+,)[^,\n]*,/, '\n$1abc,');
    await page.goto(at('data/check/'));
    await page.fill('#preview-period', period);
    await page.setInputFiles('#preview-files', [file('values.csv', values), file('parks.csv', 'park_id\n')]);
    await expect(page.locator('#preview-summary')).toHaveText(/^失败：1 个错误/);
    await expect(page.locator('#preview-issues li.error code')).toHaveText([new RegExp(`^snapshots/${period}/values.csv:2:3 BAD_NUMBER `)]);
    await expect(page.locator('#preview-issues li.warning code').first()).toHaveText(/^parks.csv：不是期次文件夹中的文件/);
    await expect(page.locator('#preview-status')).toHaveText(`${period} 期次有错误，改正后才能计算排名。`);
    await expect(page.locator('#preview-ranking')).toBeHidden();
  });
});

test.describe('chart actions', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  /** The chart's data table as shown, '—' for an empty cell as the table shows it. */
  const tableRows = (frame: Locator) => frame.locator('.chart-data table').evaluate((table: HTMLTableElement) =>
    [...table.rows].map((row) => [...row.cells].map((cell) => cell.textContent ?? '')));

  test('the ranking chart downloads as CSV, SVG and PNG and copies its link and embed code', async ({ page }) => {
    const errors = consoleErrors(page);
    await page.goto(at('rankings/'));
    const frame = page.locator('#rank-history');
    const title = await frame.locator('.chart-title').textContent();

    const csv = await downloaded(page, () => frame.locator('button[data-action=csv]').click());
    expect(csv.name).toMatch(/^rankings_rank-history_.+_\d{4}-\d{4}\.csv$/);
    expect(csvRows(csv.bytes).map((row) => row.map((cell) => cell || '—'))).toEqual(await tableRows(frame));

    const svg = await downloaded(page, () => frame.locator('button[data-action=svg]').click());
    expect(svg.name).toBe(csv.name.replace(/csv$/, 'svg'));
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.localName, text: doc.documentElement.textContent };
    }, svg.bytes.toString('utf8'));
    expect(parsed.error).toBeNull();
    expect(parsed.root).toBe('svg');
    expect(parsed.text).toContain(title);
    expect(parsed.text).toContain(`来源：${publishedTable('snapshots').find((s) => s.period === period)!.source}`);

    const png = await downloaded(page, () => frame.locator('button[data-action=png]').click());
    expect(png.name).toBe(csv.name.replace(/csv$/, 'png'));
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.length).toBeGreaterThan(10_000);

    await frame.locator('button[data-action=link]').click();
    await expect(frame.locator('.chart-action-status')).toContainText('已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(at('rankings/#rank-history'), page.url()).href);

    await frame.locator('.chart-embed summary').click();
    const snippet = await frame.locator('.chart-embed textarea').inputValue();
    const src = /src="([^"]+)"/.exec(snippet)![1]!;
    expect(new URL(src).pathname).toBe(at('embed/rankings/rank-history/'));
    expect((await page.request.get(src)).status()).toBe(200);
    expect(errors).toEqual([]);
  });

  test('every chart of a park page has the actions; its CSV is the chart’s table', async ({ page }) => {
    const park = publishedTable('rankings').find((r) => r.period === period && r.rank === '1')!;
    await page.goto(at(`parks/${park.park_id}/`));
    const frames = page.locator('figure.chart');
    expect(await frames.count()).toBeGreaterThanOrEqual(3);
    for (const frame of await frames.all()) await expect(frame.locator('.chart-actions')).toBeVisible();
    const frame = page.locator('#category-scores');
    const csv = await downloaded(page, () => frame.locator('button[data-action=csv]').click());
    expect(csv.name).toBe(`parks_${park.park_id}_category-scores_${period}.csv`);
    expect(csvRows(csv.bytes)).toEqual(await tableRows(frame));
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('the actions stay hidden and the data table is there', async ({ page }) => {
      await page.goto(at('targets/'));
      await expect(page.locator('#progress .chart-actions')).toBeHidden();
      await expect(page.locator('#progress .chart-data table')).toHaveCount(1);
    });
  });
});

test.describe('embed pages', () => {
  test('show the one chart with its title, source line and a link back, and nothing of the site around it', async ({ page }) => {
    const park = publishedTable('rankings').find((r) => r.period === period && r.rank === '1')!;
    await page.goto(at(`embed/parks/${park.park_id}/categories/`));
    expect(await csp(page)).toContain("default-src 'self'");
    await expect(page.locator('svg')).toHaveCount(1);
    await expect(page.locator('nav, header, footer, .site-header, .site-footer')).toHaveCount(0);
    await expect(page.locator('h1')).toContainText(park.name_zh!);
    await expect(page.locator('.credit')).toContainText('来源：');
    await expect(page.locator('.credit a')).toHaveAttribute('href', at(`parks/${park.park_id}/#category-scores`));
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
  });

  test('exist for the ranking, targets and indicator charts their pages offer to embed', async ({ page }) => {
    const indicator = publishedTable('indicators')[0]!.indicator_id!;
    for (const path of [at('rankings/'), at('targets/'), at(`indicators/${indicator}/`)]) {
      await page.goto(path);
      const frame = page.locator('figure.chart:has(.chart-embed)').first();
      await frame.locator('.chart-embed summary').click();
      const src = /src="([^"]+)"/.exec(await frame.locator('.chart-embed textarea').inputValue())![1]!;
      const embed = await page.request.get(src);
      expect(embed.status(), src).toBe(200);
      expect(await embed.text()).toContain(await frame.locator('.chart-title').textContent());
    }
  });
});
