/** Bonus and deduction items per period, and the one veto of the sample. */
import type { AdjustmentRow } from '../../src/lib/contract/dataset.ts';
import { HOME_CITY, takesPart, type SamplePark } from './parks.ts';
import { round, streamFor } from './rng.ts';

export type SampleAdjustment = Omit<AdjustmentRow, 'period'>;

export interface Veto { year: number; park_id: string }

const BONUSES: readonly (readonly [number, string])[] = [
  [3, '新认定为省级特色产业园区'],
  [2, '新获批国家级科技企业孵化器'],
  [1, '获评省级绿色园区'],
  [1, '获评省级智慧园区示范单位'],
];
const BONUS_CHANCE = 0.04;
const INSPECTION_CHANCE = 0.04;
const ACCIDENT_CHANCE = 0.025;

/** A home-city park is voided the year before the latest for a major accident (if that year is sampled). */
export function chooseVeto(parks: readonly SamplePark[], years: readonly number[], seed: number): Veto | null {
  const year = years.at(-1)! - 1;
  const candidates = parks.filter((p) => p.city === HOME_CITY && p.level === 'provincial' && takesPart(p, year));
  if (!years.includes(year) || candidates.length === 0) return null;
  return { year, park_id: streamFor(seed, 'veto').pick(candidates).park_id };
}

export function adjustmentsFor(year: number, parks: readonly SamplePark[], veto: Veto | null, seed: number): SampleAdjustment[] {
  const rng = streamFor(seed, 'adjustments', year);
  const rows: SampleAdjustment[] = [];
  for (const park of parks) {
    if (!takesPart(park, year)) continue;
    if (veto?.year === year && veto.park_id === park.park_id) {
      rows.push({ park_id: park.park_id, kind: 'veto', points: null, reason_zh: '发生较大生产安全事故，实行一票否决' });
      continue;
    }
    if (rng.chance(BONUS_CHANCE)) {
      const [points, reason_zh] = rng.pick(BONUSES);
      rows.push({ park_id: park.park_id, kind: 'bonus', points, reason_zh });
    }
    if (rng.chance(INSPECTION_CHANCE)) {
      const issues = rng.int(1, 4);
      rows.push({ park_id: park.park_id, kind: 'deduction', points: round(0.3 * issues, 1), reason_zh: `中央生态环境保护督察反馈问题${issues}个（每个扣0.3分）` });
    }
    if (rng.chance(ACCIDENT_CHANCE)) {
      const accidents = rng.int(1, 2);
      rows.push({ park_id: park.park_id, kind: 'deduction', points: accidents, reason_zh: `发生一般生产安全事故${accidents}起（每起扣1分）` });
    }
  }
  return rows;
}
