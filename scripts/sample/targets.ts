/**
 * The home city's targets for the year after the latest period, set from the parks' latest values,
 * and monthly progress against them up to PROGRESS_MONTHS.
 */
import type { ProgressRow, TargetRow } from '../../src/lib/contract/dataset.ts';
import type { SamplePark } from './parks.ts';
import { round, streamFor, type Rng } from './rng.ts';
import type { SampleValue } from './values.ts';

export const PROGRESS_MONTHS = 10;

/** Share of a year's output made in each month (%): slow around the Spring Festival, pushes at half-year and year end. */
const SEASON = [5.5, 5, 8.5, 8, 8.5, 10, 8, 8, 9.5, 8.5, 9, 11.5];
const MONTHLY_JITTER = 0.08;

/** City targets split into integer park shares, so the shares add up to the city target exactly. */
const SHARED = [
  { target_id: 'revenue', indicator_id: 'total_revenue', name_zh: '技工贸总收入', name_en: 'Total technical, industrial and trade revenue', unit: '亿元' },
  { target_id: 'tax', indicator_id: 'total_tax', name_zh: '税收总额', name_en: 'Total tax revenue', unit: '亿元' },
] as const;

/**
 * Paces are the share of the target a target is on course to reach by December. The two fixed ones
 * make sure one city target runs behind time progress and one ahead, at both June and October.
 */
const CITY_ONLY = [
  { target_id: 'fdi', indicator_id: 'foreign_investment_used', name_zh: '实际使用外资', name_en: 'Foreign investment actually used', unit: '亿美元', growth: 1.05, decimals: 2, pace: 0.9 },
  { target_id: 'new_high_tech_enterprises', indicator_id: 'high_tech_enterprises', name_zh: '新认定高新技术企业数', name_en: 'Newly certified high-tech enterprises', unit: '家', growth: 0.15, decimals: 0, pace: 1.22 },
] as const;

/** done: the month it was achieved; null: not (yet). */
const MILESTONES = [
  { target_id: 'bonded_zone', name_zh: '获批设立综合保税区', name_en: 'Approval of a comprehensive bonded zone', due_month: 6, done: 5 },
  { target_id: 'featured_park', name_zh: '新增省级特色产业园区', name_en: 'A new provincial featured industrial park', due_month: 9, done: null },
  { target_id: 'national_high_tech_zone', name_zh: '创建国家级高新区', name_en: 'Upgrade to a national high-tech zone', due_month: 12, done: null },
] as const;

type Sample = { targets: TargetRow[]; progress: ProgressRow[] };

function latestLookup(values: readonly SampleValue[]) {
  const byKey = new Map(values.filter((v) => typeof v.value === 'number').map((v) => [`${v.park_id}\u0000${v.indicator_id}`, v.value as number]));
  return (parkId: string, indicatorId: string) => byKey.get(`${parkId}\u0000${indicatorId}`);
}

function median(numbers: readonly number[]): number {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.length === 0 ? 1 : sorted[Math.floor(sorted.length / 2)]!;
}

const MONTHS = Array.from({ length: PROGRESS_MONTHS }, (_, m) => m + 1);

/** Cumulative actuals for MONTHS. */
function cumulative(target: number, pace: number, decimals: number, rng: Rng): number[] {
  let total = 0;
  return MONTHS.map((month) => {
    total += (target * pace * SEASON[month - 1]! / 100) * Math.max(0, 1 + MONTHLY_JITTER * rng.normal());
    return round(total, decimals);
  });
}

/** `homeParks`: the home city's parks in the latest period; `latest`: that period's values. */
export function targetsAndProgress(year: number, homeParks: readonly SamplePark[], latest: readonly SampleValue[], seed: number): Sample {
  const rng = streamFor(seed, 'targets', year);
  const valueOf = latestLookup(latest);
  const targets: TargetRow[] = [];
  const progress: ProgressRow[] = [];
  const base = { year, parent_id: '', kind: 'cumulative' as const, due_month: 12 };
  const addProgress = (target_id: string, actuals: readonly number[], notes: readonly string[] = []) =>
    actuals.forEach((actual, m) => progress.push({ year, month: MONTHS[m]!, target_id, actual, note: notes[m] ?? '' }));

  for (const { indicator_id, ...names } of SHARED) {
    const known = homeParks.map((p) => valueOf(p.park_id, indicator_id)).filter((v) => v !== undefined);
    const shares = homeParks.map((park) => {
      const lastYear = valueOf(park.park_id, indicator_id) ?? median(known);
      const target = Math.max(1, Math.round(lastYear * rng.uniform(1.05, 1.12)));
      return { park, target_id: `${names.target_id}_${park.park_id}`, target, actuals: cumulative(target, rng.uniform(0.95, 1.18), 2, rng) };
    });
    targets.push({ ...base, ...names, scope: 'city', target: shares.reduce((sum, s) => sum + s.target, 0) });
    addProgress(names.target_id, MONTHS.map((_, m) => round(shares.reduce((sum, s) => sum + s.actuals[m]!, 0), 2)));
    for (const share of shares) {
      targets.push({ ...base, ...names, target_id: share.target_id, scope: share.park.park_id, parent_id: names.target_id, target: share.target });
      addProgress(share.target_id, share.actuals);
    }
  }

  for (const { indicator_id, growth, decimals, pace, ...names } of CITY_ONLY) {
    const sum = homeParks.reduce((total, p) => total + (valueOf(p.park_id, indicator_id) ?? 0), 0);
    const target = Math.max(10 ** -decimals, round(sum * growth, decimals));
    targets.push({ ...base, ...names, scope: 'city', target });
    addProgress(names.target_id, cumulative(target, pace, decimals, rng));
  }

  for (const { done, ...milestone } of MILESTONES) {
    targets.push({ ...base, ...milestone, scope: 'city', unit: '', kind: 'milestone', target: 1 });
    addProgress(milestone.target_id, MONTHS.map((month) => (done !== null && month >= done ? 1 : 0)), MONTHS.map((month) => (month === done ? '已获批复' : '')));
  }
  return { targets, progress };
}
