/** The methodology tables' codes in words, for the methodology page. */
import { formatNumber } from '../format/number.ts';
import type { IndicatorRow, RewardRow, TierRow } from '../contract/dataset.ts';

/** A reward or penalty rule's condition: moved_up 5 in 全省 → “全省排名较上期前进5位及以上”. */
export function describeRewardCondition(rule: Pick<RewardRow, 'condition' | 'threshold'>, area: string): string {
  const n = rule.threshold;
  switch (rule.condition) {
    case 'moved_up': return `${area}排名较上期前进${n}位及以上`;
    case 'moved_down': return `${area}排名较上期后退${n}位及以上`;
    case 'top_n': return `${area}排名前${n}名`;
    case 'bottom_n': return `${area}排名后${n}名`;
    case 'last_in_city': return '在所在城市的园区中排名末位';
  }
}

export function describeRewardScope(scope: RewardRow['scope'], homeCity: string, area: string): string {
  return scope === 'home_city' ? `仅${homeCity}园区` : `${area}园区`;
}

// Percentiles are few and round (25, 70, 95): printed as written, not rounded.
const pct = (value: number) => `${value}%`;

/** A tier's rank-percentile range (from, to]: “前 25%”, “25%（不含）至 70%”. */
export function describeTierRange(tier: Pick<TierRow, 'from_pct' | 'to_pct'>): string {
  return tier.from_pct === 0 ? `前${pct(tier.to_pct)}` : `${pct(tier.from_pct)}（不含）至${pct(tier.to_pct)}`;
}

type Scored = Pick<IndicatorRow, 'method' | 'direction'>;

/** How an indicator's value becomes a score, zero denominators included. */
export function describeFormula({ method, direction }: Scored): string {
  if (method === 'minmax') {
    const ends = direction === 'higher' ? '最优值为当期最高值，最差值为最低值' : '最优值为当期最低值，最差值为最高值';
    return `得分 = 分值 × (数值 − 最差值) ÷ (最优值 − 最差值)，${ends}；各园区数值相同时均得满分`;
  }
  return direction === 'higher'
    ? '得分 = 分值 × 数值 ÷ 标杆值；数值 ≤ 0时记0分'
    : '得分 = 分值 × 标杆值 ÷ 数值；数值 ≤ 0时记封顶分';
}

/** The highest score: cap × points for the benchmark method, full points for min–max. */
export function describeCap({ method, cap, points }: Pick<IndicatorRow, 'method' | 'cap' | 'points'>): string {
  return method === 'minmax'
    ? `最高${formatNumber(points, 2)}分（满分）`
    : `最高${formatNumber(cap * points, 2)}分（分值的${cap}倍）`;
}

const CONDITION_ORDER: readonly RewardRow['condition'][] = ['moved_up', 'top_n', 'moved_down', 'bottom_n', 'last_in_city'];

/** Rewards before penalties, then by condition and threshold: the order a reader looks them up. */
export function compareRewards(a: RewardRow, b: RewardRow): number {
  return (a.kind === b.kind ? 0 : a.kind === 'reward' ? -1 : 1)
    || CONDITION_ORDER.indexOf(a.condition) - CONDITION_ORDER.indexOf(b.condition)
    || (a.threshold ?? 0) - (b.threshold ?? 0);
}

/** Names joined with 、, the first `max` of a longer list followed by “等 N 项”. */
export function listNames(names: readonly string[], max = 5): string {
  return names.length <= max ? names.join('、') : `${names.slice(0, max).join('、')}等${names.length}项`;
}

/** Benchmark-method indicators grouped by cap, smallest first: “1 倍：…；1.2 倍：亩均税收”. */
export function describeCaps(indicators: readonly Pick<IndicatorRow, 'name_zh' | 'method' | 'cap'>[]): string {
  const byCap = new Map<number, string[]>();
  for (const i of indicators.filter((i) => i.method === 'benchmark')) byCap.set(i.cap, [...(byCap.get(i.cap) ?? []), i.name_zh]);
  return [...byCap].sort(([a], [b]) => a - b).map(([cap, names]) => `${cap}倍：${listNames(names)}`).join('；');
}
