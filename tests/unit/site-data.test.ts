import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDataFiles } from '../../scripts/build/write-artifacts.ts';
import { PERIOD_TABLES } from '../../src/lib/contract/published.ts';
import type { Manifest } from '../../src/lib/publish/manifest.ts';
import { readPeriodRows, readRows, readSnapshots, tableDigest } from '../../src/lib/site-data.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { VALID_DIR } from '../fixtures/validate/helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'site-data-'));
let manifest: Manifest;

beforeAll(async () => {
  const { dataset } = await validateDataFolder(nodeSource(VALID_DIR));
  const site = join(work, 'site');
  ({ manifest } = await writeDataFiles(
    { dataDir: VALID_DIR, dataset: dataset!, scoringSql: readScoringSql(), created: new Date('2026-01-01T00:00:00Z') },
    { files: join(work, 'files'), site, tableCache: null, code: 'code' },
  ));
  process.env.SITE_DATA_DIR = site;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

type PeriodRow = { period: string };
const rowsOf = (table: string) => manifest.files.find((f) => f.path === `${table}.csv`)!.rows;

describe('the per-period tables the pages read', () => {
  it.each(PERIOD_TABLES.map((table) => table.name))('%s: each period read alone holds its rows, and the periods one after another are the whole table', (name) => {
    const periods = readSnapshots().map((s) => s.period);
    const byPeriod = periods.map((period) => readPeriodRows<PeriodRow>(name)(period));
    byPeriod.forEach((rows, i) => expect(rows.every((r) => r.period === periods[i])).toBe(true));
    expect(byPeriod.flat()).toEqual(readRows<PeriodRow>(name)());
    expect(readRows(name)()).toHaveLength(rowsOf(name)!);
  });

  it('digests a table split by period as the whole table written in one file', () => {
    for (const { name } of PERIOD_TABLES) {
      const whole = readRows(name)().map((row) => `${JSON.stringify(row)}\n`).join('');
      expect(tableDigest(name), name).toBe(createHash('sha256').update(whole).digest('hex'));
    }
  });
});
