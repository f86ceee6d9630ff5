/**
 * Where a park stands in a period's published list, in the words a reader expects: 第5位,
 * 第95位（园区自报）, 未进入前30, 入榜, 出榜, 口径变化. Every page and the briefing word a
 * park's standing through this module, so a top-30 list never turns into a made-up rank.
 */
import type { Snapshot } from '../contract/dataset.ts';
import type { RankingRow } from '../sql/scoring.ts';
import { parkStatus, previousPeriodWord } from './park-status.ts';

type ListFacts = Pick<Snapshot, 'period' | 'list_kind' | 'list_size' | 'evaluated' | 'partial' | 'method_version' | 'list_note'>;
type Standing = Pick<RankingRow, 'period' | 'rank' | 'tier' | 'vetoed' | 'previous_period' | 'previous_vetoed' | 'rank_change' | 'rank_source' | 'list_kind' | 'method_changed' | 'published_name'>;

/** Whether a period's official ranking is a published list (results.csv) rather than computed. */
export const isPublishedList = (rows: readonly Pick<RankingRow, 'rank_source'>[]): boolean =>
  rows.some((row) => row.rank_source !== 'computed');

/** What the list covers: 前30名, 后5名, 等次, 名单… */
export function listName(snapshot: ListFacts): string {
  switch (snapshot.list_kind) {
    case 'top_n': return `前${snapshot.list_size}名`;
    case 'bottom_n': return `后${snapshot.list_size}名`;
    case 'tiers': return '等次';
    case 'unordered': return '名单';
    case 'self_reported': return '园区自报名次';
    case 'mixed': return '部分名次';
    default: return '完整排名';
  }
}

/**
 * One sentence on what the period's published list holds and leaves out, for the ranking page,
 * the park page and the briefing: 本期公布前30名（所见转载不全，缺第30名），参评园区217个；名单外的园区未公布名次。
 */
export function listScope(snapshot: ListFacts, listed: number): string {
  const evaluated = snapshot.evaluated === null ? '' : `，参评园区共${snapshot.evaluated}个`;
  const partial = snapshot.partial ? `（所见公布文本不全，只录得${listed}个）` : '';
  const outside = snapshot.list_kind === 'complete' ? '' : '；名单以外的园区未公布名次，本站不作推算';
  return `本期公布${listName(snapshot)}${partial}${evaluated}${outside}。`;
}

/** The park's place in the period: 第5位 / 第95位（园区自报） / 等次A / 列入名单 / 未进入前30 / 未参评. */
export function placeText(row: Standing | undefined, snapshot: ListFacts, publishedPeriod: boolean): string {
  if (!row) {
    if (!publishedPeriod) return '未参评';
    if (snapshot.list_kind === 'top_n') return snapshot.partial ? `未见于所录前${snapshot.list_size}名（名单不全）` : `未进入前${snapshot.list_size}`;
    if (snapshot.list_kind === 'bottom_n') return `未列入后${snapshot.list_size}名`;
    return '未公布名次';
  }
  if (row.vetoed) return '一票否决';
  if (row.rank !== null) return row.rank_source === 'self_reported' ? `第${row.rank}位（园区自报）` : `第${row.rank}位`;
  if (row.tier !== null) return `等次${row.tier}`;
  return row.list_kind === 'unordered' ? '列入名单' : '未公布名次';
}

/**
 * The park's move from the previous period: the press's 较上年度前进3位 where two comparable ranks
 * exist; 入榜/出榜 for a top-N list entered or left; 口径变化 across a method change.
 */
export function standingMovement(
  row: Standing | undefined,
  previous: Standing | undefined,
  snapshot: ListFacts,
  previousSnapshot: ListFacts | undefined,
  publishedPeriod: boolean,
): string {
  if (!previousSnapshot || row?.vetoed) return row ? parkStatus(row).phrase : '';
  const word = previousPeriodWord(snapshot.period, previousSnapshot.period);
  const topN = (s: ListFacts) => s.list_kind === 'top_n' && publishedPeriod;
  if (!row) {
    if (previous && previous.rank !== null && topN(snapshot) && !snapshot.partial) return `出榜（${word}第${previous.rank}位）`;
    return '';
  }
  if (row.method_changed) {
    return previous?.rank != null ? `口径变化：${word}第${previous.rank}位为旧方法的名次，不直接比较` : '口径变化，不与上期比较';
  }
  if (!previous && row.rank !== null && row.rank_source === 'published' && topN(snapshot) && previousSnapshot.list_kind === 'top_n') {
    return previousSnapshot.partial ? `${word}名单不全，无法判断是否新入榜` : `入榜（${word}未进入前${previousSnapshot.list_size}）`;
  }
  if (row.rank_source !== 'computed' && !previous) return `${word}未公布名次`;
  if (row.rank === null) return '';
  if (previous && previous.rank !== null && row.rank_change === null && !row.vetoed) return `${word}第${previous.rank}位，来源不同（公布/计算），不直接比较`;
  return parkStatus(row).phrase;
}

/** Why the what-if and "what it takes to move up" are absent for a period. */
export function noValuesReason(publishedPeriod: boolean): string {
  return publishedPeriod
    ? '本期只有公布的结果，没有各项指标数值，无法分项计分、模拟权重或测算追赶所需的提升。'
    : '本期没有该园区的指标数值。';
}

export interface ParkStanding {
  park_id: string;
  name_zh: string;
  row: RankingRow | undefined;
  place: string;
  movement: string;
}

/**
 * The home city's parks in a period: every park with a row in it, and in a published period also
 * every park that was listed in any period (so one that left a top-N list shows as 未进入前N / 出榜).
 */
export function homeStandings(
  rankings: readonly RankingRow[],
  snapshots: readonly ListFacts[],
  period: string,
): ParkStanding[] {
  const index = snapshots.findIndex((s) => s.period === period);
  const snapshot = snapshots[index]!;
  const previousSnapshot = snapshots[index - 1];
  const home = rankings.filter((r) => r.is_home_city);
  const current = home.filter((r) => r.period === period);
  const published = isPublishedList(rankings.filter((r) => r.period === period));
  const names = new Map(home.map((r) => [r.park_id, r.name_zh]));
  const ids = published ? [...names.keys()] : current.map((r) => r.park_id);
  const rowOf = (p: string | undefined, id: string) => home.find((r) => r.period === p && r.park_id === id);
  const publishedBefore = previousSnapshot && isPublishedList(rankings.filter((r) => r.period === previousSnapshot.period));
  return ids
    .map((id) => {
      const row = rowOf(period, id);
      const previous = rowOf(previousSnapshot?.period, id);
      return {
        park_id: id,
        name_zh: names.get(id)!,
        row,
        place: placeText(row, snapshot, published),
        movement: standingMovement(row, previous, snapshot, previousSnapshot, published || Boolean(publishedBefore)),
      };
    })
    .sort((a, b) => (a.row?.rank ?? Infinity) - (b.row?.rank ?? Infinity) || a.park_id.localeCompare(b.park_id));
}
