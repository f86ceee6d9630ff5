/**
 * Slide 5: what needs attention: targets behind time progress or overdue, and the home city's parks
 * vetoed or missing data in the period.
 */
import type { IndicatorRow, ParkRow, Site } from '../contract/dataset.ts';
import { describeGap } from '../format/gap.ts';
import type { IndicatorScoreRow, RankingRow, TargetProgressRow } from '../sql/scoring.ts';
import { missingText } from '../views/indicator-standing.ts';
import { groupedBy } from '../views/memo.ts';
import { latestPerTarget } from '../views/target-verdict.ts';
import { capped, latestYearProgress, progressAsOf, type Capped } from './tables.ts';

export interface TargetAlert {
  /** 全市, or the park's name. */
  scope: string;
  name: string;
  detail: string;
}

export interface AlertsSlide {
  kind: 'alerts';
  id: 'alerts';
  heading: string;
  homeCity: string;
  /** The latest progress report, e.g. 2026年10月; null when no target reported. */
  targetsAsOf: string | null;
  /** City targets first, overdue milestones before cumulative ones, the furthest behind first. */
  behind: Capped<TargetAlert>;
  vetoed: Capped<{ name: string; reason: string }>;
  /** Home parks with missing values, each with the indicators missing and how they were scored. */
  missing: Capped<{ name: string; indicators: string }>;
}

export const TARGET_ALERTS_SHOWN = 6;
export const PARK_ALERTS_SHOWN = 3;

interface AlertTables {
  site: Pick<Site, 'home_city'>;
  parks: readonly ParkRow[];
  indicators: readonly IndicatorRow[];
  indicatorScores: readonly IndicatorScoreRow[];
  targetProgress: readonly TargetProgressRow[];
}

const isLate = (r: TargetProgressRow) => r.status === 'behind' || r.status === 'overdue';

const byUrgency = (a: TargetProgressRow, b: TargetProgressRow) =>
  Number(a.scope !== 'city') - Number(b.scope !== 'city')
  || Number(a.status !== 'overdue') - Number(b.status !== 'overdue')
  || a.gap_pp - b.gap_pp
  || a.target_id.localeCompare(b.target_id);

/** `ranking` is the period's rows in rank order. */
export function alertsSlide(tables: AlertTables, ranking: readonly RankingRow[]): AlertsSlide {
  const parkName = new Map(tables.parks.map((p) => [p.park_id, p.name_zh]));
  const indicatorName = new Map(tables.indicators.map((i) => [i.indicator_id, i.name_zh]));
  const progress = latestYearProgress(tables.targetProgress);
  const late = latestPerTarget(progress).filter(isLate).sort(byUrgency);
  const home = ranking.filter((r) => r.is_home_city);

  return {
    kind: 'alerts',
    id: 'alerts',
    heading: '预警事项',
    homeCity: tables.site.home_city,
    targetsAsOf: progressAsOf(progress)?.text ?? null,
    behind: capped(late.map((r) => ({
      scope: r.scope === 'city' ? '全市' : parkName.get(r.scope) ?? r.scope,
      name: r.name_zh,
      detail: r.status === 'overdue' ? `逾期未完成（应于${r.due_month}月完成）` : describeGap(r.gap_pp),
    })), TARGET_ALERTS_SHOWN),
    vetoed: capped(home.filter((r) => r.vetoed).map((r) => ({ name: r.name_zh, reason: r.veto_reason ?? '一票否决' })), PARK_ALERTS_SHOWN),
    missing: capped(home.filter((r) => (r.missing_count ?? 0) > 0).map((r) => ({
      name: r.name_zh,
      // Grouped once per table and period: a scan of every score per park grew with parks².
      indicators: (groupedBy(groupedBy(tables.indicatorScores, 'period').get(r.period) ?? [], 'park_id').get(r.park_id) ?? [])
        .filter((s) => s.is_missing)
        .map((s) => `${indicatorName.get(s.indicator_id) ?? s.indicator_id}${missingText(s.score_rule) ?? ''}`)
        .join('、'),
    })), PARK_ALERTS_SHOWN),
  };
}
