/**
 * The ranking table's columns and cell text, shared by the build-time page and the live update in
 * the browser so both show the same table.
 */
import type { CategoryRow } from '../contract/dataset.ts';
import type { RankingRow } from '../sql/scoring.ts';
import { formatPoints } from '../format/typography.ts';
import { KIND_LABELS, LEVEL_LABELS } from '../format/labels.ts';
import { parkStatus } from './park-status.ts';

/**
 * How much a reader needs a column: 1 at every width (rank, name, score, change, tier); 2 left out
 * on phones, where the row's detail lists it instead.
 */
export type ColumnPriority = 1 | 2;

export interface RankingColumn {
  key: string;
  label: string;
  numeric: boolean;
  priority: ColumnPriority;
  /** The row header: the park's name. */
  header?: boolean;
}

/** Category scores of one park, by category_id. */
export type CategoryScores = Record<string, number>;

export function rankingColumns(categories: readonly CategoryRow[]): RankingColumn[] {
  // The columns a reader needs first come first, so they are in view at any width.
  return [
    { key: 'rank', label: '排名', numeric: true, priority: 1 },
    { key: 'name_zh', label: '园区', numeric: false, priority: 1, header: true },
    { key: 'score', label: '总分', numeric: true, priority: 1 },
    { key: 'rank_change', label: '名次变化', numeric: true, priority: 1 },
    { key: 'tier', label: '等次', numeric: false, priority: 1 },
    { key: 'city', label: '城市', numeric: false, priority: 2 },
    { key: 'previous_rank', label: '上期排名', numeric: true, priority: 2 },
    { key: 'level', label: '级别', numeric: false, priority: 2 },
    { key: 'kind', label: '类型', numeric: false, priority: 2 },
    ...categories.map((c) => ({ key: `cat:${c.category_id}`, label: c.name_zh, numeric: true, priority: 2 as const })),
    { key: 'bonus', label: '加分', numeric: true, priority: 2 },
    { key: 'deduction', label: '减分', numeric: true, priority: 2 },
    { key: 'remarks', label: '备注', numeric: false, priority: 2 },
  ];
}

/** The row's lower-priority cells in one line, for the row detail on small screens: 城市：示例市；上期排名：2；…. */
export function rowDetail(columns: readonly RankingColumn[], cells: Record<string, string>): string {
  return columns.filter((c) => c.priority > 1 && cells[c.key] && cells[c.key] !== '—').map((c) => `${c.label}：${cells[c.key]}`).join('；');
}

function remarks(row: RankingRow): string {
  const notes: string[] = [];
  if (row.vetoed) notes.push(`一票否决${row.veto_reason ? `：${row.veto_reason}` : ''}`);
  if (row.missing_count > 0) notes.push(`${row.missing_count}项指标缺失`);
  return notes.join('；');
}

export function rankingCells(row: RankingRow, scores: CategoryScores, categories: readonly CategoryRow[]): Record<string, string> {
  const cells: Record<string, string> = {
    rank: row.rank === null ? '—' : String(row.rank),
    name_zh: row.name_zh,
    city: row.city,
    level: LEVEL_LABELS[row.level],
    kind: KIND_LABELS[row.kind as keyof typeof KIND_LABELS] ?? row.kind,
    score: formatPoints(row.score),
    previous_rank: row.previous_rank === null ? '—' : String(row.previous_rank),
    rank_change: parkStatus(row).short,
    tier: row.tier ?? '—',
    bonus: row.bonus ? formatPoints(row.bonus) : '—',
    deduction: row.deduction ? formatPoints(row.deduction) : '—',
    remarks: remarks(row),
  };
  for (const c of categories) cells[`cat:${c.category_id}`] = formatPoints(scores[c.category_id]);
  return cells;
}
