/** A table's columns without those that are empty (“—”) in every row, e.g. scores and tiers in a year published without them. */
export function informativeColumns<C extends { key: string; header?: boolean }>(
  columns: readonly C[],
  rows: readonly Record<string, unknown>[],
): C[] {
  const blank = (value: unknown) => value === '—' || value === '' || value === null || value === undefined;
  return columns.filter((c) => c.header || rows.some((row) => !blank(row[c.key])));
}
