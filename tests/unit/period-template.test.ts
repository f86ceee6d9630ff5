import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { periodRankings, scoreDataset } from '../../src/lib/sql/preview-scoring.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { adjustmentsWorkbook, snapshotDraft, valuesWorkbook } from '../../src/lib/template/period-template.ts';
import { columnName, writeXlsx } from '../../src/lib/template/xlsx-writer.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { formatIssue } from '../../src/lib/validate/format.ts';
import { memorySource } from '../../src/lib/validate/source.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const folder: Record<string, Uint8Array> = Object.fromEntries(files(DATA).map((path) => [relative(DATA, path), readFileSync(path)]));
const csv = (path: string) => Papa.parse<Record<string, string>>(readFileSync(join(DATA, path), 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

let data: Dataset;
const engines: SqlEngine[] = [];
beforeAll(async () => {
  data = (await validateDataFolder(memorySource(folder))).dataset!;
});
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

/** A sheet's XML inside the workbook's ZIP. */
const sheetXml = (bytes: Uint8Array, n: number) => strFromU8(unzipSync(bytes)[`xl/worksheets/sheet${n}.xml`]!);

describe('period template', () => {
  it('is the same bytes each time, and offers drop-downs for park codes and kinds and a number check for values', () => {
    const values = writeXlsx(valuesWorkbook(data, '2026'));
    expect(writeXlsx(valuesWorkbook(data, '2026'))).toEqual(values);
    expect(sheetXml(values, 2)).toContain(`<dataValidation type="decimal" operator="between" allowBlank="1"`);
    expect(sheetXml(values, 2)).toContain(`sqref="C2:${columnName(data.indicators.length + 1)}${data.parks.length + 1}"`);
    const adjustments = writeXlsx(adjustmentsWorkbook(data, '2026'));
    expect(sheetXml(adjustments, 2)).toContain(`<formula1>&quot;bonus,deduction,veto&quot;</formula1>`);
    expect(sheetXml(adjustments, 2)).toContain(`<formula1>'园区名录'!$A$2:$A$${data.parks.length + 1}</formula1>`);
    const book = XLSX.read(values, { type: 'array' });
    expect(book.SheetNames).toEqual(['填写说明', '指标数值', '指标说明']);
    const header = XLSX.utils.sheet_to_json<string[]>(book.Sheets['指标数值']!, { header: 1 })[0]!;
    expect(header.slice(0, 3)).toEqual(['园区代码', '园区名称', '亩均税收（万元/亩）']);
  });

  it('round-trips: generated, filled with last year’s figures, it validates, and the period ranks as last year', async () => {
    const values = XLSX.read(writeXlsx(valuesWorkbook(data, '2026')), { type: 'array' });
    const sheet = values.Sheets['指标数值']!;
    const grid = XLSX.utils.sheet_to_json<string[]>(sheet, { header: 1 });
    const headers = grid[0]!;
    const indicatorColumn = new Map(data.indicators.map((i) => [i.indicator_id, headers.findIndex((h) => h.startsWith(i.name_zh))]));
    const parkRow = new Map(grid.slice(1).map((row, i) => [row[0]!, i + 1]));
    for (const row of csv('snapshots/2025/values.csv')) {
      const number = Number(row.value);
      if (row.value === '' || !Number.isFinite(number)) continue;
      sheet[XLSX.utils.encode_cell({ r: parkRow.get(row.park_id!)!, c: indicatorColumn.get(row.indicator_id!)! })] = { t: 'n', v: number };
    }
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: grid.length - 1, c: headers.length - 1 } });

    const adjustments = XLSX.read(writeXlsx(adjustmentsWorkbook(data, '2026')), { type: 'array' });
    XLSX.utils.sheet_add_aoa(adjustments.Sheets['加减分']!, csv('snapshots/2025/adjustments.csv').map((a) => [a.park_id, a.kind, a.points === '' ? null : Number(a.points), a.reason_zh]), { origin: 'A2' });

    const write = (book: XLSX.WorkBook) => new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const result = await validateDataFolder(memorySource({
      ...folder,
      'snapshots/2026/values.xlsx': write(values),
      'snapshots/2026/adjustments.xlsx': write(adjustments),
      'snapshots/2026/snapshot.json': snapshotDraft(data, '2026', '2027-04-20'),
    }));
    expect(result.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
    const byPeriod = (period: string) => result.dataset!.values.filter((v) => v.period === period).map((v) => `${v.park_id} ${v.indicator_id} ${v.value}`).sort();
    expect(byPeriod('2026')).toEqual(byPeriod('2025'));
    expect(result.dataset!.adjustments.filter((a) => a.period === '2026').length).toBe(csv('snapshots/2025/adjustments.csv').length);

    const engine = await openNativeEngine();
    engines.push(engine);
    await scoreDataset(engine, result.dataset!, readScoringSql());
    const [last, next] = [await periodRankings(engine, '2025'), await periodRankings(engine, '2026')];
    expect(next.map((r) => [r.park_id, r.rank, r.score])).toEqual(last.map((r) => [r.park_id, r.rank, r.score]));
  });
});
