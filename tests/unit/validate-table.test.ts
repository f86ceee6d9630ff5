import { describe, expect, it } from 'vitest';
import { adjustments, indicators, parks, rewards, targets, tiers, values } from '../../src/lib/contract/inputs.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import { validateTableFile, type TableFileOptions } from '../../src/lib/validate/file.ts';
import { formatIssue } from '../../src/lib/validate/format.ts';
import type { Issue } from '../../src/lib/validate/issues.ts';
import { gb18030, placed, utf8, validText } from '../fixtures/validate/helpers.ts';

const errors = (issues: readonly Issue[]) => issues.filter((issue) => issue.severity === 'error');

const check = (def: TableDef, text: string | Uint8Array, options: TableFileOptions = { period: '2024' }) =>
  validateTableFile(def, typeof text === 'string' ? utf8(text) : text, options);

const refs = {
  parks: [{ park_id: 'P1' }, { park_id: 'P2' }],
  indicators: [
    { indicator_id: 'rd_share', unit: '%' },
    { indicator_id: 'tax_per_mu', unit: '万元/亩' },
  ],
};

const VALUES_HEADER = 'park_id,indicator_id,value,note\n';

describe('validateTableFile: cells', () => {
  it('reports a bad number at its editor line and column, after a multi-line cell', () => {
    const { rows, issues } = check(values, `${VALUES_HEADER}P1,tax_per_mu,1,"第一行\n第二行"\nP1,rd_share,abc,\n`);
    expect(issues.map(formatIssue)).toEqual([
      'snapshots/2024/values.csv:4:3 BAD_NUMBER 列“value”的值“abc”不是数字 / column "value": "abc" is not a number',
    ]);
    expect(rows?.map((r) => r.value)).toEqual([1, null]);
  });

  it('reports every bad cell of a file in one run', () => {
    const text = 'park_id,name_zh,name_en,city,county,level,kind,area_km2,established\n'
      + 'P1,,Zone,甲市,,county,high_tech,0,1995.5\n'
      + 'P2,乙,Zone,乙市,,national,lab,-3,1949\n';
    expect(placed(check(parks, text).issues)).toEqual([
      'parks.csv:2:2 MISSING_VALUE',
      'parks.csv:2:6 BAD_ENUM',
      'parks.csv:2:8 OUT_OF_RANGE',
      'parks.csv:2:9 BAD_INTEGER',
      'parks.csv:3:7 BAD_ENUM',
      'parks.csv:3:8 OUT_OF_RANGE',
      'parks.csv:3:9 OUT_OF_RANGE',
    ]);
  });

  it('adds the period to rows of a per-period table', () => {
    expect(check(values, `${VALUES_HEADER}P1,rd_share,2,\n`).rows).toEqual([{ period: '2024', park_id: 'P1', indicator_id: 'rd_share', value: 2, note: '' }]);
  });
});

describe('validateTableFile: accepted variants', () => {
  it('reads BOM, CRLF, spaces, full-width digits, thousands separators, % and missing markers', () => {
    const text = '\uFEFF park_id , indicator_id ,value,note\r\n'
      + ' P1 , tax_per_mu ,"1,234.5", 备注 \r\n'
      + 'P1,rd_share,３．５％,\r\n'
      + 'P2,tax_per_mu,－１２,"两行\r\n备注"\r\n'
      + 'P2,rd_share,N/A,未报送\r\n';
    const { rows, issues } = check(values, text, { period: '2025', refs });
    expect(issues).toEqual([]);
    expect(rows?.map((r) => [r.park_id, r.indicator_id, r.value, r.note])).toEqual([
      ['P1', 'tax_per_mu', 1234.5, '备注'],
      ['P1', 'rd_share', 3.5, ''],
      ['P2', 'tax_per_mu', -12, '两行\n备注'],
      ['P2', 'rd_share', null, '未报送'],
    ]);
  });

  it('reads a GB18030 file like its UTF-8 twin, with a notice', () => {
    const text = 'park_id,name_zh,name_en,city,county,level,kind,area_km2,established\nP1,甲市高新区,,甲市,东区,national,high_tech,30.5,\nP2,乙市新区,,乙市,西县,provincial,other,12,2001\n';
    const gb = check(parks, gb18030(text));
    expect(gb.rows).toEqual(check(parks, text).rows);
    expect(gb.rows?.[0]).toMatchObject({ name_zh: '甲市高新区', city: '甲市', name_en: '', established: null });
    expect(gb.issues.map((i) => [i.code, i.severity])).toEqual([['ENCODING_GB18030', 'notice']]);
  });

  it('fills optional columns that are absent with their defaults', () => {
    const { rows, issues } = check(values, 'park_id,indicator_id,value\nP1,rd_share,2\n');
    expect(issues).toEqual([]);
    expect(rows?.[0]?.note).toBe('');
  });
});

describe('validateTableFile: header', () => {
  it('reports a missing required column once, and gives no rows', () => {
    const { rows, issues } = check(values, 'park_id,value\nP1,1\nP2,2\n');
    expect(placed(issues)).toEqual(['snapshots/2024/values.csv:1:null MISSING_COLUMN']);
    expect(issues[0]?.columnName).toBe('indicator_id');
    expect(rows).toBeNull();
  });

  it('reports a duplicate column where it repeats', () => {
    expect(placed(check(values, 'park_id,indicator_id,value,value\nP1,rd_share,1,2\n').issues)).toEqual(['snapshots/2024/values.csv:1:4 DUPLICATE_COLUMN']);
  });

  it('warns about unknown columns and ignores them', () => {
    const { rows, issues } = check(values, 'park_id,indicator_id,value,remark,\nP1,rd_share,1,x,\n');
    expect(placed(issues)).toEqual(['snapshots/2024/values.csv:1:4 UNKNOWN_COLUMN', 'snapshots/2024/values.csv:1:5 UNKNOWN_COLUMN']);
    expect(issues.map((i) => i.severity)).toEqual(['warning', 'warning']);
    expect(issues[1]?.en).toBe('column 5 has no name; ignored');
    expect(rows?.[0]).not.toHaveProperty('remark');
  });
});

describe('validateTableFile: keys and references', () => {
  it('reports a repeated primary key, naming the first line', () => {
    const { issues } = check(values, `${VALUES_HEADER}P1,rd_share,1,\nP1,tax_per_mu,2,\nP1,rd_share,3,\n`);
    expect(placed(issues)).toEqual(['snapshots/2024/values.csv:4:1 DUPLICATE_KEY']);
    expect(issues[0]?.zh).toBe('列“park_id, indicator_id”的值“P1, rd_share”与第 2 行重复');
  });

  it('reports a reference to an unknown code when the table is given', () => {
    const text = `${VALUES_HEADER}P9,rd_share,1,\nP1,nope,2,\n`;
    expect(placed(errors(check(values, text, { period: '2024', refs }).issues))).toEqual([
      'snapshots/2024/values.csv:2:1 UNKNOWN_REFERENCE',
      'snapshots/2024/values.csv:3:2 UNKNOWN_REFERENCE',
    ]);
    expect(check(values, text).issues).toEqual([]);
  });

  it('takes a % only for indicators whose unit is %, and checks it is plausible', () => {
    const text = `${VALUES_HEADER}P1,rd_share,45%,\nP1,tax_per_mu,45%,\nP2,rd_share,1500,\n`;
    expect(placed(errors(check(values, text, { period: '2024', refs }).issues))).toEqual([
      'snapshots/2024/values.csv:3:3 BAD_NUMBER',
      'snapshots/2024/values.csv:4:3 OUT_OF_RANGE',
    ]);
  });
});

describe('validateTableFile: rules about one table', () => {
  const indicatorsText = validText('methodology/indicators.csv');

  it('allows at most one tie-breaker', () => {
    const text = indicatorsText.replace('minmax,,,average,2,2,,', 'minmax,,,average,2,2,yes,');
    expect(placed(check(indicators, text).issues)).toEqual(['methodology/indicators.csv:3:14 MULTIPLE_TIEBREAKS']);
  });

  it('wants a benchmark for the benchmark method when no period overrides it', () => {
    const { issues } = check(indicators, indicatorsText, { refs: { snapshots: [{ period: '2024' }, { period: '2025' }], benchmarks: [{ period: '2024', indicator_id: 'rd_share' }] } });
    expect(placed(issues)).toEqual(['methodology/indicators.csv:4:9 MISSING_VALUE']);
    expect(issues[0]?.en).toContain('benchmarks.csv of period 2025');
  });

  const TIERS_HEADER = 'tier,name_zh,name_en,from_pct,to_pct\n';
  it.each([
    ['a gap', 'A,a,a,0,25\nB,b,b,30,100\n', ['methodology/tiers.csv:3:4 TIER_GAP']],
    ['an overlap', 'A,a,a,0,25\nB,b,b,20,100\n', ['methodology/tiers.csv:3:4 TIER_OVERLAP']],
    ['a short end', 'A,a,a,0,25\nB,b,b,25,95\n', ['methodology/tiers.csv:3:5 TIER_GAP']],
    ['a late start', 'B,b,b,25,100\nA,a,a,5,25\n', ['methodology/tiers.csv:3:4 TIER_GAP']],
    ['an inverted range', 'A,a,a,0,50\nB,b,b,100,50\n', ['methodology/tiers.csv:2:5 TIER_GAP', 'methodology/tiers.csv:3:5 OUT_OF_RANGE']],
    ['no tiers', '', ['methodology/tiers.csv:null:null TIER_GAP', 'methodology/tiers.csv:1:null NO_ROWS']],
    ['an exact cover in any order', 'C,c,c,70,100\nA,a,a,0,25\nB,b,b,25,70\n', []],
  ])('checks tiers cover 0–100: %s', (_, rows, expected) => {
    expect(placed(check(tiers, TIERS_HEADER + rows).issues)).toEqual(expected);
  });

  it('wants a threshold unless the reward condition is last_in_city', () => {
    const text = validText('methodology/rewards.csv') + 'top,reward,top_n,,all,前十,Top 10,表扬\n';
    expect(placed(check(rewards, text).issues)).toEqual(['methodology/rewards.csv:4:4 MISSING_VALUE']);
  });

  it('wants points unless the adjustment is a veto', () => {
    const text = 'park_id,kind,points,reason_zh\nP1,veto,,事故\nP2,bonus,,特色园区\nP2,deduction,abc,督察\n';
    expect(placed(check(adjustments, text).issues)).toEqual(['snapshots/2024/adjustments.csv:3:3 MISSING_VALUE', 'snapshots/2024/adjustments.csv:4:3 BAD_NUMBER']);
  });

  it('checks a target’s scope and parent', () => {
    const text = validText('targets.csv') + '2025,revenue_P9,P9,revenue,收入,,亿元,10,cumulative,\n2025,revenue_P2,P2,revenue_P1,收入,,亿元,10,cumulative,\n2026,revenue_P2,P2,revenue,收入,,亿元,10,cumulative,\n';
    expect(placed(check(targets, text, { refs: { parks: refs.parks } }).issues)).toEqual([
      'targets.csv:5:3 UNKNOWN_REFERENCE',
      'targets.csv:6:4 UNKNOWN_REFERENCE',
      'targets.csv:7:4 UNKNOWN_REFERENCE',
    ]);
  });
});
