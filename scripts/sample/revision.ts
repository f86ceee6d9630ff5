/**
 * The sample's one revised period, the year before the latest: first published with a few wrong
 * cells, corrected two months later. The committed values are the corrected ones; the first
 * version is what they were with the mistakes in, kept under previous/.
 */
import type { SampleIndicator } from './methodology.ts';
import { round, streamFor } from './rng.ts';
import type { SampleValue } from './values.ts';

interface Mistake {
  indicator_id: string;
  /** Values a mistake moves far enough to change the park's rank. */
  eligible: (value: number) => boolean;
  /** What the first version said instead; '' when it left the value out. */
  wrong: (value: number) => number | '';
  note: string;
}

/** One park each, chosen by the seed among the eligible. */
const MISTAKES: readonly Mistake[] = [
  { indicator_id: 'total_tax', eligible: (v) => v < 4, wrong: (v) => v * 10, note: '' },
  { indicator_id: 'high_tech_enterprises', eligible: (v) => v >= 80, wrong: () => '', note: '未报送' },
  { indicator_id: 'energy_per_value_added', eligible: (v) => v > 0.7, wrong: (v) => v / 10, note: '' },
  { indicator_id: 'labour_productivity', eligible: (v) => v > 20, wrong: (v) => v / 10, note: '' },
];

export const MISTAKE_COUNT = MISTAKES.length;

/** The revised year, when the sample has the one before the latest. */
export function revisedYear(years: readonly number[]): number | null {
  const year = years.at(-1)! - 1;
  return years.includes(year) ? year : null;
}

/** The corrected values `current` as first published; `spared` (the vetoed park, if any) keeps its values. */
export function firstVersion(current: readonly SampleValue[], indicators: readonly SampleIndicator[], spared: string | null, seed: number): SampleValue[] {
  const rng = streamFor(seed, 'revision');
  const decimals = new Map(indicators.map((i) => [i.indicator_id, i.decimals]));
  const wrong = new Map<SampleValue, SampleValue>();
  const chosen = new Set<string>(spared === null ? [] : [spared]);
  for (const mistake of MISTAKES) {
    const candidates = current.filter((row) =>
      row.indicator_id === mistake.indicator_id && typeof row.value === 'number' && mistake.eligible(row.value) && !chosen.has(row.park_id));
    if (candidates.length === 0) continue;
    const row = rng.pick(candidates);
    const value = mistake.wrong(row.value as number);
    chosen.add(row.park_id);
    wrong.set(row, { ...row, value: value === '' ? '' : round(value, decimals.get(row.indicator_id) ?? 2), note: mistake.note });
  }
  return current.map((row) => wrong.get(row) ?? row);
}
