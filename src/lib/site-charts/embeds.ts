/**
 * Every chart that has a chrome-free embed page (/embed/…/), drawn by the same function as on its
 * page, so an embed never differs from the page it comes from.
 */
import { readIndicators, readParks } from '../site-data.ts';
import { indicatorDistributionChart } from './indicator-distribution.ts';
import { indicatorFigures } from './indicator-figures.ts';
import { parkCategoriesChart } from './park-categories.ts';
import { parkProfileFor } from './park-profile-for.ts';
import { homeRankHistoryChart } from './rank-history.ts';
import type { EmbeddableChart } from './site-chart.ts';
import { targetProgressChart } from './target-progress.ts';
import { targetYear } from './target-year.ts';
import { sitePath } from '../site-path.ts';

export interface EmbeddedChart {
  chart: EmbeddableChart;
  /** The full page the chart is on. */
  page: string;
}

export function embeddedCharts(): EmbeddedChart[] {
  const targets = targetYear();
  return [
    { chart: homeRankHistoryChart(), page: sitePath('rankings/') },
    // The targets page draws its chart only once some progress is reported.
    ...(targets.latest.length > 0 ? [{ chart: targetProgressChart(targets), page: sitePath('targets/') }] : []),
    ...readParks().flatMap((park) => {
      const profile = parkProfileFor(park.park_id);
      // A park not evaluated in the latest period has no category scores, on its page or here.
      return profile.standing ? [{ chart: parkCategoriesChart(profile), page: sitePath(`parks/${park.park_id}/`) }] : [];
    }),
    ...readIndicators().map((indicator) => ({
      chart: indicatorDistributionChart(indicator, indicatorFigures(indicator)),
      page: sitePath(`indicators/${indicator.indicator_id}/`),
    })),
  ];
}
