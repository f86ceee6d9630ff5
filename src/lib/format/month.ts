/** Months as Chinese readers write them: 2026年10月. */

export function formatMonth(year: number, month: number): string {
  return `${year}年${month}月`;
}
