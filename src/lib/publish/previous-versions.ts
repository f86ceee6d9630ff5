/** A revised period's earlier versions, scored by the same SQL as the current data. */
import type { Dataset, PreviousVersion } from '../contract/dataset.ts';
import { computedRankings } from '../contract/published.ts';
import type { SqlEngine } from '../sql/engine.ts';
import { loadInputs } from '../sql/load-inputs.ts';
import { selectPublishedSql } from '../sql/publish-queries.ts';
import { applyScoring, type ComputedRankingRow } from '../sql/scoring.ts';

/** The dataset as it stood when `version` was current: its files in place of the period's, everything else unchanged. */
export function withPreviousVersion(dataset: Dataset, version: PreviousVersion): Dataset {
  const swap = <T extends { period: string }>(rows: T[], earlier: T[] | null): T[] =>
    earlier === null ? rows : [...rows.filter((row) => row.period !== version.period), ...earlier];
  return {
    ...dataset,
    values: swap(dataset.values, version.values),
    benchmarks: swap(dataset.benchmarks, version.benchmarks),
    adjustments: swap(dataset.adjustments, version.adjustments),
  };
}

/**
 * The ranking of each earlier version's period, in `dataset.previousVersions` order. It replaces
 * the engine's tables: load the current data again afterwards.
 */
export async function rankPreviousVersions(engine: SqlEngine, dataset: Dataset, scoringSql: string): Promise<ComputedRankingRow[][]> {
  const ranked: ComputedRankingRow[][] = [];
  for (const version of dataset.previousVersions) {
    await loadInputs(engine, withPreviousVersion(dataset, version));
    await applyScoring(engine, scoringSql);
    ranked.push(await engine.query<ComputedRankingRow>(selectPublishedSql(computedRankings, version.period)));
  }
  return ranked;
}
