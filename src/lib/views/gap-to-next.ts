/**
 * What it would take to pass a park ranked just above: the score gap, and the indicators on which
 * the park alone could gain it, cheapest first. Everyone else's scores and the period's min–max
 * bounds are held fixed.
 */
import type { RankingRow } from '../sql/scoring.ts';
import { formatNumber } from '../format/number.ts';
import { formatIndicatorValue, type IndicatorStanding } from './indicator-standing.ts';
import { memoFor } from './memo.ts';

export interface Lever {
  standing: IndicatorStanding;
  /** The value that would score `gap` more than now, rounded in the better direction to the indicator's decimals. */
  target: number;
  /** target − value; null when the park has no value (it would have to report one). */
  change: number | null;
  /** change ÷ value; null when there is no positive value to measure it against. */
  relativeChange: number | null;
}

export interface Rival {
  row: RankingRow;
  /** The rival's total minus the park's. */
  gap: number;
  /** Equal totals (at 6 decimals): the rival is ahead on the tie-breaker, and any gain passes it. */
  tied: boolean;
  /** The cheapest indicators that alone close the gap, at most LEVERS_SHOWN. */
  levers: Lever[];
  /** The most any one indicator can add, for when none closes the gap alone. */
  largestGain: { standing: IndicatorStanding; gain: number } | null;
}

const RIVALS_SHOWN = 3;
const LEVERS_SHOWN = 3;
const EPSILON = 1e-9;

/** The most the indicator can score: the cap for benchmark scores, full points for min–max within fixed bounds. */
function maxScore(s: IndicatorStanding): number {
  return s.indicator.method === 'minmax' ? s.points : s.indicator.cap * s.points;
}

/** The value that scores `score`, inverting the scoring rule; null when the rule has nothing to invert. */
export function valueForScore(s: IndicatorStanding, score: number): number | null {
  if (s.indicator.method === 'minmax') {
    if (s.best === null || s.worst === null || s.points === 0) return null;
    return s.worst + ((s.best - s.worst) * score) / s.points;
  }
  if (s.benchmark === null || s.points === 0) return null;
  return s.indicator.direction === 'higher' ? (score * s.benchmark) / s.points : (s.points * s.benchmark) / score;
}

/** Rounds to `decimals` towards the better side, so the target shown still closes the gap. */
function roundTowardBetter(value: number, decimals: number, direction: 'higher' | 'lower'): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  return (direction === 'higher' ? Math.ceil(scaled - EPSILON) : Math.floor(scaled + EPSILON)) / factor;
}

function lever(s: IndicatorStanding, gap: number): Lever | null {
  if (maxScore(s) - s.score < gap - EPSILON) return null;
  const exact = valueForScore(s, s.score + gap);
  if (exact === null) return null;
  const target = roundTowardBetter(exact, s.indicator.decimals, s.indicator.direction);
  const { value } = s;
  const change = value === null ? null : target - value;
  const relativeChange = value !== null && value > 0 ? (target - value) / value : null;
  return { standing: s, target, change, relativeChange };
}

/** Every indicator that alone gains `gap`, smallest relative change first; those without one last. */
export function leversFor(standings: readonly IndicatorStanding[], gap: number): Lever[] {
  const cost = (l: Lever) => (l.relativeChange === null ? Infinity : Math.abs(l.relativeChange));
  return standings
    .flatMap((s) => lever(s, gap) ?? [])
    .sort((a, b) => cost(a) - cost(b));
}

function largestGain(standings: readonly IndicatorStanding[]): Rival['largestGain'] {
  let largest: Rival['largestGain'] = null;
  for (const standing of standings) {
    const gain = maxScore(standing) - standing.score;
    if (gain > EPSILON && (!largest || gain > largest.gain)) largest = { standing, gain };
  }
  return largest;
}

const sameScore = (a: number, b: number) => a.toFixed(6) === b.toFixed(6);

/** The ranked parks just above `park` (closest first, at most RIVALS_SHOWN), each with what it would take to pass it. */
export function rivalsAbove(park: RankingRow, periodRankings: readonly RankingRow[], standings: readonly IndicatorStanding[]): Rival[] {
  if (park.rank === null || park.score === null || park.rank_source !== 'computed') return [];
  const rank = park.rank;
  const score = park.score;
  const gain = largestGain(standings);
  // Ranked parks from the foot of the list up, sorted once per period rather than once per park.
  const upward = memoFor(periodRankings, 'rivals-upward', () => periodRankings
    .filter((r): r is RankingRow & { score: number } => r.rank !== null && r.score !== null)
    .sort((a, b) => b.rank! - a.rank! || a.park_id.localeCompare(b.park_id)));
  // Binary search for the first park ranked above this one: ranks fall along `upward`.
  let first = 0;
  let last = upward.length;
  while (first < last) {
    const mid = (first + last) >> 1;
    if (upward[mid]!.rank! >= rank) first = mid + 1;
    else last = mid;
  }
  return upward
    .slice(first, first + RIVALS_SHOWN)
    .map((row) => {
      const tied = sameScore(row.score, score);
      const gap = row.score - score;
      return { row, gap, tied, levers: tied ? [] : leversFor(standings, gap).slice(0, LEVERS_SHOWN), largestGain: gain };
    });
}

const signed = (x: number, decimals: number) => `${x < 0 ? '−' : '+'}${formatNumber(Math.abs(x), decimals)}`;

/** A lever in a sentence: 亩均税收由20.00万元/亩提高到22.50万元/亩（+12.5%）. */
export function leverText({ standing, target, relativeChange }: Lever): string {
  const { name_zh, direction } = standing.indicator;
  const withUnit = (x: number) => formatIndicatorValue(x, standing.indicator);
  if (standing.value === null) return `${name_zh}目前缺失，报送数值${direction === 'higher' ? '不低于' : '不高于'}${withUnit(target)}`;
  const verb = direction === 'higher' ? '提高到' : '降低到';
  const relative = relativeChange === null ? '' : `（${signed(relativeChange * 100, 1)}%）`;
  return `${name_zh}由${withUnit(standing.value)}${verb}${withUnit(target)}${relative}`;
}
