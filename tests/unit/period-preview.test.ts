import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlayPeriod, placePeriodFiles, type DroppedFile } from '../../src/lib/check/preview-files.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { periodRankings, scoreDataset } from '../../src/lib/sql/preview-scoring.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import type { RankingRow } from '../../src/lib/sql/scoring.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { formatIssue } from '../../src/lib/validate/format.ts';
import { memorySource } from '../../src/lib/validate/source.ts';
import { previewRows } from '../../src/lib/views/preview-changes.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
/** The sample data folder as the site publishes it under data/source/. */
const site: Record<string, Uint8Array> = Object.fromEntries(
  files(DATA).filter((path) => !path.endsWith('README.md')).map((path) => [relative(DATA, path), readFileSync(path)]),
);
const text = (path: string) => new TextDecoder().decode(site[path]);
const drop = (name: string, content: string): DroppedFile => ({ name, bytes: new TextEncoder().encode(content) });

const engines: SqlEngine[] = [];
async function rank(folder: Record<string, Uint8Array>, period: string): Promise<RankingRow[]> {
  const result = await validateDataFolder(memorySource(folder));
  expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  const engine = await openNativeEngine();
  engines.push(engine);
  await scoreDataset(engine, result.dataset!, readScoringSql());
  return periodRankings(engine, period);
}

let published: RankingRow[];
beforeAll(async () => {
  published = await rank(site, '2025');
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

describe('placing a dropped period', () => {
  it('puts files by name, or by a CSV header when the name is another, and names what it cannot place', () => {
    const placed = placePeriodFiles([
      drop('VALUES.CSV', 'park_id,indicator_id,value,note\n'),
      drop('导出（加减分）.csv', 'park_id,kind,points,reason_zh\n'),
      drop('snapshot.json', '{}'),
      drop('parks.csv', 'park_id,name_zh,city,level,kind\n'),
      drop('notes.txt', 'x'),
    ], '2026');
    expect(Object.keys(placed.files).sort()).toEqual(['snapshots/2026/adjustments.csv', 'snapshots/2026/snapshot.json', 'snapshots/2026/values.csv']);
    expect(placed.unplaced).toEqual(['parks.csv', 'notes.txt']);
  });

  it('replaces the period on the site but keeps its snapshot.json and earlier versions', () => {
    const folder = overlayPeriod(site, '2024', { 'snapshots/2024/values.csv': new Uint8Array([1]) });
    expect(folder['snapshots/2024/values.csv']).toEqual(new Uint8Array([1]));
    expect(folder['snapshots/2024/benchmarks.csv']).toBeUndefined();
    expect(folder['snapshots/2024/snapshot.json']).toBe(site['snapshots/2024/snapshot.json']);
    expect(Object.keys(folder).filter((p) => p.startsWith('snapshots/2024/previous/'))).not.toEqual([]);
    expect(folder['snapshots/2025/values.csv']).toBe(site['snapshots/2025/values.csv']);
  });
});

describe('previewing a period', () => {
  it('a revised period that vetoes the leader: every park below moves up one place, and the table says so', async () => {
    const leader = published[0]!;
    expect(leader.rank).toBe(1);
    const adjustments = `${text('snapshots/2025/adjustments.csv').trimEnd()}\n${leader.park_id},veto,,发生重大安全生产事故\n`;
    const { files: placed } = placePeriodFiles([drop('values.csv', text('snapshots/2025/values.csv')), drop('adjustments.csv', adjustments)], '2025');
    const preview = await rank(overlayPeriod(site, '2025', placed), '2025');
    const before = new Map(published.map((r) => [r.park_id, r.rank]));
    for (const row of preview) {
      if (row.park_id === leader.park_id) expect(row).toMatchObject({ vetoed: true, rank: null });
      else expect(row.rank).toBe(before.get(row.park_id)! - 1);
    }
    const rows = previewRows(preview, published);
    expect(rows.find((r) => r.park_id === leader.park_id)).toMatchObject({ rank: '一票否决', site: '改为一票否决（本站现为第1名）' });
    const second = published[1]!;
    expect(rows.find((r) => r.park_id === second.park_id)?.site).toBe('前进1位（本站现为第2名）');
  });

  it('a new period with last year’s figures ranks every park as last year, unmoved', async () => {
    const snapshot = text('snapshots/2025/snapshot.json').replace('"2025"', '"2026"').replace(/"published": "[^"]+"/, '"published": "2027-04-20"');
    const { files: placed } = placePeriodFiles([
      drop('values.csv', text('snapshots/2025/values.csv')),
      drop('adjustments.csv', text('snapshots/2025/adjustments.csv')),
      drop('snapshot.json', snapshot),
    ], '2026');
    const preview = await rank(overlayPeriod(site, '2026', placed), '2026');
    expect(preview.map((r) => [r.park_id, r.rank])).toEqual(published.map((r) => [r.park_id, r.rank]));
    expect(preview.filter((r) => r.rank !== null).every((r) => r.rank_change === 0 && r.previous_period === '2025')).toBe(true);
    expect(previewRows(preview, null)[0]).toMatchObject({ rank: '1', previous: '持平', site: '新期次，本站尚未发布' });
  });

  it('a bad number is reported at its file, line and column, and nothing is scored', async () => {
    const values = text('snapshots/2025/values.csv').replace(/\n(SL-01,tax_per_mu,)[^,]+,/, '\n$1abc,');
    const { files: placed } = placePeriodFiles([drop('values.csv', values)], '2025');
    const result = await validateDataFolder(memorySource(overlayPeriod(site, '2025', placed)));
    expect(result.dataset).toBeNull();
    expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'snapshots/2025/values.csv:2:3 BAD_NUMBER 列“value”的值“abc”不是数字 / column "value": "abc" is not a number',
    ]);
  });
});
