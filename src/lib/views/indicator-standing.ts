/**
 * One park's standing on each indicator in a period: its value and score next to the provincial
 * median, the best value and the min–max bounds, over the period's parks (vetoed parks included,
 * as in the scoring).
 */
import type { IndicatorRow } from '../contract/dataset.ts';
import type { IndicatorScoreRow } from '../sql/scoring.ts';
import { formatNumber } from '../format/number.ts';
import { bestValue, medianValue, rankByValue } from './indicator-summary.ts';
import { groupedBy, memoFor } from './memo.ts';

export type MedianComparison = 'better' | 'level' | 'worse';

export interface IndicatorStanding {
  indicator: IndicatorRow;
  value: number | null;
  scoreRule: IndicatorScoreRow['score_rule'];
  /** The benchmark in force; null for a min–max indicator. */
  benchmark: number | null;
  /** Points available (effective points). */
  points: number;
  score: number;
  /** Median, best and worst value over the parks with a value; null when none has one. */
  median: number | null;
  best: number | null;
  worst: number | null;
  /** Median score over all parks of the period, imputed scores included. */
  medianScore: number;
  /** Rank of the value among the parks with one (1 = best); null when the park has none. */
  valueRank: number | null;
  /** Parks with a value. */
  valued: number;
  /** The value against the median, at the indicator's decimals; null when the park has no value. */
  vsMedian: MedianComparison | null;
}

const OPPOSITE = { higher: 'lower', lower: 'higher' } as const;

/** Better, level or worse than the median as the figures are shown: rounded to `decimals`. */
export function compareToMedian(value: number, median: number, indicator: Pick<IndicatorRow, 'direction' | 'decimals'>): MedianComparison {
  const shown = (x: number) => Number(x.toFixed(indicator.decimals));
  const difference = shown(value) - shown(median);
  if (difference === 0) return 'level';
  return (difference > 0) === (indicator.direction === 'higher') ? 'better' : 'worse';
}

/** What every park's standing on one indicator is measured against: the period's whole field. */
interface IndicatorField {
  indicator: IndicatorRow;
  byPark: Map<string, IndicatorScoreRow>;
  median: number | null;
  best: number | null;
  worst: number | null;
  medianScore: number;
  valueRanks: Map<string, number>;
  valued: number;
}

function indicatorField(rows: readonly IndicatorScoreRow[], indicator: IndicatorRow): IndicatorField {
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  return {
    indicator,
    byPark: new Map(rows.map((r) => [r.park_id, r])),
    median: medianValue(values),
    best: bestValue(values, indicator.direction),
    worst: bestValue(values, OPPOSITE[indicator.direction]),
    medianScore: medianValue(rows.map((r) => r.score)) ?? 0,
    valueRanks: new Map(rankByValue(rows, indicator.direction).map((r) => [r.park_id, r.rank])),
    valued: values.length,
  };
}

/** Each indicator's field in one period, worked out once per indicator_scores table and period. */
function indicatorFields(scores: readonly IndicatorScoreRow[], indicators: readonly IndicatorRow[], period: string): IndicatorField[] {
  return memoFor(scores, `fields:${period}:${indicators.map((i) => i.indicator_id).join(',')}`, () => {
    const byIndicator = groupedBy(groupedBy(scores, 'period').get(period) ?? [], 'indicator_id');
    return indicators.map((indicator) => indicatorField(byIndicator.get(indicator.indicator_id) ?? [], indicator));
  });
}

/**
 * The park's standing on every indicator it has a score row for, in `indicators` order.
 * `scores` is the whole indicator_scores table; `period` picks the field it is measured in.
 */
export function indicatorStandings(scores: readonly IndicatorScoreRow[], indicators: readonly IndicatorRow[], period: string, parkId: string): IndicatorStanding[] {
  return indicatorFields(scores, indicators, period).flatMap((field) => {
    const own = field.byPark.get(parkId);
    if (!own) return [];
    return [{
      indicator: field.indicator,
      value: own.value,
      scoreRule: own.score_rule,
      benchmark: own.benchmark,
      points: own.points,
      score: own.score,
      median: field.median,
      best: field.best,
      worst: field.worst,
      medianScore: field.medianScore,
      valueRank: field.valueRanks.get(parkId) ?? null,
      valued: field.valued,
      vsMedian: own.value === null || field.median === null ? null : compareToMedian(own.value, field.median, field.indicator),
    }];
  });
}

/** A value with its unit at the indicator's decimals: 26.40万元/亩, 3.10%; '—' when missing. */
export function formatIndicatorValue(value: number | null, indicator: Pick<IndicatorRow, 'unit' | 'decimals'>): string {
  return value === null ? '—' : `${formatNumber(value, indicator.decimals)}${indicator.unit ?? ''}`;
}

const IMPUTATION = { missing_zero: '按0分处理', missing_average: '按有数据园区的平均分处理' } as const;

/** How a missing value was scored, e.g. 缺失（按0分处理）; null when the value is there. */
export function missingText(rule: IndicatorScoreRow['score_rule']): string | null {
  return rule === 'missing_zero' || rule === 'missing_average' ? `缺失（${IMPUTATION[rule]}）` : null;
}
