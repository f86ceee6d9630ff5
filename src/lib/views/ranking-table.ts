/**
 * The ranking table's columns and cell text, shared by the build-time page and the live update in
 * the browser so both show the same table.
 */
import type { CategoryRow } from '../contract/dataset.ts';
import type { RankingRow } from '../sql/scoring.ts';
import { formatNumber, formatRankChange } from '../format/number.ts';
import { KIND_LABELS, LEVEL_LABELS } from '../format/labels.ts';

export interface RankingColumn {
  key: string;
  label: string;
  numeric: boolean;
  /** The row header: the park's name. */
  header?: boolean;
}

/** Category scores of one park, by category_id. */
export type CategoryScores = Record<string, number>;

export function rankingColumns(categories: readonly CategoryRow[]): RankingColumn[] {
  return [
    { key: 'rank', label: '排名', numeric: true },
    { key: 'name_zh', label: '园区', numeric: false, header: true },
    { key: 'city', label: '城市', numeric: false },
    { key: 'level', label: '级别', numeric: false },
    { key: 'kind', label: '类型', numeric: false },
    { key: 'score', label: '总分', numeric: true },
    ...categories.map((c) => ({ key: `cat:${c.category_id}`, label: c.name_zh, numeric: true })),
    { key: 'previous_rank', label: '上期排名', numeric: true },
    { key: 'rank_change', label: '名次变化', numeric: true },
    { key: 'tier', label: '等次', numeric: false },
    { key: 'bonus', label: '加分', numeric: true },
    { key: 'deduction', label: '减分', numeric: true },
    { key: 'remarks', label: '备注', numeric: false },
  ];
}

function remarks(row: RankingRow): string {
  const notes: string[] = [];
  if (row.vetoed) notes.push(`一票否决${row.veto_reason ? `：${row.veto_reason}` : ''}`);
  if ((row.missing_count ?? 0) > 0) notes.push(`${row.missing_count} 项指标缺失`);
  if (row.rank_source === 'self_reported') notes.push('名次为园区自报');
  if (row.published_name && row.published_name !== row.name_zh) notes.push(`公布名称：${row.published_name}`);
  if (row.method_changed && row.previous_rank !== null) notes.push('口径变化，不与上期比较');
  if (row.is_home_city) notes.push('本市');
  return notes.join('；');
}

export function rankingCells(row: RankingRow, scores: CategoryScores, categories: readonly CategoryRow[]): Record<string, string> {
  const cells: Record<string, string> = {
    rank: row.rank === null ? '—' : String(row.rank),
    name_zh: row.name_zh,
    city: row.city,
    level: LEVEL_LABELS[row.level],
    kind: KIND_LABELS[row.kind as keyof typeof KIND_LABELS] ?? row.kind,
    score: formatNumber(row.score, 2),
    previous_rank: row.previous_rank === null ? '—' : String(row.previous_rank),
    rank_change: row.vetoed ? '—' : row.rank_change === null && (row.previous_rank !== null || row.rank_source !== 'computed') ? '—' : formatRankChange(row.rank_change),
    tier: row.tier ?? '—',
    bonus: row.bonus ? formatNumber(row.bonus, 1) : '—',
    deduction: row.deduction ? formatNumber(row.deduction, 1) : '—',
    remarks: remarks(row),
  };
  for (const c of categories) cells[`cat:${c.category_id}`] = formatNumber(scores[c.category_id], 2);
  return cells;
}
