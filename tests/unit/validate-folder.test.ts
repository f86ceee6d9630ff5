import { describe, expect, it } from 'vitest';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { memorySource } from '../../src/lib/validate/source.ts';
import { VALID_DIR, folderFiles, gb18030, placed, validText, variant, withLine } from '../fixtures/validate/helpers.ts';

describe('validateDataFolder: the valid fixture', () => {
  it('gives the typed dataset and no issues', async () => {
    const { dataset, issues, counts } = await validateDataFolder(nodeSource(VALID_DIR));
    expect(issues).toEqual([]);
    expect(counts).toEqual({});
    expect(dataset).not.toBeNull();
    const data = dataset!;
    expect(data.site).toMatchObject({ home_city: '甲市', licence: { id: 'CC-BY-4.0' }, base_url: '', sample: true });
    expect(data.snapshots).toEqual([
      { period: '2024', title: '2024年度园区综合评价', published: '2025-04-15', status: 'final', comment_until: null, source: '测试省商务厅', notes: '' },
      { period: '2025', title: '2025年度园区综合评价', published: '2026-04-20', status: 'provisional', comment_until: null, source: '测试省商务厅', notes: '公示中' },
    ]);
    expect(data.categories.map((c) => c.points)).toEqual([60, 40]);
    expect(data.indicators.find((i) => i.indicator_id === 'energy')).toMatchObject({ benchmark: null, cap: 1, tiebreak: false, definition_zh: '' });
    expect(data.parks.find((p) => p.park_id === 'P2')?.established).toBeNull();
    expect(data.values).toHaveLength(18);
    expect(data.values.find((v) => v.period === '2025' && v.park_id === 'P3' && v.indicator_id === 'energy')).toEqual({ period: '2025', park_id: 'P3', indicator_id: 'energy', value: null, note: '未报送' });
    expect(data.benchmarks.map((b) => [b.period, b.indicator_id, b.benchmark])).toEqual([['2024', 'rd_share', 2.5], ['2025', 'tax_per_mu', 22], ['2025', 'rd_share', 2.8]]);
    expect(data.adjustments.map((a) => [a.period, a.kind, a.points])).toEqual([['2025', 'bonus', 2], ['2025', 'veto', null]]);
    expect(data.targets.map((t) => t.due_month)).toEqual([12, 12, 9]);
    expect(data.progress).toHaveLength(5);
  });

  it('sorts the periods ascending whatever order the source lists them in', async () => {
    const source = memorySource(folderFiles());
    const { dataset } = await validateDataFolder({ ...source, listPeriods: async () => ['2025', '2024'] });
    expect(dataset?.snapshots.map((s) => s.period)).toEqual(['2024', '2025']);
    expect([...new Set(dataset?.values.map((v) => v.period))]).toEqual(['2024', '2025']);
  });

  it('reads a folder saved with BOM and CRLF like the plain one', async () => {
    const files = folderFiles();
    const converted = Object.fromEntries(
      Object.entries(files).map(([path, bytes]) => [path, path.endsWith('.csv') ? `\uFEFF${new TextDecoder().decode(bytes).replaceAll('\n', '\r\n')}` : bytes]),
    );
    const plain = await validateDataFolder(memorySource(files));
    const excel = await validateDataFolder(memorySource(converted));
    expect(excel.issues).toEqual([]);
    expect(excel.dataset).toEqual(plain.dataset);
  });

  it('reads a GB18030 parks.csv, noting the encoding without failing', async () => {
    const parks = 'park_id,name_zh,name_en,city,county,level,kind,area_km2,established\nP1,甲市高新区,,甲市,东区,national,high_tech,30.5,1995\nP2,甲市新区,,甲市,西县,provincial,economic,12,\nP3,乙市园区,,乙市,,provincial,industrial,8.25,2010\n';
    const { dataset, issues } = await validateDataFolder(variant({ 'parks.csv': gb18030(parks) }));
    expect(placed(issues)).toEqual(['parks.csv:null:null ENCODING_GB18030']);
    expect(dataset?.parks.map((p) => p.name_zh)).toEqual(['甲市高新区', '甲市新区', '乙市园区']);
  });
});

describe('validateDataFolder: files', () => {
  it('reports a missing required file, without a cascade of unknown references', async () => {
    const { dataset, issues } = await validateDataFolder(variant({ 'parks.csv': null }));
    expect(dataset).toBeNull();
    expect(placed(issues)).toEqual(['parks.csv:null:null MISSING_FILE']);
  });

  it('lets an optional file be absent', async () => {
    const { dataset, issues } = await validateDataFolder(variant({ 'snapshots/2025/adjustments.csv': null }));
    expect(issues).toEqual([]);
    expect(dataset?.adjustments).toEqual([]);
  });

  it('reports a folder without periods', async () => {
    const files = Object.fromEntries(Object.entries(folderFiles()).filter(([path]) => !path.startsWith('snapshots/')));
    const { dataset, issues } = await validateDataFolder(memorySource(files));
    expect(dataset).toBeNull();
    expect(placed(issues)).toEqual(['snapshots/:null:null NO_PERIODS']);
  });

  it('reports a per-period file missing in one period', async () => {
    const { issues } = await validateDataFolder(variant({ 'snapshots/2025/values.csv': null, 'snapshots/2024/snapshot.json': null }));
    expect(placed(issues)).toEqual(['snapshots/2024/snapshot.json:null:null MISSING_FILE', 'snapshots/2025/values.csv:null:null MISSING_FILE']);
  });

  it('reports every problem of every file in one run, file by file in reading order', async () => {
    const { issues } = await validateDataFolder(variant({
      'snapshots/2025/values.csv': withLine('snapshots/2025/values.csv', 5, 'P2,tax_per_mu,21.1.1,'),
      'parks.csv': withLine('parks.csv', 3, 'P2,甲市经开区,Jia Development Zone,甲市,西县,provincial,economic,-12,'),
      'methodology/categories.csv': withLine('methodology/categories.csv', 2, 'quality,发展质量,Quality,60,1.5'),
    }));
    expect(placed(issues)).toEqual([
      'methodology/categories.csv:2:5 BAD_INTEGER',
      'parks.csv:3:8 OUT_OF_RANGE',
      'snapshots/2025/values.csv:5:3 BAD_NUMBER',
    ]);
  });
});

describe('validateDataFolder: JSON files', () => {
  it('reports a JSON syntax error where it is', async () => {
    const broken = validText('site.json').replace('"contact": "data@example.org",', '"contact": "data@example.org",,');
    const { dataset, issues } = await validateDataFolder(variant({ 'site.json': broken }));
    expect(dataset).toBeNull();
    expect(placed(issues)).toEqual(['site.json:11:33 BAD_JSON']);
  });

  it('checks site.json field by field', async () => {
    const site = JSON.parse(validText('site.json'));
    delete site.region;
    site.sample = 'perhaps';
    site.licence.id = ['CC-BY-4.0'];
    site.colour = 'red';
    const { dataset, issues } = await validateDataFolder(variant({ 'site.json': JSON.stringify(site) }));
    expect(dataset).toBeNull();
    expect(issues.map((i) => [i.code, i.columnName])).toEqual([
      ['UNKNOWN_FIELD', 'colour'],
      ['MISSING_VALUE', 'region'],
      ['BAD_TYPE', 'licence.id'],
      ['BAD_BOOLEAN', 'sample'],
    ]);
    expect(issues[1]?.zh).toBe('字段“region”为空，但必须填写');
  });

  it('wants the home city to be a park’s city', async () => {
    const site = validText('site.json').replace('"home_city": "甲市"', '"home_city": "甲"');
    const { issues } = await validateDataFolder(variant({ 'site.json': site }));
    expect(issues.map((i) => [i.file, i.code, i.columnName])).toEqual([['site.json', 'UNKNOWN_REFERENCE', 'home_city']]);
  });

  it('wants snapshot.json to name its own folder’s period', async () => {
    const snapshot = validText('snapshots/2025/snapshot.json').replace('"period": "2025"', '"period": "2026"');
    const { issues } = await validateDataFolder(variant({ 'snapshots/2025/snapshot.json': snapshot }));
    expect(issues.map((i) => [i.file, i.code, i.columnName])).toEqual([['snapshots/2025/snapshot.json', 'PERIOD_MISMATCH', 'period']]);
  });

  it('checks snapshot.json by the snapshots table definition', async () => {
    const snapshot = validText('snapshots/2024/snapshot.json').replace('"2025-04-15"', '"2025/4/15"').replace('"final"', '"draft"');
    const { issues } = await validateDataFolder(variant({ 'snapshots/2024/snapshot.json': snapshot }));
    expect(issues.map((i) => [i.code, i.columnName])).toEqual([['BAD_DATE', 'published'], ['BAD_ENUM', 'status']]);
  });
});

describe('validateDataFolder: checks across tables', () => {
  it('wants a category’s points to equal the sum of its indicators’', async () => {
    const { issues } = await validateDataFolder(variant({ 'methodology/categories.csv': withLine('methodology/categories.csv', 2, 'quality,发展质量,Quality,61,1') }));
    expect(placed(issues)).toEqual(['methodology/categories.csv:2:4 POINTS_MISMATCH']);
    expect(issues[0]?.en).toBe('category "quality": column "points" is 61, but its indicators\' points add up to 60');
  });

  it('wants a benchmark for a benchmark-method indicator in every period', async () => {
    const { issues } = await validateDataFolder(variant({ 'snapshots/2025/benchmarks.csv': null }));
    expect(placed(issues)).toEqual(['methodology/indicators.csv:4:9 MISSING_VALUE']);
    expect(issues[0]?.zh).toContain('期次 2025 的 benchmarks.csv');
  });

  it('checks references into other tables', async () => {
    const { issues } = await validateDataFolder(variant({
      'methodology/indicators.csv': withLine('methodology/indicators.csv', 3, 'energy,greenness,单位增加值能耗,Energy,吨标煤/万元,lower,25,minmax,,,average,2,2,,'),
      'snapshots/2024/values.csv': `${validText('snapshots/2024/values.csv')}P4,energy,1,\n`,
      'progress.csv': `${validText('progress.csv')}2024,3,revenue,10,\n`,
    }));
    expect(placed(issues)).toEqual([
      'methodology/categories.csv:2:4 POINTS_MISMATCH',
      'methodology/indicators.csv:3:2 UNKNOWN_REFERENCE',
      'snapshots/2024/values.csv:null:null INCOMPLETE_VALUES',
      'snapshots/2024/values.csv:11:1 UNKNOWN_REFERENCE',
      'progress.csv:7:1 UNKNOWN_REFERENCE',
    ]);
  });

  it('wants each month of a target’s progress once', async () => {
    const { issues } = await validateDataFolder(variant({ 'progress.csv': `${validText('progress.csv')}2025,2,revenue,86,\n` }));
    expect(placed(issues)).toEqual(['progress.csv:7:1 DUPLICATE_KEY']);
    expect(issues[0]?.en).toBe('column "year, target_id, month": "2025, revenue, 2" repeats line 3');
  });

  it('warns, without failing, about a park lacking value rows', async () => {
    const values = validText('snapshots/2024/values.csv').replace('P2,energy,0.8,\n', '').replace('P2,rd_share,2.2,\n', '');
    const { dataset, issues } = await validateDataFolder(variant({ 'snapshots/2024/values.csv': values }));
    expect(dataset).not.toBeNull();
    expect(issues.map((i) => [i.file, i.code, i.severity, i.en])).toEqual([
      ['snapshots/2024/values.csv', 'INCOMPLETE_VALUES', 'warning', 'park "P2" has no rows for 2 indicator(s) (energy, rd_share); they count as missing'],
    ]);
  });

  it('warns, without failing, about an unknown column', async () => {
    const { dataset, issues } = await validateDataFolder(variant({ 'parks.csv': validText('parks.csv').replaceAll('\n', ',x\n').replace('established,x', 'established,remark') }));
    expect(dataset).not.toBeNull();
    expect(placed(issues)).toEqual(['parks.csv:1:10 UNKNOWN_COLUMN']);
  });
});

