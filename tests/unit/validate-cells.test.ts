import { describe, expect, it } from 'vitest';
import { adjustments, indicators, parks, snapshots, tiers, values } from '../../src/lib/contract/inputs.ts';
import { MISSING_MARKERS, type TableDef } from '../../src/lib/contract/schema.ts';
import { parseCell } from '../../src/lib/validate/cells.ts';

const col = (table: TableDef, name: string) => table.columns.find((c) => c.name === name)!;
const value = col(values, 'value');
/** The value, or the problem's code. */
const cell = (table: TableDef, name: string, raw: string, unit: string | null = '') => {
  const result = parseCell(col(table, name), raw, unit);
  return result.ok ? result.value : result.problem.code;
};

describe('numbers', () => {
  it.each([
    ['42', 42],
    ['  -3.5 ', -3.5],
    ['1,234.5', 1234.5],
    ['12,345,678', 12345678],
    ['１２３．４', 123.4],
    ['－５', -5],
    ['１，２３４', 1234],
    ['\u22127', -7],
    ['1.2E+3', 1200],
    ['.5', 0.5],
  ])('reads %j as %d', (raw, expected) => {
    expect(cell(values, 'value', raw)).toBe(expected);
  });

  it.each(['abc', '1,23', '12,34,567', '1.2.3', '1e999', '1 000', '3.5万', 'e5', '+'])('rejects %j', (raw) => {
    expect(cell(values, 'value', raw)).toBe('BAD_NUMBER');
  });

  it('says which column and value are wrong, in both languages', () => {
    expect(parseCell(value, 'abc', '')).toEqual({
      ok: false,
      problem: { code: 'BAD_NUMBER', zh: '列“value”的值“abc”不是数字', en: 'column "value": "abc" is not a number' },
    });
  });

  it('takes a trailing % only where the unit is %', () => {
    expect(cell(values, 'value', '3.5%', '%')).toBe(3.5);
    expect(cell(values, 'value', '３．５％', '%')).toBe(3.5);
    expect(cell(values, 'value', '12.5 %', '%')).toBe(12.5);
    expect(cell(values, 'value', '3.5%', '亿元')).toBe('BAD_NUMBER');
    expect(cell(values, 'value', '3.5%', '')).toBe('BAD_NUMBER');
    expect(cell(tiers, 'to_pct', '25%', '%')).toBe(25);
  });

  it('gives a % the benefit of the doubt when the unit is unknown', () => {
    expect(cell(values, 'value', '3.5%', null)).toBe(3.5);
  });

  it('reads every missing marker and an empty cell as missing in an optional column', () => {
    for (const marker of [...MISSING_MARKERS, '', '  ', '－']) expect(cell(values, 'value', marker)).toBeNull();
  });

  it('reports a missing marker or an empty cell in a required column', () => {
    expect(cell(parks, 'area_km2', 'NA')).toBe('MISSING_VALUE');
    expect(cell(parks, 'area_km2', ' ')).toBe('MISSING_VALUE');
    expect(parseCell(col(parks, 'area_km2'), 'N/A', '')).toMatchObject({
      problem: { zh: '列“area_km2”的值“N/A”表示缺失，但必须填写' },
    });
  });

  it('fills an empty optional cell with the column default', () => {
    expect(cell(indicators, 'cap', '')).toBe(1);
    expect(cell(indicators, 'cap', '-')).toBe(1);
    expect(cell(indicators, 'tiebreak', '')).toBe(false);
    expect(cell(values, 'note', '')).toBe('');
    expect(cell(parks, 'established', '')).toBeNull();
  });

  it('checks integers', () => {
    expect(cell(parks, 'established', '1995')).toBe(1995);
    expect(cell(parks, 'established', '２０１０')).toBe(2010);
    expect(cell(parks, 'established', '1995.5')).toBe('BAD_INTEGER');
    expect(cell(parks, 'established', 'MCMXCV')).toBe('BAD_NUMBER');
  });
});

describe('ranges', () => {
  it('keeps to min, max and an exclusive min', () => {
    expect(cell(parks, 'area_km2', '0')).toBe('OUT_OF_RANGE');
    expect(cell(parks, 'area_km2', '0.01')).toBe(0.01);
    expect(cell(parks, 'established', '1949')).toBe('OUT_OF_RANGE');
    expect(cell(parks, 'established', '1950')).toBe(1950);
    expect(cell(indicators, 'cap', '5')).toBe(5);
    expect(cell(indicators, 'cap', '5.5')).toBe('OUT_OF_RANGE');
    expect(cell(adjustments, 'points', '-1')).toBe('OUT_OF_RANGE');
  });

  it('bounds percentages to a plausible 0–1000', () => {
    expect(cell(values, 'value', '1000', '%')).toBe(1000);
    expect(cell(values, 'value', '1500%', '%')).toBe('OUT_OF_RANGE');
    expect(cell(values, 'value', '-1', '%')).toBe('OUT_OF_RANGE');
    expect(cell(values, 'value', '1500', '亿元')).toBe(1500);
    expect(cell(values, 'value', '-1', '亿元')).toBe(-1);
  });

  it('names the bound in the message', () => {
    expect(parseCell(col(parks, 'area_km2'), '0', 'km²')).toMatchObject({
      problem: { zh: '列“area_km2”的值“0”超出范围：必须大于 0', en: 'column "area_km2": "0" is out of range: must be greater than 0' },
    });
  });
});

describe('other types', () => {
  it.each([
    ['true', true], ['TRUE', true], ['1', true], ['yes', true], ['是', true],
    ['false', false], ['False', false], ['0', false], ['no', false], ['否', false],
  ])('reads boolean %j', (raw, expected) => {
    expect(cell(indicators, 'tiebreak', raw)).toBe(expected);
  });

  it('rejects other booleans', () => {
    expect(cell(indicators, 'tiebreak', 'maybe')).toBe('BAD_BOOLEAN');
    expect(cell(indicators, 'tiebreak', '2')).toBe('BAD_BOOLEAN');
  });

  it('reads YYYY-MM-DD dates that exist', () => {
    expect(cell(snapshots, 'published', ' 2024-02-29 ')).toBe('2024-02-29');
    for (const raw of ['2023-02-29', '2024-13-01', '2024/06/30', '2024-6-30', '20240630']) {
      expect(cell(snapshots, 'published', raw)).toBe('BAD_DATE');
    }
  });

  it('reads enum values exactly', () => {
    expect(cell(parks, 'level', ' national ')).toBe('national');
    expect(cell(parks, 'level', 'National')).toBe('BAD_ENUM');
    expect(parseCell(col(parks, 'level'), 'county', '')).toMatchObject({
      problem: { zh: '列“level”的值“county”不是以下之一：national、provincial' },
    });
  });

  it('trims text, keeps dashes in text, and drops the quote a formula-safe export adds', () => {
    expect(cell(parks, 'name_zh', '  甲市高新区 ')).toBe('甲市高新区');
    expect(cell(values, 'note', '-')).toBe('-');
    expect(cell(values, 'note', "'=1+1")).toBe('=1+1');
    expect(cell(values, 'note', "'-3 分")).toBe('-3 分');
    expect(cell(values, 'note', "'quoted'")).toBe("'quoted'");
    expect(cell(parks, 'name_zh', '')).toBe('MISSING_VALUE');
  });
});
