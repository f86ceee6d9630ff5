/**
 * How the targets page words progress against 时序进度 (time progress). Every figure comes from the
 * target_progress rows the scoring SQL computed; this module only picks rows and words them.
 */
import { formatNumber } from '../format/number.ts';
import type { TargetProgressRow } from '../sql/scoring.ts';

/** Percentages and percentage points are shown with two decimals, as reports write 50.13%. */
export const PERCENT_DECIMALS = 2;

/**
 * The targets page's title and empty-state sentence. A data folder of published results alone
 * (data/etdz) has no targets at all, so there is no year to name.
 */
export function targetsPageText(targetCount: number, year: number, homeCity: string): { title: string; description: string; empty: string } {
  const yearText = targetCount === 0 ? '' : `${year}年`;
  return {
    title: `${yearText || '年度'}目标进度`,
    description: `${homeCity}${yearText}全市及各园区目标完成情况，与时序进度对比，年中双过半情况与里程碑。`,
    empty: targetCount === 0 ? '本站数据没有年度目标（targets.csv），无目标进度可显示。' : `${year}年尚无目标进度数据。`,
  };
}

export function formatPercent(pct: number): string {
  return `${formatNumber(pct, PERCENT_DECIMALS)}%`;
}

/** 50.13 → “完成年度任务的50.13%”. */
export function describeCompletion(completionPct: number): string {
  return `完成年度任务的${formatPercent(completionPct)}`;
}

/** A gap as a signed figure for tables: +0.13, −4.10 (a true minus sign), 0.00. */
export function formatGap(gapPp: number): string {
  const points = formatNumber(Math.abs(gapPp), PERCENT_DECIMALS);
  if (gapPp === 0) return points;
  return `${gapPp > 0 ? '+' : '−'}${points}`;
}

const STATUS_LABELS: Record<TargetProgressRow['status'], string> = {
  ahead: '超时序',
  behind: '落后',
  done: '已完成',
  overdue: '逾期未完成',
  pending: '未到期',
};

/** The statuses a reader must not miss, as a badge: behind time progress, and a milestone overdue (the graver one). */
export function statusBadge(status: TargetProgressRow['status']): { text: string; className: string } | null {
  if (status === 'overdue') return { text: STATUS_LABELS.overdue, className: 'badge badge-alert' };
  if (status === 'behind') return { text: STATUS_LABELS.behind, className: 'badge badge-warn' };
  return null;
}

/** The SQL's status in words; an ahead target exactly on time progress reads 持平, as its gap does. */
export function statusLabel({ status, gap_pp }: Pick<TargetProgressRow, 'status' | 'gap_pp'>): string {
  return status === 'ahead' && gap_pp === 0 ? '持平' : STATUS_LABELS[status];
}

/** Each target's row at the latest month it reported, in the order targets first appear. */
export function latestPerTarget<T extends Pick<TargetProgressRow, 'target_id' | 'month'>>(rows: readonly T[]): T[] {
  const latest = new Map<string, T>();
  for (const row of rows) {
    const seen = latest.get(row.target_id);
    if (!seen || row.month > seen.month) latest.set(row.target_id, row);
  }
  return [...latest.values()];
}

/** Decimals for a column of amounts: none when they are all whole (家, 个, most targets), else two (亿元). */
export function amountDecimals(amounts: readonly number[]): number {
  return amounts.every(Number.isInteger) ? 0 : 2;
}

export const MID_YEAR_MONTH = 6;
const HALF = 50;

type VerdictRow = Pick<TargetProgressRow, 'target_id' | 'name_zh' | 'scope' | 'kind' | 'month' | 'completion_pct' | 'time_pct'>;

export interface DoubleHalfVerdict<T extends VerdictRow> {
  achieved: boolean;
  /** Time progress at the end of June. */
  timePct: number;
  /** The city-wide cumulative targets judged. */
  judged: T[];
  /** Those under half complete. */
  missed: T[];
}

/**
 * 双过半 at the end of June: time progress and the completion of every city-wide cumulative
 * target both at least 50%. Null until June's progress is reported. `rows` are one year's.
 */
export function doubleHalfVerdict<T extends VerdictRow>(rows: readonly T[]): DoubleHalfVerdict<T> | null {
  const judged = rows.filter((r) => r.month === MID_YEAR_MONTH && r.scope === 'city' && r.kind === 'cumulative');
  if (judged.length === 0) return null;
  const timePct = judged[0]!.time_pct;
  const missed = judged.filter((r) => r.completion_pct < HALF);
  return { achieved: timePct >= HALF && missed.length === 0, timePct, judged, missed };
}

export function describeVerdict(verdict: DoubleHalfVerdict<VerdictRow>): { headline: string; detail: string } {
  const time = `6月末时序进度${formatPercent(verdict.timePct)}`;
  if (verdict.achieved) {
    return { headline: '实现双过半', detail: `${time}，${verdict.judged.length}项全市累计目标均完成年度任务的50%以上。` };
  }
  const missed = verdict.missed.map((r) => `${r.name_zh}（${describeCompletion(r.completion_pct)}）`).join('；');
  return { headline: '未实现双过半', detail: `${time}；未过半的目标：${missed}。` };
}

/** The first month a milestone's rows report it done, or null. */
export function monthDone(rows: readonly Pick<TargetProgressRow, 'target_id' | 'month' | 'status'>[], targetId: string): number | null {
  const months = rows.filter((r) => r.target_id === targetId && r.status === 'done').map((r) => r.month);
  return months.length === 0 ? null : Math.min(...months);
}
