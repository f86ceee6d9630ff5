/**
 * Scores a whole dataset on an engine the way the build does, so a period not yet published can
 * be ranked in the browser: the same browser input files, loaded the same way, and scoring.sql.
 */
import type { Dataset } from '../contract/dataset.ts';
import type { SqlEngine } from './engine.ts';
import { literal } from './live-queries.ts';
import { browserInputFiles, loadPeriodInputs, loadWholeInputs } from './load-inputs.ts';
import { applyScoring, type RankingRow } from './scoring.ts';

export async function scoreDataset(engine: SqlEngine, data: Dataset, scoringSql: string): Promise<void> {
  const files = browserInputFiles(data);
  const source = async (path: string) => {
    const csv = files.get(path);
    if (csv === undefined) throw new Error(`No input file ${path}`);
    return csv;
  };
  await loadWholeInputs(engine, source);
  await loadPeriodInputs(engine, source, data.snapshots.map((s) => s.period));
  await applyScoring(engine, scoringSql);
}

/** One period's ranking in published order: ranked parks by rank, then the vetoed ones. */
export const periodRankingsSql = (period: string): string =>
  `SELECT * FROM rankings WHERE period = ${literal(period)} ORDER BY rank NULLS LAST, park_id`;

export const periodRankings = (engine: SqlEngine, period: string): Promise<RankingRow[]> =>
  engine.query<RankingRow>(periodRankingsSql(period));
