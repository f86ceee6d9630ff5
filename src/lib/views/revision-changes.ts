/** The data-changes page: each revision with what it changed and whose rank moved, as cells. */
import type { IndicatorRow } from '../contract/dataset.ts';
import { formatNumber, formatRankChange } from '../format/number.ts';
import type { RevisionRow } from '../publish/revision-changes.ts';
import type { RevisionKey } from '../publish/revision-key.ts';
import type { RevisionRankRow } from '../publish/revision-ranks.ts';
import { sitePath } from '../site-path.ts';

const ITEM_LABELS: Record<RevisionRow['item'], string> = {
  value: '指标数值',
  benchmark: '标杆值',
  bonus: '加分',
  deduction: '减分',
  veto: '一票否决',
};

export interface RevisionSection extends RevisionKey {
  changes: Record<string, string | null>[];
  moves: Record<string, string | null>[];
}

const parkHref = (id: string | null) => (id === null ? null : sitePath(`parks/${id}/`));

function figure(row: RevisionRow, value: number | null, decimals: ReadonlyMap<string, number>): string {
  if (row.item === 'veto') return value === 1 ? '否决' : '未否决';
  if (value === null) return '缺失';
  return formatNumber(value, row.indicator_id === null ? 2 : decimals.get(row.indicator_id) ?? 2);
}

const changeCells = (decimals: ReadonlyMap<string, number>) => (row: RevisionRow) => ({
  item: ITEM_LABELS[row.item],
  park: row.name_zh ?? '—',
  park_href: parkHref(row.park_id),
  indicator: row.indicator_zh ?? '—',
  indicator_href: row.indicator_id === null ? null : sitePath(`indicators/${row.indicator_id}/`),
  before: figure(row, row.before, decimals),
  after: figure(row, row.after, decimals),
  unit: row.unit ?? '',
});

const rank = (value: number | null) => (value === null ? '未排名' : formatNumber(value, 0));

const moveCells = (row: RevisionRankRow) => ({
  park: row.name_zh,
  park_href: parkHref(row.park_id),
  city: row.city,
  score_before: formatNumber(row.score_before, 2),
  score_after: formatNumber(row.score_after, 2),
  rank_before: rank(row.rank_before),
  rank_after: rank(row.rank_after),
  rank_change: row.rank_change === null ? '—' : formatRankChange(row.rank_change),
  tier_before: row.tier_before ?? '—',
  tier_after: row.tier_after ?? '—',
});

const sameRevision = (a: RevisionKey, b: RevisionKey) => a.period === b.period && a.previous_published === b.previous_published;

/** One section per earlier version, the latest revision first; rank moves by the revised rank. */
export function revisionSections(changes: readonly RevisionRow[], moves: readonly RevisionRankRow[], indicators: readonly IndicatorRow[]): RevisionSection[] {
  const decimals = new Map(indicators.map((i) => [i.indicator_id, i.decimals]));
  const keys = [...changes, ...moves]
    .map(({ period, previous_published, current_published }) => ({ period, previous_published, current_published }))
    .filter((key, i, all) => all.findIndex((other) => sameRevision(key, other)) === i)
    .sort((a, b) => b.period.localeCompare(a.period) || b.previous_published.localeCompare(a.previous_published));
  const byRank = (a: RevisionRankRow, b: RevisionRankRow) => (a.rank_after ?? Infinity) - (b.rank_after ?? Infinity) || a.park_id.localeCompare(b.park_id);
  return keys.map((key) => ({
    ...key,
    changes: changes.filter((row) => sameRevision(row, key)).map(changeCells(decimals)),
    moves: moves.filter((row) => sameRevision(row, key)).sort(byRank).map(moveCells),
  }));
}
