import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';

const root = new URL('../..', import.meta.url).pathname;
const fixture = join(root, 'tests/fixtures/validate/valid');

function build(dataDir: string, outDir: string) {
  return spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir, SOURCE_DATE_EPOCH: '1767225600' },
    encoding: 'utf8',
  });
}

function readCsv(path: string): Record<string, string>[] {
  const text = readFileSync(path, 'utf8');
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
}

/** The valid fixture with a park whose name a spreadsheet would run as a formula. */
function hostileFixture(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'build-data-')), 'data');
  cpSync(fixture, dir, { recursive: true });
  const parks = readFileSync(join(dir, 'parks.csv'), 'utf8').replace('乙市工业园', '"=HYPERLINK(""http://example.com"",""点击"")"');
  writeFileSync(join(dir, 'parks.csv'), parks);
  return dir;
}

describe('npm run build on a valid data folder', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'build-out-')), 'dist');
  let result: ReturnType<typeof build>;
  beforeAll(() => {
    result = build(hostileFixture(), out);
  }, 180_000);

  it('succeeds and writes the home page with the latest ranking', () => {
    expect(result.status, result.stderr).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('本站数据为合成的示例数据');
    const latest = readCsv(join(out, 'data/rankings.csv')).filter((r) => r.period === '2025');
    const first = latest.find((r) => r.rank === '1')!;
    expect(html).toContain(first.name_zh);
  });

  it('describes every table in datapackage.json, with sizes and checksums that match the files', () => {
    const pkg = JSON.parse(readFileSync(join(out, 'data/datapackage.json'), 'utf8'));
    expect(pkg.profile).toBe('tabular-data-package');
    expect(pkg.created).toBe('2026-01-01T00:00:00.000Z');
    const rankings = pkg.resources.find((r: { name: string }) => r.name === 'rankings');
    const names = rankings.schema.fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(['period', 'park_id', 'score', 'rank', 'rank_change']));
    expect(rankings.schema.primaryKey).toEqual(['period', 'park_id']);
    for (const resource of pkg.resources) {
      const bytes = readFileSync(join(out, 'data', resource.path));
      expect(resource.bytes, resource.name).toBe(bytes.length);
      expect(resource.hash, resource.name).toBe(`sha256:${createHash('sha256').update(bytes).digest('hex')}`);
    }
  });

  it('writes download CSVs for Excel: BOM, and formula-looking text neutralised', () => {
    const bytes = readFileSync(join(out, 'data/parks.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const park = readCsv(join(out, 'data/parks.csv')).find((r) => r.park_id === 'P3')!;
    expect(park.name_zh).toBe(`'=HYPERLINK("http://example.com","点击")`);
    const browser = readFileSync(join(out, 'data/browser/parks.csv'));
    expect(browser[0]).toBe('p'.charCodeAt(0));
    expect(browser.toString('utf8')).toContain('"=HYPERLINK(""http://example.com"",""点击"")"');
  });

  it('writes Parquet files that native DuckDB reads back to the same figures as the CSV', async () => {
    const engine = await openNativeEngine();
    try {
      const parquet = await engine.query<{ park_id: string; score: number; rank: number | null }>(
        `SELECT park_id, score, rank FROM '${join(out, 'data/parquet/rankings.parquet')}' WHERE period = '2025' ORDER BY park_id`,
      );
      const csv = readCsv(join(out, 'data/rankings.csv')).filter((r) => r.period === '2025');
      expect(parquet.map((r) => r.park_id)).toEqual(csv.map((r) => r.park_id));
      parquet.forEach((row, i) => {
        expect(row.score).toBe(Number(csv[i]!.score));
        expect(row.rank).toBe(csv[i]!.rank === '' ? null : Number(csv[i]!.rank));
      });
    } finally {
      await engine.close();
    }
  });
});

describe('npm run build on bad data', () => {
  it('exits non-zero, names the problem, and writes nothing', () => {
    const data = hostileFixture();
    const values = join(data, 'snapshots/2025/values.csv');
    const lines = readFileSync(values, 'utf8').split(/\r?\n/);
    lines[2] = lines[2]!.replace(/,[^,]*,([^,]*)$/, ',abc,$1');
    writeFileSync(values, lines.join('\n'));
    const parent = mkdtempSync(join(tmpdir(), 'build-bad-'));
    const out = join(parent, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'previous.html'), 'the last good site');

    const result = build(data, out);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toMatch(/snapshots\/2025\/values\.csv:3:3 BAD_NUMBER/);
    expect(result.stderr).toContain('nothing was written');
    expect(readFileSync(join(out, 'previous.html'), 'utf8')).toBe('the last good site');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 60_000);

  it('refuses a period whose values file is only its header row, instead of publishing a ranking of 0 parks', () => {
    const data = hostileFixture();
    writeFileSync(join(data, 'snapshots/2025/values.csv'), 'park_id,indicator_id,value,note\n');
    const out = join(mkdtempSync(join(tmpdir(), 'build-empty-')), 'dist');

    const result = build(data, out);
    expect(result.status).toBe(1);
    expect(result.stdout + result.stderr).toContain('snapshots/2025/values.csv:1 NO_ROWS 文件只有表头，没有数据行 / The file has a header and no rows');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  }, 60_000);
});
