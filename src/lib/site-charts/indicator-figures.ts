/** One indicator's published figures, as its page and its distribution embed both read them. */
import type { IndicatorRow, ParkRow } from '../contract/dataset.ts';
import type { IndicatorScoreRow } from '../sql/scoring.ts';
import { latestSnapshot, readIndicators, readIndicatorScores, readParks, readSite, readSnapshots } from '../site-data.ts';
import { rankByValue, summarisePeriods, type PeriodSummary, type RankedRow } from '../views/indicator-summary.ts';
import { groupedBy, memoFor } from '../views/memo.ts';

export interface IndicatorFigures {
  period: string;
  periods: string[];
  /** Every period's scores of parks without a value on the indicator. */
  missingRows: IndicatorScoreRow[];
  /** The latest period's. */
  latestRows: IndicatorScoreRow[];
  /** The latest period's parks with a value, best first. */
  ranked: RankedRow<IndicatorScoreRow>[];
  /** Median, best and benchmark per period, earliest first. */
  history: PeriodSummary[];
  parks: Map<string, ParkRow>;
  isHome: (parkId: string) => boolean;
}

interface IndicatorHistory {
  history: PeriodSummary[];
  missingRows: IndicatorScoreRow[];
}

/**
 * Every indicator's history, read a period at a time: what the pages keep of an earlier period
 * is its summary and its missing values, not every park's row.
 */
function indicatorHistories(): Map<string, IndicatorHistory> {
  return memoFor(readIndicators(), 'histories', () => {
    const indicators = readIndicators();
    const histories = new Map(indicators.map((i) => [i.indicator_id, { history: [], missingRows: [] } as IndicatorHistory]));
    for (const { period } of readSnapshots()) {
      const byIndicator = groupedBy(readIndicatorScores(period), 'indicator_id');
      for (const indicator of indicators) {
        const rows = byIndicator.get(indicator.indicator_id) ?? [];
        const { history, missingRows } = histories.get(indicator.indicator_id)!;
        history.push(...summarisePeriods(rows, indicator.direction, [period]));
        missingRows.push(...rows.filter((r) => r.is_missing));
      }
    }
    return histories;
  });
}

/** Worked out once per indicator: its embed and its page read the same figures. */
export function indicatorFigures(indicator: IndicatorRow): IndicatorFigures {
  return memoFor(readIndicators(), `figures:${indicator.indicator_id}`, () => workOutFigures(indicator));
}

function workOutFigures(indicator: IndicatorRow): IndicatorFigures {
  const homeCity = readSite().home_city;
  const period = latestSnapshot().period;
  const parks = new Map(readParks().map((p) => [p.park_id, p]));
  const latestRows = groupedBy(readIndicatorScores(period), 'indicator_id').get(indicator.indicator_id) ?? [];
  const { history, missingRows } = indicatorHistories().get(indicator.indicator_id) ?? { history: [], missingRows: [] };
  return {
    period,
    periods: readSnapshots().map((s) => s.period),
    missingRows,
    latestRows,
    ranked: rankByValue(latestRows, indicator.direction),
    history,
    parks,
    isHome: (parkId) => parks.get(parkId)?.city === homeCity,
  };
}
