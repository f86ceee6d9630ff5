/**
 * Lists and charts at scale. Up to SCALE_LIMIT parks a page lists every park and a chart draws one
 * mark per park; above it (a national edition has thousands) a long table shows its head, its tail
 * and every home-city row and says how many it left out, and a distribution chart draws bins with
 * the home parks marked one by one. The sample site (140 parks) stays below the limit.
 */
export const SCALE_LIMIT = 300;

/** The rows a long table keeps at each end: the top of the ranking and its foot. */
export const HEAD_ROWS = 30;
export const TAIL_ROWS = 10;

/** More parks than a page lists or draws one by one. */
export const atScale = (count: number): boolean => count > SCALE_LIMIT;

export interface LimitedRows<T> {
  shown: T[];
  hidden: number;
}

export function limitRows<T extends { is_home_city: boolean }>(rows: readonly T[], limit = SCALE_LIMIT, head = HEAD_ROWS, tail = TAIL_ROWS): LimitedRows<T> {
  if (rows.length <= limit) return { shown: [...rows], hidden: 0 };
  const shown = rows.filter((r, i) => i < head || i >= rows.length - tail || r.is_home_city);
  return { shown, hidden: rows.length - shown.length };
}

/** What a limited table left out, and `remedy`: where the reader finds the rest. */
export function hiddenRowsNote(hidden: number, remedy = '请用筛选缩小范围，或下载完整数据'): string {
  return hidden === 0 ? '' : `另有${hidden}个园区未列出（表中只列排在最前的${HEAD_ROWS}个、最后的${TAIL_ROWS}个和本市园区）：${remedy}。`;
}
