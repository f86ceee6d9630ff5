/** The 核对 table: where the published results and the computed ones disagree, period by period. */
import { formatNumber } from '../format/number.ts';
import type { ReconciliationRow } from '../sql/scoring.ts';

export interface ReconciledPeriod {
  period: string;
  compared: number;
  /** The parks that disagree, as table cells. */
  differing: Record<string, string>[];
}

export const RECONCILIATION_COLUMNS = [
  { key: 'park', label: '园区', header: true },
  { key: 'rank', label: '名次（公布 / 计算）', numeric: true },
  { key: 'score', label: '总分（公布 / 计算）', numeric: true },
  { key: 'tier', label: '等次（公布 / 计算）' },
  { key: 'difference', label: '差异' },
];

const pair = (published: string | number | null, computed: string | number | null) =>
  `${published ?? '未公布'} / ${computed ?? '—'}`;

function difference(row: ReconciliationRow): string {
  if (!row.is_published) return `计算名次第${row.computed_rank}位，应在公布名单内，但未公布`;
  const parts: string[] = [];
  if (row.rank_agrees === false) parts.push(row.rank_difference === null ? '计算未排名' : `名次差 ${row.rank_difference > 0 ? '+' : ''}${row.rank_difference}`);
  if (row.score_agrees === false) parts.push(`总分差 ${row.score_difference! > 0 ? '+' : ''}${formatNumber(row.score_difference, 2)}`);
  if (row.tier_agrees === false) parts.push('等次不同');
  if (row.categories_agree === false) parts.push('类别得分不同');
  return parts.join('；');
}

export function reconciledPeriods(rows: readonly ReconciliationRow[]): ReconciledPeriod[] {
  const periods = [...new Set(rows.map((r) => r.period))];
  return periods.map((period) => {
    const inPeriod = rows.filter((r) => r.period === period);
    return {
      period,
      compared: inPeriod.filter((r) => r.is_published).length,
      differing: inPeriod.filter((r) => !r.agrees).map((r) => ({
        park: r.name_zh,
        rank: pair(r.published_rank, r.computed_rank),
        score: pair(r.published_score === null ? null : formatNumber(r.published_score, 2), r.computed_score === null ? null : formatNumber(r.computed_score, 2)),
        tier: pair(r.published_tier, r.computed_tier),
        difference: difference(r),
      })),
    };
  });
}
