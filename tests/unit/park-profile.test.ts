import { describe, expect, it } from 'vitest';
import type { IndicatorRow } from '../../src/lib/contract/dataset.ts';
import { leversFor, leverText, valueForScore } from '../../src/lib/views/gap-to-next.ts';
import { compareToMedian, formatIndicatorValue, missingText, type IndicatorStanding } from '../../src/lib/views/indicator-standing.ts';
import { buildParkProfile, type ProfileTables } from '../../src/lib/views/park-profile.ts';
import { handWorked } from '../fixtures/hand-worked/dataset.ts';
import * as expected from '../fixtures/hand-worked/expected.ts';

const tables: ProfileTables = {
  ...handWorked,
  rankings: expected.officialRankings,
  categoryScores: expected.categoryScores,
  publishedCategoryScores: [],
  indicatorScores: expected.indicatorScores,
  rewardHits: expected.rewardHits,
};

const profile2025 = (parkId: string) => buildParkProfile(tables, parkId, '2025');
const standingOf = (standings: readonly IndicatorStanding[], id: string) => standings.find((s) => s.indicator.indicator_id === id)!;
const allStandings = (parkId: string) => profile2025(parkId).categories.flatMap((c) => c.indicators);

describe('park profile headline (hand-worked 2025)', () => {
  it('states rank, tier, movement, adjustments and rules met', () => {
    const c = profile2025('C');
    expect(c.standing).toMatchObject({ rank: 1, rank_level: 1, rank_city: 1, score: 79.6, missing_count: 1 });
    expect(c.movement).toBe('较上年度前进4位');
    expect(c.tier).toEqual({ tier: 'A', name_zh: 'A类', name_en: 'Class A', from_pct: 0, to_pct: 25 });
    expect(c.adjustments.map((a) => [a.kind, a.points])).toEqual([['deduction', 0.6]]);
    expect(c.rewardHits.map((h) => [h.rule_id, h.consequence_zh])).toEqual([['R1', '奖励资金50万元'], ['R3', '通报表扬']]);
    expect(c.isHomeCity).toBe(true);
    expect(profile2025('D').isHomeCity).toBe(false);
  });

  it('words each movement as the press does', () => {
    expect(profile2025('A').movement).toBe('较上年度后退3位');
    expect(profile2025('B').movement).toBe('较上年度持平');
    expect(profile2025('A').history.map((h) => h.movement)).toEqual(['首期评价，无上期排名', '较上年度后退3位']);
  });

  it('lists a vetoed park with its reason, no rank, no tier and no one to chase', () => {
    const e = profile2025('E');
    expect(e.standing).toMatchObject({ vetoed: true, veto_reason: '发生较大生产安全事故', rank: null, score: 130 });
    expect(e.movement).toBe('一票否决，不参与排名');
    expect(e.tier).toBeNull();
    expect(e.rivals).toEqual([]);
    expect(e.adjustments.map((a) => a.kind)).toEqual(['veto']);
  });

  it('keeps every period in the history, earliest first', () => {
    const e = profile2025('E');
    expect(e.history.map((h) => [h.snapshot.period, h.row?.rank ?? null])).toEqual([['2024', 2], ['2025', null]]);
    expect(e.maxRanked).toBe(5);
  });
});

describe('score by category and indicator (hand-worked 2025, park A)', () => {
  it('compares each category with the provincial median and the best park', () => {
    expect(profile2025('A').categories.map((c) => [c.category.category_id, c.score, c.points, c.median, c.best])).toEqual([
      ['quality', 51, 60, 56.6, 90],
      ['environment', 25, 40, 25, 40],
    ]);
  });

  it('places each value against the median, the best and the worst of the parks with a value', () => {
    const a = allStandings('A');
    expect(a.map((s) => s.indicator.indicator_id)).toEqual(['tax_per_mu', 'va_per_mu', 'energy_per_va']);
    expect(standingOf(a, 'tax_per_mu')).toMatchObject({ value: 36, median: 47.45, best: 72, worst: 30, medianScore: 47.45, valueRank: 4, valued: 5, vsMedian: 'worse' });
    // C has no value added: the median is that of 100, 140, 200 and 300; its imputed 12.75 is the median score.
    expect(standingOf(a, 'va_per_mu')).toMatchObject({ value: 200, median: 170, best: 300, worst: 100, medianScore: 12.75, valueRank: 2, valued: 4, vsMedian: 'better' });
    expect(standingOf(a, 'energy_per_va')).toMatchObject({ value: 0.8, median: 0.8, best: 0.4, worst: 1, medianScore: 25, valueRank: 3, vsMedian: 'level' });
  });

  it('puts the 亩均 indicators (万元/亩) first as figure cards', () => {
    expect(profile2025('A').perMu.map((s) => s.indicator.indicator_id)).toEqual(['tax_per_mu', 'va_per_mu']);
  });

  it('marks a missing value and how it was scored', () => {
    const va = standingOf(allStandings('C'), 'va_per_mu');
    expect([va.value, va.score, va.vsMedian, va.valueRank]).toEqual([null, 12.75, null, null]);
    expect(missingText(va.scoreRule)).toBe('缺失（按有数据园区的平均分处理）');
    expect(missingText('missing_zero')).toBe('缺失（按0分处理）');
    expect(missingText('benchmark')).toBeNull();
    expect(formatIndicatorValue(va.value, va.indicator)).toBe('—');
    expect(formatIndicatorValue(1234.5, va.indicator)).toBe('1,234.50万元/亩');
  });

  it('compares with the median as the figures are shown, by direction', () => {
    const lower = { direction: 'lower', decimals: 2 } as const;
    expect(compareToMedian(0.804, 0.8, lower)).toBe('level');
    expect(compareToMedian(0.7, 0.8, lower)).toBe('better');
    expect(compareToMedian(0.9, 0.8, { direction: 'higher', decimals: 1 })).toBe('better');
  });
});

describe('strengths and weaknesses', () => {
  it('ranks indicators by share of points above or below the median park', () => {
    const a = profile2025('A');
    // value added: (15 − 12.75) ÷ 30 = 0.075; energy level with the median; tax: (36 − 47.45) ÷ 30.
    expect(a.strengths.map((e) => [e.standing.indicator.indicator_id, e.edge])).toEqual([['va_per_mu', 0.075]]);
    expect(a.weaknesses.map((e) => e.standing.indicator.indicator_id)).toEqual(['tax_per_mu']);
    expect(a.weaknesses[0]!.edge).toBeCloseTo(-0.381666667, 9);
  });
});

describe('what it would take to move up', () => {
  it('chases the ranked parks just above, closest first; a tie is passed by any gain', () => {
    const [b, c, d, ...rest] = profile2025('A').rivals;
    expect(rest).toEqual([]);
    expect([b!.row.park_id, b!.tied, b!.levers]).toEqual(['B', true, []]);
    expect([c!.row.park_id, d!.row.park_id]).toEqual(['C', 'D']);
    expect(c!.gap).toBeCloseTo(3.6, 9);
    expect(c!.tied).toBe(false);
  });

  it('ranks the indicators that alone close the gap by the smallest relative change', () => {
    const c = profile2025('A').rivals[1]!;
    // tax: 36 → (36 + 3.6) × 30 ÷ 30 = 39.6, +10 %; value added (min–max 100…300): 100 + 200 × 18.6 ÷ 30 = 224, +12 %;
    // energy (lower): 40 × 0.5 ÷ 28.6 = 0.6993 → 0.69 (rounded to the better side), −13.75 %.
    expect(c.levers.map((l) => [l.standing.indicator.indicator_id, l.target])).toEqual([
      ['tax_per_mu', 39.6],
      ['va_per_mu', 224],
      ['energy_per_va', 0.69],
    ]);
    expect(c.levers.map((l) => l.relativeChange)).toEqual([expect.closeTo(0.1, 9), expect.closeTo(0.12, 9), expect.closeTo(-0.1375, 9)]);
    expect(c.levers.map(leverText)).toEqual([
      '亩均税收由36.00万元/亩提高到39.60万元/亩（+10.0%）',
      '亩均增加值由200.00万元/亩提高到224.00万元/亩（+12.0%）',
      '规上工业单位增加值能耗由0.80吨标煤/万元降低到0.69吨标煤/万元（−13.8%）',
    ]);
  });

  it('skips indicators without headroom and says when none closes the gap alone', () => {
    const b = allStandings('B');
    // B's energy already scores its cap of 40.
    expect(leversFor(b, 3.6).map((l) => l.standing.indicator.indicator_id)).toEqual(['tax_per_mu', 'va_per_mu']);
    const a = allStandings('A');
    expect(leversFor(a, 30)).toEqual([]);
    const { largestGain } = profile2025('A').rivals[1]!;
    expect([largestGain?.standing.indicator.indicator_id, largestGain?.gain]).toEqual(['tax_per_mu', 24]);
  });

  it('asks a park missing a value to report one good enough', () => {
    const va = standingOf(allStandings('C'), 'va_per_mu');
    // 12.75 + 3 = 15.75 points: 100 + 200 × 15.75 ÷ 30 = 205.
    expect(valueForScore(va, 15.75)).toBe(205);
    const [lever] = leversFor([va], 3);
    expect(lever).toMatchObject({ target: 205, change: null, relativeChange: null });
    expect(leverText(lever!)).toBe('亩均增加值目前缺失，报送数值不低于205.00万元/亩');
  });

  it('rounds a count up to a whole unit', () => {
    const indicator = { ...handWorked.indicators[0]!, unit: '家', decimals: 0 } satisfies IndicatorRow;
    const count: IndicatorStanding = {
      indicator, value: 10, scoreRule: 'benchmark', benchmark: 25, points: 30, score: 12,
      median: 10, best: 20, worst: 1, medianScore: 12, valueRank: 2, valued: 3, vsMedian: 'level',
    };
    // 12.5 points need 12.5 × 25 ÷ 30 = 10.42 firms: 11.
    expect(leversFor([count], 0.5).map((l) => [l.target, l.change])).toEqual([[11, 1]]);
  });
});
