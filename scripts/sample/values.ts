/**
 * Indicator values, period by period. A park's values follow its latent strength (or size for
 * totals), its own lasting lean on each indicator and yearly noise; strength drifts between
 * periods, with the odd large jump, so most ranks move a few places and a few move ten or more.
 */
import type { ParkRow } from '../../src/lib/contract/dataset.ts';
import type { SampleIndicator, ValueModel } from './methodology.ts';
import { takesPart, type SamplePark } from './parks.ts';
import { round, streamFor } from './rng.ts';

/** A values.csv row; `value` is a number, or a missing-value marker ('', '-' or 'NA'). */
export interface SampleValue { park_id: string; indicator_id: string; value: number | string; note: string }

const INNOVATION_TILT: Record<ParkRow['kind'], number> = {
  high_tech: 0.6, economic: 0.1, industrial: 0, agricultural: -0.8, logistics: -0.6, tourism: -0.9, other: 0.3,
};

const MISSING_SHARE = 0.004;
const MISSING_CELLS: readonly (readonly [string, string])[] = [
  ['', '未报送'], ['', '未报送'], ['', '未报送'], ['-', '数据核实中'], ['NA', '不适用'],
];

/** How far this period's fortunes sit from the park's long-run strength: AR(1) with rare jumps. */
const PERSISTENCE = 0.8;
const DRIFT_SD = 0.07;
const JUMP_CHANCE = 0.04;
const JUMP_SD = 0.7;

const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const logit = (p: number) => Math.log(p / (1 - p));

/**
 * A value at score `z` (about standard normal). Both shapes run through a logistic curve between
 * min and max, so extreme parks approach the bounds smoothly instead of piling up on them; a
 * lognormal shape does so in log space, with slope `sigma` at the median.
 */
function draw(shape: ValueModel['shape'], z: number): number {
  if (shape.kind === 'bounded') {
    const share = (shape.median - shape.min) / (shape.max - shape.min);
    return shape.min + (shape.max - shape.min) * logistic(logit(share) + shape.spread * z);
  }
  const span = Math.log(shape.max / shape.min);
  const share = Math.log(shape.median / shape.min) / span;
  return shape.min * Math.exp(span * logistic(logit(share) + (shape.sigma * z) / (span * share * (1 - share))));
}

export interface ValueSeries {
  /** The values of one period; call once per period, earliest first. */
  next(year: number): SampleValue[];
}

/** `latestYear` is the year whose levels the indicators' models describe. */
export function valueSeries(parks: readonly SamplePark[], indicators: readonly SampleIndicator[], latestYear: number, seed: number): ValueSeries {
  const leanRng = streamFor(seed, 'leans');
  const leans = parks.map(() => indicators.map(() => leanRng.normal()));
  const deviation = parks.map(() => 0);
  let started = false;
  return {
    next(year) {
      const rng = streamFor(seed, 'values', year);
      const rows: SampleValue[] = [];
      parks.forEach((park, p) => {
        if (started) {
          const jump = rng.chance(JUMP_CHANCE) ? JUMP_SD * rng.normal() : 0;
          deviation[p] = PERSISTENCE * deviation[p]! + DRIFT_SD * rng.normal() + jump;
        }
        if (!takesPart(park, year)) return;
        const strength = park.strength + deviation[p]!;
        const size = park.size + 0.5 * deviation[p]!;
        indicators.forEach((indicator, i) => {
          const { shape, driver, loading, growth, innovation } = indicator.model;
          if (rng.chance(MISSING_SHARE)) {
            const [marker, note] = rng.pick(MISSING_CELLS);
            rows.push({ park_id: park.park_id, indicator_id: indicator.indicator_id, value: marker, note });
            return;
          }
          // Variance about 1, mostly the lasting lean: a larger yearly part would reshuffle the ranking every year.
          const own = 0.97 * leans[p]![i]! + 0.25 * rng.normal();
          const z = loading * (driver === 'size' ? size : strength) + Math.sqrt(1 - loading ** 2) * own
            + (innovation ? INNOVATION_TILT[park.kind] : 0);
          const value = round(draw(shape, z) * (1 + growth) ** (year - latestYear), indicator.decimals);
          rows.push({ park_id: park.park_id, indicator_id: indicator.indicator_id, value, note: '' });
        });
      });
      started = true;
      return rows;
    },
  };
}
