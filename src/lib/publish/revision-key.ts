/** Which revision a row of `revisions` or `revision_ranks` belongs to. */
import type { Dataset, PreviousVersion } from '../contract/dataset.ts';

// A type alias, not an interface, so that the rows built on it are plain records (SqlEngine's Row).
export type RevisionKey = {
  period: string;
  /** When the earlier version was published. */
  previous_published: string;
  /** When the current, revised version was published. */
  current_published: string;
};

export function revisionKey(dataset: Dataset, version: PreviousVersion): RevisionKey {
  const current = dataset.snapshots.find((snapshot) => snapshot.period === version.period);
  return { period: version.period, previous_published: version.published, current_published: current?.published ?? '' };
}
