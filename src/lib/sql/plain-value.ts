/** Both engines return the same plain JS values: bigint → number, dates → 'YYYY-MM-DD'. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

/** Converts the row in place: it is the engine's own fresh object, and a copy of a million rows costs seconds of garbage collection. */
export function plainRow<T>(row: Record<string, unknown>): T {
  for (const key in row) row[key] = plainValue(row[key]);
  return row as T;
}
