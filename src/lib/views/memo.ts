/**
 * Per-table memos for page builds. A build reads each published table once and renders a page per
 * park from it; what every page derives from a whole table (a period's rows, an indicator's
 * median) is worked out once per table instead of once per page.
 */
const memos = new WeakMap<object, Map<string, unknown>>();

/** `compute()` for this table and key, computed on the first call only. */
export function memoFor<T>(table: object, key: string, compute: () => T): T {
  let byKey = memos.get(table);
  if (!byKey) memos.set(table, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, compute());
  return byKey.get(key) as T;
}

/** The table's rows grouped by `field`, e.g. by period. */
export function groupedBy<T, K extends keyof T & string>(rows: readonly T[], field: K): Map<T[K], T[]> {
  return memoFor(rows, `group:${field}`, () => {
    const groups = new Map<T[K], T[]>();
    for (const row of rows) {
      const group = groups.get(row[field]);
      if (group) group.push(row);
      else groups.set(row[field], [row]);
    }
    return groups;
  });
}
