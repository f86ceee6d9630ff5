/**
 * The figures an indicator page derives from indicator_scores: parks ranked by their value, and
 * each period's median, best value and benchmark.
 */
import { median } from 'd3';
import type { IndicatorRow } from '../contract/dataset.ts';
import type { IndicatorScoreRow } from '../sql/scoring.ts';

type Direction = IndicatorRow['direction'];

/** Better values first: the highest for higher-is-better, the lowest for lower-is-better. */
export function betterFirst(direction: Direction): (a: number, b: number) => number {
  return direction === 'higher' ? (a, b) => b - a : (a, b) => a - b;
}

/** The middle value (the mean of the middle two for an even count); null when there is none. */
export function medianValue(values: readonly number[]): number | null {
  return median(values) ?? null;
}

export function bestValue(values: readonly number[], direction: Direction): number | null {
  if (values.length === 0) return null;
  return direction === 'higher' ? Math.max(...values) : Math.min(...values);
}

type Valued = Pick<IndicatorScoreRow, 'park_id' | 'value'>;
export type RankedRow<T extends Valued> = T & { value: number; rank: number };

/**
 * The rows with a value, better first, with competition ranks (1, 2, 2, 4): equal values share a
 * rank. Equal values are listed by park_id so the order does not depend on the input's.
 */
export function rankByValue<T extends Valued>(rows: readonly T[], direction: Direction): RankedRow<T>[] {
  const compare = betterFirst(direction);
  const sorted = rows
    .filter((r): r is T & { value: number } => r.value !== null)
    .sort((a, b) => compare(a.value, b.value) || a.park_id.localeCompare(b.park_id));
  let rank = 0;
  return sorted.map((row, i) => {
    if (i === 0 || row.value !== sorted[i - 1]!.value) rank = i + 1;
    return { ...row, rank };
  });
}

export interface PeriodSummary {
  period: string;
  median: number | null;
  best: number | null;
  /** The benchmark in force that period; null for a min–max indicator. */
  benchmark: number | null;
  /** Parks with a value. */
  valued: number;
  /** Parks of the period without one. */
  missing: number;
}

/** One indicator's rows summarised per period, in the order of `periods`; a period with no rows is left out. */
export function summarisePeriods(
  rows: readonly Pick<IndicatorScoreRow, 'period' | 'value' | 'benchmark'>[],
  direction: Direction,
  periods: readonly string[],
): PeriodSummary[] {
  return periods.flatMap((period) => {
    const inPeriod = rows.filter((r) => r.period === period);
    if (inPeriod.length === 0) return [];
    const values = inPeriod.flatMap((r) => (r.value === null ? [] : [r.value]));
    return [{
      period,
      median: medianValue(values),
      best: bestValue(values, direction),
      benchmark: inPeriod[0]!.benchmark,
      valued: values.length,
      missing: inPeriod.length - values.length,
    }];
  });
}
