/** The latest target year's progress, as the targets page and its chart embed both read it. */
import type { TargetRow } from '../contract/dataset.ts';
import type { TargetProgressRow } from '../sql/scoring.ts';
import { readTargetProgress, readTargets } from '../site-data.ts';
import { latestPerTarget } from '../views/target-verdict.ts';

export interface TargetYear {
  year: number;
  targets: TargetRow[];
  /** Every month's progress of the year's targets. */
  progress: TargetProgressRow[];
  /** Each target's latest report. */
  latest: TargetProgressRow[];
  /** The latest month reported for any target; 0 before the first report. */
  asOf: number;
}

export const isCityTotal = (r: TargetProgressRow): boolean => r.scope === 'city' && r.kind === 'cumulative';

export function targetYear(): TargetYear {
  const all = readTargets();
  const year = Math.max(...all.map((t) => t.year));
  const progress = readTargetProgress().filter((r) => r.year === year);
  const latest = latestPerTarget(progress);
  return {
    year,
    targets: all.filter((t) => t.year === year),
    progress,
    latest,
    asOf: Math.max(0, ...latest.map((r) => r.month)),
  };
}
