/** What a revision changed in the data: each figure that differs between an earlier version and the current one. */
import type { AdjustmentRow, BenchmarkRow, Dataset, PreviousVersion } from '../contract/dataset.ts';
import type { REVISION_ITEMS } from '../contract/published.ts';
import type { RevisionKey } from './revision-key.ts';
import { round6 } from './score-precision.ts';

export type RevisionRow = RevisionKey & {
  item: (typeof REVISION_ITEMS)[number];
  park_id: string | null;
  name_zh: string | null;
  indicator_id: string | null;
  indicator_zh: string | null;
  unit: string | null;
  before: number | null;
  after: number | null;
};

type Change = Pick<RevisionRow, 'item' | 'park_id' | 'indicator_id' | 'before' | 'after'>;

/** Pairs `before` and `after` by key, keeping the pairs that differ; a key on one side only pairs with null. */
function differing<T>(before: ReadonlyMap<string, T>, after: ReadonlyMap<string, T>, empty: T): [string, T, T][] {
  const keys = [...new Set([...before.keys(), ...after.keys()])];
  return keys
    .map((key): [string, T, T] => [key, before.get(key) ?? empty, after.get(key) ?? empty])
    .filter(([, b, a]) => b !== a);
}

function valueChanges(before: PreviousVersion['values'], after: Dataset['values']): Change[] {
  const byCell = (rows: Dataset['values']) => new Map(rows.map((row) => [JSON.stringify([row.park_id, row.indicator_id]), row.value]));
  return differing(byCell(before), byCell(after), null).map(([key, b, a]) => {
    const [park_id, indicator_id] = JSON.parse(key) as [string, string];
    return { item: 'value', park_id, indicator_id, before: b, after: a };
  });
}

/** Benchmarks in force: the period's override, else indicators.csv's. */
function benchmarkChanges(indicators: Dataset['indicators'], before: readonly BenchmarkRow[], after: readonly BenchmarkRow[]): Change[] {
  const inForce = (overrides: readonly BenchmarkRow[]) => {
    const override = new Map(overrides.map((row) => [row.indicator_id, row.benchmark]));
    return new Map(indicators.filter((i) => i.method === 'benchmark').map((i) => [i.indicator_id, override.get(i.indicator_id) ?? i.benchmark]));
  };
  return differing(inForce(before), inForce(after), null)
    .map(([indicator_id, b, a]) => ({ item: 'benchmark', park_id: null, indicator_id, before: b, after: a }));
}

/** Each park's bonus and deduction totals and veto (1 or 0). */
function adjustmentChanges(before: readonly AdjustmentRow[], after: readonly AdjustmentRow[]): Change[] {
  const parks = [...new Set([...before, ...after].map((row) => row.park_id))];
  const totals = (rows: readonly AdjustmentRow[], item: 'bonus' | 'deduction' | 'veto') => new Map(parks.map((park) => {
    const items = rows.filter((row) => row.park_id === park && row.kind === item);
    return [park, item === 'veto' ? Math.min(items.length, 1) : round6(items.reduce((sum, row) => sum + (row.points ?? 0), 0))];
  }));
  return (['bonus', 'deduction', 'veto'] as const).flatMap((item) =>
    differing(totals(before, item), totals(after, item), 0)
      .map(([park_id, b, a]): Change => ({ item, park_id, indicator_id: null, before: b, after: a })));
}

/** Every figure an earlier version of a period has otherwise than the current data, named and with its unit. */
export function revisionChanges(dataset: Dataset, version: PreviousVersion, key: RevisionKey): RevisionRow[] {
  const current = <T extends { period: string }>(rows: readonly T[]) => rows.filter((row) => row.period === version.period);
  const changes = [
    ...valueChanges(version.values, current(dataset.values)),
    ...(version.benchmarks ? benchmarkChanges(dataset.indicators, version.benchmarks, current(dataset.benchmarks)) : []),
    ...(version.adjustments ? adjustmentChanges(version.adjustments, current(dataset.adjustments)) : []),
  ];
  const parks = new Map(dataset.parks.map((park) => [park.park_id, park]));
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.indicator_id, indicator]));
  return changes.map((change) => {
    const indicator = change.indicator_id === null ? undefined : indicators.get(change.indicator_id);
    return {
      ...key,
      ...change,
      name_zh: change.park_id === null ? null : parks.get(change.park_id)?.name_zh ?? null,
      indicator_zh: indicator?.name_zh ?? null,
      unit: indicator ? indicator.unit || null : change.item === 'veto' ? null : '分',
    };
  });
}
