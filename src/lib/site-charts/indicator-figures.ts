/** One indicator's published figures, as its page and its distribution embed both read them. */
import type { IndicatorRow, ParkRow } from '../contract/dataset.ts';
import type { IndicatorScoreRow } from '../sql/scoring.ts';
import { latestSnapshot, readIndicatorScores, readParks, readSite, readSnapshots } from '../site-data.ts';
import { rankByValue, summarisePeriods, type PeriodSummary, type RankedRow } from '../views/indicator-summary.ts';
import { groupedBy, memoFor } from '../views/memo.ts';

export interface IndicatorFigures {
  period: string;
  periods: string[];
  /** Every period's scores on the indicator. */
  rows: IndicatorScoreRow[];
  /** The latest period's. */
  latestRows: IndicatorScoreRow[];
  /** The latest period's parks with a value, best first. */
  ranked: RankedRow<IndicatorScoreRow>[];
  /** Median, best and benchmark per period, earliest first. */
  history: PeriodSummary[];
  parks: Map<string, ParkRow>;
  isHome: (parkId: string) => boolean;
}

/** Worked out once per indicator: its embed and its page read the same figures. */
export function indicatorFigures(indicator: IndicatorRow): IndicatorFigures {
  return memoFor(readIndicatorScores(), `figures:${indicator.indicator_id}`, () => workOutFigures(indicator));
}

function workOutFigures(indicator: IndicatorRow): IndicatorFigures {
  const homeCity = readSite().home_city;
  const period = latestSnapshot().period;
  const periods = readSnapshots().map((s) => s.period);
  const parks = new Map(readParks().map((p) => [p.park_id, p]));
  const rows = groupedBy(readIndicatorScores(), 'indicator_id').get(indicator.indicator_id) ?? [];
  const latestRows = rows.filter((r) => r.period === period);
  return {
    period,
    periods,
    rows,
    latestRows,
    ranked: rankByValue(latestRows, indicator.direction),
    history: summarisePeriods(rows, indicator.direction, periods),
    parks,
    isHome: (parkId) => parks.get(parkId)?.city === homeCity,
  };
}
