/**
 * The bad-input corpus: broken data folders as real exports break them. Every case must get a
 * precise error — code, file, line and column — and none may crash the validator or pass.
 * Timing and memory for the large cases are printed by `npm run bench`, not asserted here.
 */
import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { formatReport } from '../../src/lib/validate/format.ts';
import { gb18030, placed, utf8, validText, variant, withLine } from '../fixtures/validate/helpers.ts';

const VALUES = 'snapshots/2024/values.csv';
const values = validText(VALUES);

interface Case {
  name: string;
  changes: Record<string, string | Uint8Array | null>;
  /** `file:line:column CODE` of the first error. */
  first: string;
}

const CASES: Case[] = [
  { name: 'a required file is missing', changes: { 'parks.csv': null }, first: 'parks.csv:null:null MISSING_FILE' },
  { name: 'an empty file', changes: { [VALUES]: '' }, first: `${VALUES}:null:null EMPTY_FILE` },
  { name: 'a header only', changes: { 'parks.csv': 'park_id,name_zh,name_en,city,county,level,kind,area_km2,established\n' }, first: 'site.json:null:null UNKNOWN_REFERENCE' },
  { name: 'a truncated file: the last row cut mid-field', changes: { [VALUES]: values.slice(0, values.indexOf('P3,energy') + 5) }, first: `${VALUES}:9:null RAGGED_ROW` },
  { name: 'an unclosed quote', changes: { [VALUES]: withLine(VALUES, 4, 'P1,rd_share,"3.1,') }, first: `${VALUES}:4:3 UNCLOSED_QUOTE` },
  { name: 'text after a closing quote', changes: { [VALUES]: withLine(VALUES, 4, 'P1,rd_share,"3.1"x,') }, first: `${VALUES}:4:3 BAD_QUOTE` },
  { name: 'a ragged row', changes: { [VALUES]: withLine(VALUES, 5, 'P2,tax_per_mu,18.75,,extra') }, first: `${VALUES}:5:null RAGGED_ROW` },
  { name: 'the wrong delimiter (semicolons)', changes: { [VALUES]: values.replaceAll(',', ';') }, first: `${VALUES}:1:null MISSING_COLUMN` },
  { name: 'a tab-separated export', changes: { [VALUES]: values.replaceAll(',', '\t') }, first: `${VALUES}:1:null MISSING_COLUMN` },
  { name: 'a duplicate column', changes: { [VALUES]: values.replace('park_id,indicator_id,value,note', 'park_id,indicator_id,value,value') }, first: `${VALUES}:1:4 DUPLICATE_COLUMN` },
  { name: 'a missing column', changes: { [VALUES]: values.replace('park_id,indicator_id,value,note', 'park_id,indicator,value,note') }, first: `${VALUES}:1:null MISSING_COLUMN` },
  { name: 'NUL bytes (a UTF-16 export)', changes: { [VALUES]: new Uint8Array([0xff, 0xfe, 0x70, 0x00, 0x61, 0x00]) }, first: `${VALUES}:1:null NUL_BYTE` },
  { name: 'mixed encodings: GB18030 bytes inside a UTF-8 file', changes: { 'parks.csv': new Uint8Array([...utf8(validText('parks.csv')), ...gb18030('P4,西区,,甲市,,provincial,industrial,3,\n')]) }, first: 'parks.csv:null:null BAD_ENCODING' },
  { name: 'not a number', changes: { [VALUES]: withLine(VALUES, 3, 'P1,energy,abc,') }, first: `${VALUES}:3:3 BAD_NUMBER` },
  { name: 'not an integer', changes: { 'parks.csv': validText('parks.csv').replace(',1995', ',1995.5') }, first: 'parks.csv:2:9 BAD_INTEGER' },
  { name: 'not a boolean', changes: { 'methodology/indicators.csv': validText('methodology/indicators.csv').replace(',true,', ',maybe,') }, first: 'methodology/indicators.csv:2:14 BAD_BOOLEAN' },
  { name: 'not a date', changes: { 'snapshots/2024/snapshot.json': validText('snapshots/2024/snapshot.json').replace('2025-04-15', '2025/04/15') }, first: 'snapshots/2024/snapshot.json:null:null BAD_DATE' },
  { name: 'a value outside an enum', changes: { 'parks.csv': validText('parks.csv').replace('national', 'nationl') }, first: 'parks.csv:2:6 BAD_ENUM' },
  { name: 'a required value missing', changes: { [VALUES]: withLine(VALUES, 2, ',tax_per_mu,35.2,') }, first: `${VALUES}:2:1 MISSING_VALUE` },
  { name: 'out of range', changes: { 'progress.csv': validText('progress.csv').replace('2025,2,revenue', '2025,13,revenue') }, first: 'progress.csv:3:2 OUT_OF_RANGE' },
  { name: 'a duplicate key', changes: { [VALUES]: withLine(VALUES, 3, 'P1,tax_per_mu,35.2,') }, first: `${VALUES}:3:1 DUPLICATE_KEY` },
  { name: 'an unknown park', changes: { [VALUES]: withLine(VALUES, 2, 'P9,tax_per_mu,35.2,') }, first: `${VALUES}:2:1 UNKNOWN_REFERENCE` },
  { name: 'points that do not add up', changes: { 'methodology/categories.csv': validText('methodology/categories.csv').replace(',60,', ',61,') }, first: 'methodology/categories.csv:2:4 POINTS_MISMATCH' },
  { name: 'two tie-breakers', changes: { 'methodology/indicators.csv': validText('methodology/indicators.csv').replace(',1,false,', ',1,true,') }, first: 'methodology/indicators.csv:4:14 MULTIPLE_TIEBREAKS' },
  { name: 'a gap between tiers', changes: { 'methodology/tiers.csv': validText('methodology/tiers.csv').replace('B,良好,Good,25,70', 'B,良好,Good,30,70') }, first: 'methodology/tiers.csv:3:4 TIER_GAP' },
  { name: 'broken JSON', changes: { 'site.json': '{"title": "x",' }, first: 'site.json:1:15 BAD_JSON' },
  { name: 'a values file that is only its header row', changes: { [VALUES]: 'park_id,indicator_id,value,note\n' }, first: `${VALUES}:1:null NO_ROWS` },
  { name: 'a values file without its value column', changes: { [VALUES]: values.replace('park_id,indicator_id,value,note', 'park_id,indicator_id,note').replace(/^(P\d,\w+),[^,\n]*,/gm, '$1,') }, first: `${VALUES}:1:null MISSING_COLUMN` },
  { name: 'a value column emptied of every number', changes: { [VALUES]: values.replace(/^(P\d,\w+),[^,\n]*,/gm, '$1,,') }, first: `${VALUES}:null:3 NO_VALUES` },
  { name: 'a snapshot.json for another period', changes: { 'snapshots/2024/snapshot.json': validText('snapshots/2024/snapshot.json').replace('"2024"', '"2023"') }, first: 'snapshots/2024/snapshot.json:null:null PERIOD_MISMATCH' },
];

describe('the bad-input corpus', () => {
  it('has at least 25 cases', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(25);
  });

  it.each(CASES)('$name → $first', async ({ changes, first }) => {
    const { dataset, issues } = await validateDataFolder(variant(changes));
    expect(placed(issues.filter((i) => i.severity === 'error'))).toContain(first);
    expect(dataset).toBeNull();
  });
});

describe('thin data: warnings that name the file', () => {
  const warnings = async (changes: Record<string, string>) =>
    (await validateDataFolder(variant(changes))).issues.filter((issue) => issue.severity === 'warning');

  it('warns when a period has values for far fewer parks than the one before', async () => {
    const onePark = `${VALUES.replace('2024', '2025')}`;
    const found = await warnings({ [onePark]: validText(onePark).split('\n').filter((line) => !/^P[23],/.test(line)).join('\n') });
    expect(placed(found)).toContain(`${onePark}:null:null COVERAGE_DROP`);
    expect(found.find((issue) => issue.code === 'COVERAGE_DROP')?.zh).toBe('2025 期只有 1 个园区有数值，上一期（2024）有 3 个：是否漏了数据？');
  });

  it('warns when a number column holds no number at all', async () => {
    const found = await warnings({ 'parks.csv': validText('parks.csv').replace(/,(\d{4})$/gm, ',') });
    expect(placed(found)).toContain('parks.csv:null:9 NO_NUMBERS');
    expect(found.find((issue) => issue.code === 'NO_NUMBERS')?.en).toBe('column "established" (Established) holds no number in any of the 3 rows');
  });

  it('stays quiet on the valid folder', async () => {
    expect(await warnings({})).toEqual([]);
  });
});

describe('large and noisy files', () => {
  it('reports 10,000 bad rows, keeps a bounded list, and prints 50 plus a count', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `P1,tax_per_mu,bad${i},`);
    const { dataset, issues, counts } = await validateDataFolder(variant({ [VALUES]: `park_id,indicator_id,value,note\n${rows.join('\n')}\n` }));
    expect(dataset).toBeNull();
    expect(counts[VALUES]?.error).toBeGreaterThanOrEqual(10_000);
    expect(issues.filter((i) => i.file === VALUES).length).toBeLessThanOrEqual(1000);
    expect(placed(issues)).toContain(`${VALUES}:2:3 BAD_NUMBER`);
    const printed = formatReport({ issues, counts }).filter((line) => line.startsWith(VALUES));
    expect(printed.length).toBe(51);
    expect(printed.at(-1)).toMatch(/另有 \d+ 个问题未列出/);
  });

  it('reads a 50 MB values file and finds the one bad cell near its end', async () => {
    const line = 'P1,tax_per_mu,35.2,一条足够长的备注用来把文件撑大' + 'x'.repeat(40) + '\n';
    const count = Math.ceil((50 * 1024 * 1024) / utf8(line).length);
    const body = line.repeat(count);
    const text = `park_id,indicator_id,value,note\n${body}P2,energy,oops,\n`;
    expect(utf8(text).length).toBeGreaterThan(50 * 1024 * 1024);
    const { dataset, issues } = await validateDataFolder(variant({ [VALUES]: text }));
    expect(dataset).toBeNull();
    expect(placed(issues)).toContain(`${VALUES}:${count + 2}:3 BAD_NUMBER`);
  }, 120_000);
});
