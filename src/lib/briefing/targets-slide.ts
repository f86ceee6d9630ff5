/**
 * Slide 4: the city's targets for the latest target year against 时序进度 (time progress), each with
 * its gap in percentage points and a verdict, and the 双过半 verdict once June is reported.
 * Targets run by calendar year, not by evaluation period, so every period's briefing shows the
 * latest year's targets.
 */
import { formatMonth } from '../format/month.ts';
import type { TargetProgressRow } from '../sql/scoring.ts';
import { describeGap } from '../format/gap.ts';
import {
  describeVerdict, doubleHalfVerdict, formatGap, formatPercent, latestPerTarget, monthDone, statusLabel,
} from '../views/target-verdict.ts';
import type { TargetBulletRow } from '../charts/target-bullets.ts';
import { latestYearProgress, progressAsOf } from './tables.ts';

export interface TargetLine {
  targetId: string;
  name: string;
  kind: TargetProgressRow['kind'];
  /** Share of the year's target done, in % (a milestone: 100 once done, else 0). */
  completionPct: number;
  status: TargetProgressRow['status'];
  statusText: string;
  /** The gap to time progress as a signed figure, +5.59; null for a milestone. */
  gap: string | null;
  /** 超时序进度 5.59 个百分点, 已于6月完成, 应于9月完成. */
  detail: string;
}

export interface TargetsSlide {
  kind: 'targets';
  id: 'targets';
  heading: string;
  /** The month of the latest progress report, e.g. 2026年10月. */
  asOf: string;
  /** Time progress at that month, in %. */
  timePct: number;
  /** 双过半 at the end of June; null until June is reported. */
  doubleHalf: { achieved: boolean; detail: string } | null;
  /** The city-wide targets, cumulative ones first. */
  lines: TargetLine[];
  ahead: number;
  behind: number;
}

function detail(row: TargetProgressRow, progress: readonly TargetProgressRow[], month: number): string {
  // A target whose latest report is older than the others' says how old it is.
  const stale = row.month === month ? '' : `（截至${formatMonth(row.year, row.month)}）`;
  if (row.kind === 'cumulative') return `${describeGap(row.gap_pp)}${stale}`;
  const done = monthDone(progress, row.target_id);
  return done === null ? `应于${row.due_month}月完成${stale}` : `已于${done}月完成`;
}

/** The slide's targets as rows of the bullet chart, which the targets page leads with too. */
export function bulletRows(slide: TargetsSlide): TargetBulletRow[] {
  return slide.lines.map((line) => ({
    name: line.name,
    kind: line.kind,
    completion_pct: line.completionPct,
    status: line.status,
    status_text: line.statusText,
    detail: line.detail,
    completion_text: formatPercent(line.completionPct),
  }));
}

/** Null when no target has reported progress. */
export function targetsSlide(progress: readonly TargetProgressRow[]): TargetsSlide | null {
  const rows = latestYearProgress(progress);
  const asOf = progressAsOf(rows);
  if (!asOf) return null;
  const { month } = asOf;
  const city = latestPerTarget(rows)
    .filter((r) => r.scope === 'city')
    .sort((a, b) => Number(a.kind === 'milestone') - Number(b.kind === 'milestone'));
  const timePct = rows.find((r) => r.month === month)!.time_pct;
  const verdict = doubleHalfVerdict(rows);
  const cumulative = city.filter((r) => r.kind === 'cumulative');
  return {
    kind: 'targets',
    id: 'targets',
    heading: `${rows[0]!.year}年目标与时序进度`,
    asOf: asOf.text,
    timePct,
    doubleHalf: verdict && { achieved: verdict.achieved, detail: describeVerdict(verdict).detail },
    lines: city.map((r) => ({
      targetId: r.target_id,
      name: r.name_zh,
      kind: r.kind,
      completionPct: r.completion_pct,
      status: r.status,
      statusText: statusLabel(r),
      gap: r.kind === 'cumulative' ? formatGap(r.gap_pp) : null,
      detail: detail(r, rows, month),
    })),
    ahead: cumulative.filter((r) => r.status === 'ahead').length,
    behind: cumulative.filter((r) => r.status === 'behind').length,
  };
}
