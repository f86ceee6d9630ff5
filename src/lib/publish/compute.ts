/** From a valid Dataset to every published table, through the one scoring SQL. */
import type { Dataset } from '../contract/dataset.ts';
import { PUBLISHED_TABLES } from '../contract/published.ts';
import type { Row, SqlEngine } from '../sql/engine.ts';
import { loadInputs } from '../sql/load-inputs.ts';
import { selectPublishedSql } from '../sql/publish-queries.ts';
import { applyScoring } from '../sql/scoring.ts';

export type PublishedRows = Map<string, Row[]>;

export async function computePublished(engine: SqlEngine, dataset: Dataset, scoringSql: string): Promise<PublishedRows> {
  await loadInputs(engine, dataset);
  await applyScoring(engine, scoringSql);
  const published: PublishedRows = new Map();
  for (const table of PUBLISHED_TABLES) published.set(table.name, await engine.query(selectPublishedSql(table)));
  return published;
}
