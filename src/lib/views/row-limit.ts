/**
 * Long tables degrade to their head: at scale (thousands of parks) a page shows the first rows
 * plus every home-city row, and says how many it left out; the downloads have them all.
 */
export const TABLE_ROW_LIMIT = 300;

export interface LimitedRows<T> {
  shown: T[];
  hidden: number;
}

export function limitRows<T extends { is_home_city: boolean }>(rows: readonly T[], limit = TABLE_ROW_LIMIT): LimitedRows<T> {
  if (rows.length <= limit) return { shown: [...rows], hidden: 0 };
  const shown = [...rows.slice(0, limit), ...rows.slice(limit).filter((r) => r.is_home_city)];
  return { shown, hidden: rows.length - shown.length };
}

export function hiddenRowsNote(hidden: number): string {
  return hidden === 0 ? '' : `另有${hidden}个园区未列出：请用筛选缩小范围，或下载完整数据。`;
}
