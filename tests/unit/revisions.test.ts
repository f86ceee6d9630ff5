import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset, PreviousVersion, ValueRow } from '../../src/lib/contract/dataset.ts';
import { computedRankings } from '../../src/lib/contract/published.ts';
import { computePublished, type PublishedRows } from '../../src/lib/publish/compute.ts';
import { periodAndPrevious, withPreviousVersion } from '../../src/lib/publish/previous-versions.ts';
import { loadInputs } from '../../src/lib/sql/load-inputs.ts';
import { selectPublishedSql } from '../../src/lib/sql/publish-queries.ts';
import { applyScoring } from '../../src/lib/sql/scoring.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { revisionChanges } from '../../src/lib/publish/revision-changes.ts';
import { revisionKey } from '../../src/lib/publish/revision-key.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { handWorked } from '../fixtures/hand-worked/dataset.ts';

/** `values` of `period` with some cells set otherwise: `{ 'C tax_per_mu': 45 }`. */
function valuesWith(period: string, changes: Record<string, number>): ValueRow[] {
  return handWorked.values
    .filter((row) => row.period === period)
    .map((row) => ({ ...row, value: changes[`${row.park_id} ${row.indicator_id}`] ?? row.value }));
}

/**
 * 2024 as first published on 2025-03-20, before the revision of 2025-04-15 (the hand-worked data):
 * C's tax per mu read 45 instead of 15, B's energy 1.25 instead of 0.625, and D had a bonus of 2.
 */
const first2024: PreviousVersion = {
  period: '2024',
  published: '2025-03-20',
  values: valuesWith('2024', { 'C tax_per_mu': 45, 'B energy_per_va': 1.25 }),
  benchmarks: null,
  adjustments: [{ period: '2024', park_id: 'D', kind: 'bonus', points: 2, reason_zh: '误计加分' }],
};

const revised: Dataset = {
  ...handWorked,
  snapshots: handWorked.snapshots.map((s) => (s.period === '2024' ? { ...s, status: 'revised' } : s)),
  previousVersions: [first2024],
};

const KEY = { period: '2024', previous_published: '2025-03-20', current_published: '2025-04-15' };
const C_TAX = { park_id: 'C', name_zh: '东江工业园区', indicator_id: 'tax_per_mu', indicator_zh: '亩均税收', unit: '万元/亩' };
const B_ENERGY = { park_id: 'B', name_zh: '西山经济技术开发区', indicator_id: 'energy_per_va', indicator_zh: '规上工业单位增加值能耗', unit: '吨标煤/万元' };
const D_BONUS = { park_id: 'D', name_zh: '西山工业园区', indicator_id: null, indicator_zh: null, unit: '分' };

describe('revisionChanges', () => {
  it('lists each value, bonus or deduction the earlier version had otherwise (worked by hand)', () => {
    const rows = revisionChanges(revised, first2024, revisionKey(revised, first2024));
    expect(rows).toEqual([
      { ...KEY, item: 'value', ...B_ENERGY, before: 1.25, after: 0.625 },
      { ...KEY, item: 'value', ...C_TAX, before: 45, after: 15 },
      { ...KEY, item: 'bonus', ...D_BONUS, before: 2, after: 0 },
    ]);
  });

  it('compares benchmarks in force, adjustment totals, vetoes and rows one side lacks', () => {
    // 2025 as an earlier version saw it: no benchmark override (indicators.csv's 25, not 30),
    // a value added row for C that the current file lacks, C's deduction 0.3, no bonus and no veto.
    const first2025: PreviousVersion = {
      period: '2025',
      published: '2026-03-01',
      values: [...valuesWith('2025', {}), { period: '2025', park_id: 'C', indicator_id: 'va_per_mu', value: 130, note: '' }],
      benchmarks: [],
      adjustments: [{ period: '2025', park_id: 'C', kind: 'deduction', points: 0.3, reason_zh: '督察反馈问题1项' }],
    };
    const key = { period: '2025', previous_published: '2026-03-01', current_published: '2026-04-15' };
    const park = (id: string, name_zh: string) => ({ park_id: id, name_zh, indicator_id: null, indicator_zh: null });
    expect(revisionChanges(handWorked, first2025, revisionKey(handWorked, first2025))).toEqual([
      { ...key, item: 'value', park_id: 'C', name_zh: '东江工业园区', indicator_id: 'va_per_mu', indicator_zh: '亩均增加值', unit: '万元/亩', before: 130, after: null },
      { ...key, item: 'benchmark', park_id: null, name_zh: null, indicator_id: 'tax_per_mu', indicator_zh: '亩均税收', unit: '万元/亩', before: 25, after: 30 },
      { ...key, item: 'bonus', ...park('D', '西山工业园区'), unit: '分', before: 0, after: 3 },
      { ...key, item: 'deduction', ...park('C', '东江工业园区'), unit: '分', before: 0.3, after: 0.6 },
      { ...key, item: 'veto', ...park('E', '东江现代物流园区'), unit: null, before: 0, after: 1 },
    ]);
  });

  it('finds nothing when the earlier version equals the current one', () => {
    const same: PreviousVersion = { period: '2025', published: '2026-03-01', values: valuesWith('2025', {}), benchmarks: null, adjustments: null };
    expect(revisionChanges(handWorked, same, revisionKey(handWorked, same))).toEqual([]);
  });
});

describe('withPreviousVersion', () => {
  it('puts the earlier files in place of the period’s and leaves every other period alone', () => {
    const then = withPreviousVersion(revised, first2024);
    expect(then.values.filter((v) => v.period === '2025')).toEqual(handWorked.values.filter((v) => v.period === '2025'));
    expect(then.values.filter((v) => v.period === '2024')).toEqual(first2024.values);
    expect(then.adjustments).toEqual([...handWorked.adjustments, ...first2024.adjustments!]);
    expect(then.benchmarks).toBe(handWorked.benchmarks);
  });
});

describe('computePublished on a revised period (native DuckDB)', () => {
  let engine: SqlEngine;
  let published: PublishedRows;
  beforeAll(async () => {
    engine = await openNativeEngine();
    published = await computePublished(engine, revised, readScoringSql());
  });
  afterAll(async () => {
    await engine.close();
  });

  it('publishes the changes as the revisions table', () => {
    expect(published.get('revisions')).toEqual([
      { ...KEY, item: 'bonus', ...D_BONUS, before: 2, after: 0 },
      { ...KEY, item: 'value', ...B_ENERGY, before: 1.25, after: 0.625 },
      { ...KEY, item: 'value', ...C_TAX, before: 45, after: 15 },
    ]);
  });

  it('scores the earlier version by the same SQL and lists the parks whose total, rank or tier differ (worked by hand)', () => {
    // First published: A 112 (1st, A), E 108 (2nd, B), C 54 + 4 + 25 = 83 (3rd, B), D 76 + 2 = 78 (4th, C),
    // B 30 + 16 + 20 ÷ 1.25 = 62 (5th, D). Revised (README.md): A 112, E 108, B 78, D 76, C 47.
    expect(published.get('revision_ranks')).toEqual([
      { ...KEY, park_id: 'B', name_zh: '西山经济技术开发区', city: '西山市', score_before: 62, score_after: 78, rank_before: 5, rank_after: 3, rank_change: 2, tier_before: 'D', tier_after: 'B' },
      { ...KEY, park_id: 'C', name_zh: '东江工业园区', city: '东江市', score_before: 83, score_after: 47, rank_before: 3, rank_after: 5, rank_change: -2, tier_before: 'B', tier_after: 'D' },
      { ...KEY, park_id: 'D', name_zh: '西山工业园区', city: '西山市', score_before: 78, score_after: 76, rank_before: 4, rank_after: 4, rank_change: 0, tier_before: 'C', tier_after: 'C' },
    ].map((row) => ({ ...row, score_before: expect.closeTo(row.score_before, 9), score_after: expect.closeTo(row.score_after, 9) })));
  });

  it('leaves the engine with the current data: the official ranking is the revised one', async () => {
    const rows = await engine.query<{ park_id: string; rank: number }>(`SELECT park_id, rank FROM rankings WHERE period = '2024' ORDER BY rank`);
    expect(rows.map((r) => r.park_id)).toEqual(['A', 'E', 'B', 'D', 'C']);
    expect(published.get('rankings')!.filter((r) => r.period === '2024' && r.park_id === 'C')[0]).toMatchObject({ score: 47, rank: 5 });
  });
});

describe('an earlier version is scored on its period and the one before only', () => {
  it('gives the period the ranking and rank changes that scoring every period gives it (the sample data)', async () => {
    const { dataset } = await validateDataFolder(nodeSource(fileURLToPath(new URL('../../data', import.meta.url))));
    const periods = dataset!.snapshots.map((s) => s.period);
    const period = periods.at(-2)!;
    const limited = periodAndPrevious(dataset!, period);
    expect(new Set(limited.values.map((row) => row.period))).toEqual(new Set(periods.slice(-3, -1)));
    expect(limited.parks).toBe(dataset!.parks);

    const rank = async (data: Dataset) => {
      const engine = await openNativeEngine();
      try {
        await loadInputs(engine, data);
        await applyScoring(engine, readScoringSql());
        return await engine.query<{ rank_change: number | null }>(selectPublishedSql(computedRankings, period));
      } finally {
        await engine.close();
      }
    };
    const ranked = await rank(limited);
    expect(ranked.some((row) => row.rank_change !== null && row.rank_change !== 0)).toBe(true);
    expect(ranked).toEqual(await rank(dataset!));
  });
});
