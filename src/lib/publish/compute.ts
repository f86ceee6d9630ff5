/** From a valid Dataset to every published table, through the one scoring SQL. */
import type { Dataset } from '../contract/dataset.ts';
import { PUBLISHED_TABLES, computedRankings, revisionRanks, revisions } from '../contract/published.ts';
import type { TableDef } from '../contract/schema.ts';
import type { Row, SqlEngine } from '../sql/engine.ts';
import { loadInputs, loadRows } from '../sql/load-inputs.ts';
import { selectPublishedSql } from '../sql/publish-queries.ts';
import { applyScoring, materializeScoring, type ComputedRankingRow } from '../sql/scoring.ts';
import { rankPreviousVersions } from './previous-versions.ts';
import { revisionChanges } from './revision-changes.ts';
import { revisionKey } from './revision-key.ts';
import { rankMoves } from './revision-ranks.ts';

export type PublishedRows = Map<string, Row[]>;

/** Scores the dataset and leaves the engine holding every published table, the current data's. */
export async function preparePublished(engine: SqlEngine, dataset: Dataset, scoringSql: string): Promise<void> {
  const earlierRankings = await rankPreviousVersions(engine, dataset, scoringSql);
  await loadInputs(engine, dataset);
  await applyScoring(engine, scoringSql);
  await materializeScoring(engine, scoringSql);
  const currentRankings = await engine.query<ComputedRankingRow>(selectPublishedSql(computedRankings));
  const versions = dataset.previousVersions.map((version, i) => {
    const key = revisionKey(dataset, version);
    return { changes: revisionChanges(dataset, version, key), moves: rankMoves(key, earlierRankings[i]!, currentRankings) };
  });
  await loadRows(engine, revisions, versions.flatMap((v) => v.changes));
  await loadRows(engine, revisionRanks, versions.flatMap((v) => v.moves));
}

/** One published table's rows, in its published order, from an engine preparePublished has filled. */
export function publishedRows(engine: SqlEngine, table: TableDef): Promise<Row[]> {
  return engine.query(selectPublishedSql(table));
}

/**
 * Every published table at once. For small data sets (tests, checks); the build reads one table at
 * a time, so that only one is held in memory.
 */
export async function computePublished(engine: SqlEngine, dataset: Dataset, scoringSql: string): Promise<PublishedRows> {
  await preparePublished(engine, dataset, scoringSql);
  const published: PublishedRows = new Map();
  for (const table of PUBLISHED_TABLES) published.set(table.name, await publishedRows(engine, table));
  return published;
}
