import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { browserInputFiles, loadInputs, loadPeriodInputs, loadWholeInputs } from '../../src/lib/sql/load-inputs.ts';
import { applyScoring, scoreForWhatIf } from '../../src/lib/sql/scoring.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';

// The browser loads the per-period tables one period at a time; whatever it has loaded, a period
// whose predecessor is loaded too must score and rank exactly as the build scored it.
let data: Dataset;
let whole: SqlEngine;
let partial: SqlEngine;
const sql = 'SELECT * FROM rankings WHERE period = ? ORDER BY park_id';
const rankingsOf = (engine: SqlEngine, period: string) => engine.query(sql.replace('?', `'${period}'`));

beforeAll(async () => {
  const result = await validateDataFolder(nodeSource(fileURLToPath(new URL('../../data', import.meta.url))));
  data = result.dataset!;
  whole = await openNativeEngine();
  await loadInputs(whole, data);
  await applyScoring(whole, readScoringSql());
  partial = await openNativeEngine();
  const files = browserInputFiles(data);
  const source = async (path: string) => {
    const csv = files.get(path);
    if (csv === undefined) throw new Error(`no browser file ${path}`);
    return csv;
  };
  // As the browser does: scored with nothing loaded, then again after each load.
  await loadWholeInputs(partial, source);
  await scoreForWhatIf(partial, readScoringSql());
  const periods = data.snapshots.map((s) => s.period);
  await loadPeriodInputs(partial, source, periods.slice(-2));
  await scoreForWhatIf(partial, readScoringSql());
});
afterAll(async () => {
  await whole.close();
  await partial.close();
});

describe('loading the browser inputs period by period', () => {
  it('splits the per-period tables into one file per period, and keeps the others whole', () => {
    const paths = [...browserInputFiles(data).keys()];
    expect(paths).toContain('parks.csv');
    expect(paths).toContain('periods/2025/values.csv');
    expect(paths).not.toContain('values.csv');
    expect(paths.filter((p) => p.endsWith('/values.csv'))).toHaveLength(data.snapshots.length);
  });

  it('ranks the latest period exactly as the whole data do, with only it and its predecessor loaded', async () => {
    const latest = data.snapshots.at(-1)!.period;
    const expected = await rankingsOf(whole, latest);
    expect(expected.length).toBeGreaterThan(100);
    expect(await rankingsOf(partial, latest)).toEqual(expected);
    expect(await partial.query("SELECT DISTINCT period FROM \"values\" ORDER BY period")).toHaveLength(2);
  });

  it('matches the whole data everywhere once every period is loaded', async () => {
    const earlier = data.snapshots.slice(0, -2).map((s) => s.period);
    const files = browserInputFiles(data);
    await loadPeriodInputs(partial, async (path) => files.get(path)!, earlier);
    await scoreForWhatIf(partial, readScoringSql());
    expect(await partial.query('SELECT * FROM rankings')).toEqual(await whole.query('SELECT * FROM rankings'));
    const scores = 'SELECT * FROM indicator_scores ORDER BY period, park_id, indicator_id';
    expect(await partial.query(scores)).toEqual(await whole.query(scores));
  });
});
