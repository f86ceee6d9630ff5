/** A revised period's earlier versions, scored by the same SQL as the current data. */
import type { Dataset, InputTableName, PreviousVersion } from '../contract/dataset.ts';
import { computedRankings } from '../contract/published.ts';
import type { SqlEngine } from '../sql/engine.ts';
import { loadInputs, PERIOD_INPUTS } from '../sql/load-inputs.ts';
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
 * Only the rows of `period` and of the period before it, in the tables with rows per period: a
 * period's ranking is worked out within the period, and its rank changes against the one before.
 * Scoring every period again for each earlier version would cost as much as the whole build's scoring.
 */
export function periodAndPrevious(dataset: Dataset, period: string): Dataset {
  const periods = dataset.snapshots.map((s) => s.period);
  const kept = new Set(periods.slice(Math.max(0, periods.indexOf(period) - 1), periods.indexOf(period) + 1));
  const limited: Dataset = { ...dataset };
  for (const table of PERIOD_INPUTS) {
    const name = table.name as InputTableName;
    (limited[name] as { period: string }[]) = (dataset[name] as { period: string }[]).filter((row) => kept.has(row.period));
  }
  return limited;
}

/**
 * The ranking of each earlier version's period, in `dataset.previousVersions` order. It replaces
 * the engine's tables: load the current data again afterwards.
 */
export async function rankPreviousVersions(engine: SqlEngine, dataset: Dataset, scoringSql: string): Promise<ComputedRankingRow[][]> {
  const ranked: ComputedRankingRow[][] = [];
  for (const version of dataset.previousVersions) {
    await loadInputs(engine, periodAndPrevious(withPreviousVersion(dataset, version), version.period));
    await applyScoring(engine, scoringSql);
    ranked.push(await engine.query<ComputedRankingRow>(selectPublishedSql(computedRankings, version.period)));
  }
  return ranked;
}
