/** Slide 1: what the briefing is about, as of when, with the headline figures and a QR code to the public site. */
import type { Site, Snapshot } from '../contract/dataset.ts';
import { areaWord } from '../format/area-word.ts';
import type { RankingRow } from '../sql/scoring.ts';
import { isPartialList } from './tables.ts';

export interface Figure {
  prefix?: string;
  value: string;
  unit: string;
  label: string;
}

export interface TitleSlide {
  kind: 'title';
  id: 'title';
  heading: string;
  /** The evaluation's own title, e.g. 2025年度示例省省级及以上产业园区综合评价. */
  evaluation: string;
  region: string;
  homeCity: string;
  figures: Figure[];
  publisher: string;
  /** Where the QR code leads; null when site.json gives no base_url (a relative link would scan to nothing). */
  publicUrl: string | null;
}

const TOP_N = 10;

/** The public site's address: base_url with one trailing slash, or null when it is not known. */
export function publicUrl(baseUrl: string): string | null {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  return trimmed ? `${trimmed}/` : null;
}

/**
 * The province's figure: on a computed or complete ranking every evaluated park is a row; a published
 * list that names only some (top 30, tiers) counts the evaluated parks it states, or, when it states
 * none, says how many it names.
 */
function provinceFigure(ranking: readonly RankingRow[], area: string): Figure {
  if (!isPartialList(ranking)) return { value: String(ranking.length), unit: '个', label: `${area}参评园区` };
  const evaluated = ranking[0]?.ranked_count ?? null;
  return evaluated === null
    ? { value: String(ranking.length), unit: '个', label: '公布名单所列园区' }
    : { value: String(evaluated), unit: '个', label: `${area}参评园区` };
}

/** `ranking` is the period's rows in rank order (see periodRanking). */
export function titleSlide(site: Site, snapshot: Snapshot, ranking: readonly RankingRow[]): TitleSlide {
  const partialList = isPartialList(ranking);
  const home = ranking.filter((r) => r.is_home_city);
  const best = home.find((r) => r.rank !== null);
  const inTop = home.filter((r) => r.rank !== null && r.rank <= TOP_N).length;
  const bestLabel = `${site.home_city}最高名次`;
  const area = areaWord(site.region);
  return {
    kind: 'title',
    id: 'title',
    heading: `${site.home_city}产业园区评价简报`,
    evaluation: snapshot.title,
    region: site.region,
    homeCity: site.home_city,
    figures: [
      provinceFigure(ranking, area),
      { value: String(home.length), unit: '个', label: `${site.home_city}${partialList ? '上榜' : '参评'}园区` },
      best ? { prefix: '第', value: String(best.rank), unit: '位', label: bestLabel } : { value: '—', unit: '', label: bestLabel },
      { value: String(inTop), unit: '个', label: `进入${area}前${TOP_N}` },
    ],
    publisher: site.publisher,
    publicUrl: publicUrl(site.base_url),
  };
}
