/**
 * What a previewed period would change on the site: each park's rank as it would be published,
 * and against what the site shows now for that period (none when the period is new).
 */
import type { RankingRow } from '../sql/scoring.ts';
import { formatNumber, formatRankChange } from '../format/number.ts';

type Standing = Pick<RankingRow, 'park_id' | 'rank' | 'vetoed' | 'score'>;

export interface PreviewRow {
  park_id: string;
  name_zh: string;
  city: string;
  is_home_city: boolean;
  rank: string;
  score: string;
  tier: string;
  /** Against the period before, as the published ranking will say it. */
  previous: string;
  /** Against the current site's ranking of the same period. */
  site: string;
}

/** The rank as published: a number, or why there is none. */
const rankText = (row: Pick<RankingRow, 'rank' | 'vetoed'>) => (row.vetoed ? '一票否决' : row.rank === null ? '—' : String(row.rank));

/** How a park's preview rank differs from the site's rank for the same period, in words. */
export function siteChange(preview: Standing, site: Standing | undefined): string {
  if (!site) return '本站无此园区';
  const was = site.vetoed ? '本站现为一票否决' : `本站现为第${site.rank}名`;
  if (preview.vetoed) return site.vetoed ? `不变（${was}）` : `改为一票否决（${was}）`;
  if (site.vetoed) return `不再否决（${was}）`;
  if (preview.rank === null || site.rank === null) return `—（${was}）`;
  const moved = site.rank - preview.rank;
  const score = preview.score === site.score ? '' : `，总分 ${formatNumber(site.score, 2)} → ${formatNumber(preview.score, 2)}`;
  if (moved > 0) return `前进${moved}位（${was}${score}）`;
  if (moved < 0) return `后退${-moved}位（${was}${score}）`;
  return `名次不变（${was}${score}）`;
}

/** `site` is the current site's ranking of the same period, or null when the site has not published it. */
export function previewRows(preview: readonly RankingRow[], site: readonly Standing[] | null): PreviewRow[] {
  const bySite = new Map((site ?? []).map((row) => [row.park_id, row]));
  return preview.map((row) => ({
    park_id: row.park_id,
    name_zh: row.name_zh,
    city: row.city,
    is_home_city: row.is_home_city,
    rank: rankText(row),
    score: formatNumber(row.score, 2),
    tier: row.tier ?? '—',
    previous: row.vetoed ? '—' : formatRankChange(row.rank_change),
    site: site === null ? '新期次，本站尚未发布' : siteChange(row, bySite.get(row.park_id)),
  }));
}
