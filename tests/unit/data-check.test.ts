import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headerNames, inferTable } from '../../src/lib/check/infer-table.ts';
import { referenceRows, referenceTables } from '../../src/lib/check/reference-tables.ts';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { CSV_TABLES, indicators, parks, progress, targets, values } from '../../src/lib/contract/inputs.ts';
import { inputCsvs } from '../../src/lib/sql/load-inputs.ts';
import { validateTableFile } from '../../src/lib/validate/file.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { formatReport } from '../../src/lib/validate/format.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { gb18030, utf8 } from '../fixtures/validate/helpers.ts';

const DATA_DIR = fileURLToPath(new URL('../../data', import.meta.url));

describe('inferTable', () => {
  it.each(CSV_TABLES.map((table) => [table.name, table] as const))('knows a %s file by its header', (_name, table) => {
    expect(inferTable(table.columns.map((c) => c.name))?.name).toBe(table.name);
  });

  it('still knows a file that lacks a column, so the check can say which', () => {
    expect(inferTable(['park_id', 'indicator_id', 'note'])?.name).toBe('values');
  });

  it('gives up on a header that fits no table, or two equally', () => {
    expect(inferTable(['a', 'b'])).toBeNull();
    expect(inferTable(['note'])).toBeNull();
  });
});

describe('headerNames', () => {
  it('reads the header of UTF-8 (with a BOM) and of GB18030 files', () => {
    expect(headerNames(utf8('\uFEFFpark_id, indicator_id ,value,note\r\nP1,x,1,\r\n'))).toEqual(['park_id', 'indicator_id', 'value', 'note']);
    expect(headerNames(gb18030('park_id,name_zh\nP1,园区\n'))).toEqual(['park_id', 'name_zh']);
    expect(headerNames(new Uint8Array([0x61, 0, 0x62]))).toEqual([]);
  });
});

describe('referenceTables', () => {
  it('names the tables a file refers to or whose rules read it', () => {
    expect(referenceTables(values).sort()).toEqual(['categories', 'indicators', 'parks']);
    expect(referenceTables(progress)).toEqual(['targets']);
    expect(referenceTables(targets)).toEqual(['parks']);
    expect(referenceTables(parks)).toEqual([]);
    expect(referenceTables(indicators)).toContain('categories');
  });
});

describe('a bad values.csv checked alone against the published tables', () => {
  let dataset: Dataset;
  let dir: string;
  beforeAll(async () => {
    const result = await validateDataFolder(nodeSource(DATA_DIR));
    if (!result.dataset) throw new Error('data/ does not validate');
    dataset = result.dataset;
    dir = mkdtempSync(join(tmpdir(), 'check-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports what `npm run validate` reports for it in its folder', async () => {
    const period = dataset.snapshots.at(-1)!.period;
    const path = `snapshots/${period}/values.csv`;
    const lines = readFileSync(join(DATA_DIR, path), 'utf8').split('\n');
    lines[1] = lines[1]!.replace(/^[^,]+/, 'NO-SUCH-PARK');
    lines[2] = lines[2]!.replace(/,[^,]*,([^,]*)$/, ',abc,$1');
    lines[3] = lines[2]!;
    const bad = utf8(lines.join('\n'));

    cpSync(DATA_DIR, dir, { recursive: true });
    writeFileSync(join(dir, path), bad);
    const expected = formatReport(await validateDataFolder(nodeSource(dir)));

    // What the check page does: the published browser tables, read back by the validator.
    const published = inputCsvs(dataset);
    const refs = Object.fromEntries(referenceTables(values).map((name) => [name, referenceRows(name, utf8(published.get(name)!))]));
    const actual = formatReport(validateTableFile(values, bad, { period, refs }));

    expect(actual).toEqual(expected);
    expect(actual.join('\n')).toMatch(/UNKNOWN_REFERENCE[\s\S]*BAD_NUMBER[\s\S]*DUPLICATE_KEY/);
  });
});
