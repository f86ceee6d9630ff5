import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { utils } from '@e965/xlsx';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { validateDataFolder, type ValidationResult } from '../../src/lib/validate/folder.ts';
import { formatIssue } from '../../src/lib/validate/format.ts';
import { memorySource } from '../../src/lib/validate/source.ts';
import { splitUnit } from '../../src/lib/validate/workbook.ts';
import { excelDate, workbook, type FixtureCell } from '../fixtures/workbook/build.ts';

const { encode_col } = utils;
const DATA = fileURLToPath(new URL('../../data', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
const folder: Record<string, Uint8Array> = Object.fromEntries(files(DATA).map((path) => [relative(DATA, path), readFileSync(path)]));
const csvRows = (path: string) =>
  Papa.parse<Record<string, string>>(new TextDecoder().decode(folder[path]).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
const values = csvRows('snapshots/2025/values.csv');
const indicators = csvRows('methodology/indicators.csv');
const parks = [...new Set(values.map((v) => v.park_id!))];
const valueOf = (park: string, indicator: string) => values.find((v) => v.park_id === park && v.indicator_id === indicator)!.value!;
/** A CSV value as an officer types it into Excel: a number, a missing marker as text, or nothing. */
const typed = (text: string): FixtureCell => (text === '' ? null : Number.isFinite(Number(text)) ? Number(text) : text);
const isNumber = (text: string) => text !== '' && Number.isFinite(Number(text));

/** The sample folder with 2025's values.csv replaced by a workbook. */
function withWorkbook(bytes: Uint8Array): Promise<ValidationResult> {
  const { ['snapshots/2025/values.csv']: _csv, ...rest } = folder;
  return validateDataFolder(memorySource({ ...rest, 'snapshots/2025/values.xlsx': bytes }));
}
const errors = (result: ValidationResult) => result.issues.filter((i) => i.severity === 'error').map(formatIssue);
const numbers = (data: Dataset) => data.values.filter((v) => v.period === '2025').map((v) => [v.park_id, v.indicator_id, v.value]);

/** values.csv as a long sheet: the header in row `headerRow` (1-based), rows below it as in the CSV. */
function longRows(cell: (row: Record<string, string>) => FixtureCell = (row) => typed(row.value!)): FixtureCell[][] {
  return [['park_id', 'indicator_id', 'value', 'note'], ...values.map((row) => [row.park_id!, row.indicator_id!, cell(row), row.note || null])];
}

let reference: Dataset;
beforeAll(async () => {
  reference = (await validateDataFolder(memorySource(folder))).dataset!;
});

describe('Excel values, long layout', () => {
  it('a sheet named in Chinese, under a merged title row, gives the same values as the CSV', async () => {
    const rows = [['2025年度园区指标数值（单位见指标说明）', null, null, null], ...longRows()];
    const result = await withWorkbook(workbook([{ name: '说明', rows: [['请在“指标数值”表中填写']] }, { name: '指标数值', rows, merges: ['A1:D1'] }]));
    expect(errors(result)).toEqual([]);
    expect(numbers(result.dataset!)).toEqual(numbers(reference));
  });

  it('a formula counts as the value Excel saved with it', async () => {
    const rows = longRows((row) => (isNumber(row.value!) ? { t: 'n', v: Number(row.value), f: `${row.value}*1` } : typed(row.value!)));
    const result = await withWorkbook(workbook([{ name: 'Sheet1', rows }]));
    expect(errors(result)).toEqual([]);
    expect(numbers(result.dataset!)).toEqual(numbers(reference));
  });

  it('a bad number, a date and a formula never computed are each named at their sheet and cell', async () => {
    const rows = longRows();
    rows[16]![2] = 'abc';
    rows[4]![2] = { t: 'n', v: excelDate('2025-03-01'), z: 'yyyy-mm-dd' };
    rows[7]![2] = { t: 'n', f: 'SUM(C2:C3)' } as FixtureCell;
    const result = await withWorkbook(workbook([{ name: 'Sheet1', rows }]));
    expect(errors(result)).toEqual([
      'snapshots/2025/values.xlsx:Sheet1!C5 BAD_NUMBER 列“value”的值“2025-03-01”不是数字 / column "value": "2025-03-01" is not a number',
      'snapshots/2025/values.xlsx:Sheet1!C8 BAD_NUMBER 列“value”的值“=SUM(C2:C3)”不是数字 / column "value": "=SUM(C2:C3)" is not a number',
      'snapshots/2025/values.xlsx:Sheet1!C17 BAD_NUMBER 列“value”的值“abc”不是数字 / column "value": "abc" is not a number',
    ]);
    expect(result.dataset).toBeNull();
  });

  it('a percent-formatted cell reads as the percent it shows', async () => {
    const rate = indicators.find((i) => i.unit === '%')!.indicator_id!;
    const rows = longRows((row) => (row.indicator_id === rate && isNumber(row.value!) ? { t: 'n', v: Number(row.value) / 100, z: '0.00%' } : typed(row.value!)));
    const result = await withWorkbook(workbook([{ name: 'Sheet1', rows }]));
    expect(errors(result)).toEqual([]);
    expect(numbers(result.dataset!)).toEqual(numbers(reference));
  });
});

describe('Excel values, wide layout', () => {
  /**
   * One row per park; indicators by id, by Chinese name or by name with unit, under a row of
   * category names; 园区代码 and 园区名称 are merged down over both header rows.
   */
  function wideRows(header: (indicator: Record<string, string>, i: number) => string): FixtureCell[][] {
    return [
      ['园区代码', '园区名称', ...indicators.map((i) => i.category_id!)],
      [null, null, ...indicators.map(header)],
      ...parks.map((park) => [park, null, ...indicators.map((i) => typed(valueOf(park, i.indicator_id!)))]),
    ];
  }
  const mixed = (indicator: Record<string, string>, i: number) =>
    [indicator.indicator_id!, indicator.name_zh!, `${indicator.name_zh}（${indicator.unit}）`][i % 3]!;

  it('one row per park and one column per indicator, headed by id, name or name with unit, gives the CSV’s values', async () => {
    const rows = wideRows(mixed);
    const result = await withWorkbook(workbook([{ name: '2025年数据', rows, merges: ['A1:A2', 'B1:B2', 'C1:H1'] }]));
    expect(errors(result)).toEqual([]);
    expect(numbers(result.dataset!).sort()).toEqual(numbers(reference).sort());
  });

  it('a bad number points at its cell; a header with another unit or no indicator is named at the header cell', async () => {
    const rows = wideRows(mixed);
    rows[2]![3] = 'n/a?';
    rows[1]![2] = `${indicators[0]!.name_zh}（元/亩）`;
    rows[1]!.push('备用列');
    rows[2]!.push(1);
    const result = await withWorkbook(workbook([{ name: 'Sheet1', rows, merges: ['A1:A2'] }]));
    const lines = result.issues.map(formatIssue);
    expect(lines).toContain(`snapshots/2025/values.xlsx:Sheet1!C2 UNIT_MISMATCH 表头“${indicators[0]!.name_zh}（元/亩）”的单位“元/亩”与指标 ${indicators[0]!.indicator_id} 的单位“${indicators[0]!.unit}”不同 / header "${indicators[0]!.name_zh}（元/亩）": unit "元/亩" is not ${indicators[0]!.indicator_id}'s unit "${indicators[0]!.unit}"`);
    expect(lines).toContain(`snapshots/2025/values.xlsx:Sheet1!${encode_col(rows[1]!.length - 1)}2 UNKNOWN_COLUMN 表头“备用列”不是任何指标的代码或名称，该列已忽略 / header "备用列" names no indicator; the column is ignored`);
    expect(lines).toContain('snapshots/2025/values.xlsx:Sheet1!D3 BAD_NUMBER 列“value”的值“n/a?”不是数字 / column "value": "n/a?" is not a number');
  });
});

describe('what is not a table', () => {
  it('a file that is no workbook, and a workbook with no sheet of the table, say so', async () => {
    expect(errors(await withWorkbook(new TextEncoder().encode('not a zip')))).toEqual([
      expect.stringMatching(/^snapshots\/2025\/values.xlsx BAD_WORKBOOK /),
    ]);
    expect(errors(await withWorkbook(workbook([{ name: 'Sheet1', rows: [['园区', '数值'], ['SL-01', 1]] }])))).toEqual([
      'snapshots/2025/values.xlsx NO_TABLE_SHEET 没有哪个工作表的表头含有 park_id, indicator_id / No sheet has a header row with park_id, indicator_id',
    ]);
  });

  it('a unit in brackets is told from the name, full-width or not', () => {
    expect(splitUnit('亩均税收（万元/亩）')).toEqual({ name: '亩均税收', unit: '万元/亩' });
    expect(splitUnit('tax_per_mu [万元/亩]')).toEqual({ name: 'tax_per_mu', unit: '万元/亩' });
    expect(splitUnit('亩均固定资产投资（投资强度）（万元/亩）')).toEqual({ name: '亩均固定资产投资（投资强度）', unit: '万元/亩' });
    expect(splitUnit('park_id')).toEqual({ name: 'park_id', unit: null });
  });
});
