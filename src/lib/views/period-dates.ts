/**
 * What each date on a page is: when a period's results were published, until when a provisional
 * result is out for comment, and how recent the target figures are. Headers, slides and notes
 * all take their wording from here.
 */
import type { Snapshot } from '../contract/dataset.ts';
import { formatDate } from '../format/date.ts';
import { formatMonth } from '../format/month.ts';

const STATUS_WORDS: Record<Snapshot['status'], string> = { final: '正式结果', provisional: '公示稿', revised: '修订版' };

/** 2025年度评价结果（公示稿）: which result the page shows. */
export const periodResultName = (snapshot: Snapshot): string => `${snapshot.period}年度评价结果（${STATUS_WORDS[snapshot.status]}）`;

/** 公布于2026年4月20日，公示期至2026年4月26日 — or 修订版公布于…. */
export function resultDates(snapshot: Snapshot): string {
  const published = `${snapshot.status === 'revised' ? '修订版' : '结果'}公布于${formatDate(snapshot.published)}`;
  return snapshot.status === 'provisional' && snapshot.comment_until
    ? `${published}，公示期至${formatDate(snapshot.comment_until)}`
    : published;
}

/** The page header's line for a period: result, dates and source. */
export const periodLine = (snapshot: Snapshot): string =>
  `${periodResultName(snapshot)} · ${resultDates(snapshot)} · 来源：${snapshot.source}`;

/** 目标数据截至2026年10月. */
export const targetsAsOf = (year: number, month: number): string => `目标数据截至${formatMonth(year, month)}`;

const monthStart = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}-01`;

/**
 * Why a result is still a 公示稿 when the site's own newer figures (targets as of `year`/`month`)
 * show its comment period is long over; null while that is not so.
 */
export function staleProvisionalNote(snapshot: Snapshot, year: number, month: number): string | null {
  if (snapshot.status !== 'provisional' || !snapshot.comment_until) return null;
  // Only once a whole month of newer figures lies past the comment period: then it is plainly over.
  if (monthStart(year, month) <= snapshot.comment_until) return null;
  return `${snapshot.period}年度结果的公示期已于${formatDate(snapshot.comment_until)}结束，正式结果尚未收录本站；`
    + `在正式结果发布前，本站各页仍按${formatDate(snapshot.published)}公布的公示稿显示，名次和得分可能调整。`;
}
