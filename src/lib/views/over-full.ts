/**
 * Why a category score can be above its full marks (26.20 / 25.00): benchmark-method indicators
 * score up to a multiple of their points (their cap), so a park far above the benchmark earns more
 * than the points. Said once here, wherever such a score is shown.
 */
import type { IndicatorRow } from '../contract/dataset.ts';
import { formatNumber } from '../format/number.ts';
import { describeCaps } from './methodology-text.ts';

export interface ScoredCategory {
  category_id: string;
  name: string;
  score: number;
  points: number;
}

/** Marks a score above its full marks, in charts and tables, and opens the note that explains it. */
export const OVER_FULL_MARK = '*';

export const isOverFull = (c: Pick<ScoredCategory, 'score' | 'points'>): boolean => c.score > c.points;

type CapIndicator = Pick<IndicatorRow, 'category_id' | 'name_zh' | 'method' | 'cap'>;

/** The categories above full marks, and their benchmark indicators that may score above their points. */
function overFullParts(categories: readonly ScoredCategory[], indicators: readonly CapIndicator[]) {
  const over = categories.filter(isOverFull);
  const ids = new Set(over.map((c) => c.category_id));
  return { over, capped: indicators.filter((i) => ids.has(i.category_id) && i.method === 'benchmark' && i.cap > 1) };
}

/**
 * “* 发展质量 26.20 分高于满分 25.00 分：…” for the categories scored above full marks; null when none is.
 * `indicators` are the methodology's, to name the caps that allow it.
 */
export function overFullNote(categories: readonly ScoredCategory[], indicators: readonly CapIndicator[]): string | null {
  const { over, capped } = overFullParts(categories, indicators);
  if (over.length === 0) return null;
  const scores = over.map((c) => `${c.name} ${formatNumber(c.score, 2)} 分高于满分 ${formatNumber(c.points, 2)} 分`).join('，');
  const caps = capped.length > 0 ? `（封顶倍数 ${describeCaps(capped)}）` : '';
  return `${OVER_FULL_MARK} ${scores}：标杆值法指标按数值与标杆值之比计分，最高可达分值的若干倍${caps}，表现优于标杆值的园区因此可得超过分值的分数。`;
}

/** The same in one line for a slide: “* 高于满分：优于标杆值的指标最高可得分值的 1.2 倍”. */
export function overFullShortNote(categories: readonly ScoredCategory[], indicators: readonly CapIndicator[]): string | null {
  const { over, capped } = overFullParts(categories, indicators);
  if (over.length === 0) return null;
  const cap = Math.max(1, ...capped.map((i) => i.cap));
  return `${OVER_FULL_MARK} 高于满分：优于标杆值的指标最高可得分值的 ${formatNumber(cap, cap % 1 === 0 ? 0 : 1)} 倍`;
}
