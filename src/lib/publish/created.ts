/**
 * The date the published files carry (datapackage.json, the ZIP's entries, the downloads page):
 * SOURCE_DATE_EPOCH (seconds) when set, else the latest snapshot's publication date. Never the
 * clock, so the same data rebuilt later give the same bytes.
 */
import type { Snapshot } from '../contract/dataset.ts';

export function publicationDate(snapshots: readonly Snapshot[], sourceDateEpoch?: string): Date {
  if (sourceDateEpoch) return new Date(Number(sourceDateEpoch) * 1000);
  const latest = snapshots.map((s) => s.published).sort().at(-1);
  return new Date(`${latest ?? '1970-01-01'}T00:00:00Z`);
}
