/** Checks across the rows of the methodology: points, tie-breaker, benchmarks, tiers. */
import { tiers } from '../contract/inputs.ts';
import { fileLevel } from './issues.ts';
import { at, type Row, type Rule } from './rows.ts';

const TOLERANCE = 1e-9;
/** Sums shown without floating-point noise (0.30000000000000004). */
const tidy = (n: number) => Number(n.toFixed(6));

export const pointsAddUp: Rule = {
  table: 'categories',
  uses: ['indicators'],
  check(rows, log) {
    // A results-only folder may list the categories of its published category scores with no
    // indicators at all; values without indicators are reported by valuesHaveMethod.
    if (rows('indicators').length === 0) return;
    const sums = new Map<string, number>();
    // A category with an unreadable indicator weight cannot be summed; that cell is reported already.
    const unreadable = new Set<string>();
    for (const indicator of rows('indicators')) {
      const { category_id: category, points } = indicator.data;
      if (typeof category !== 'string') continue;
      if (typeof points === 'number') sums.set(category, (sums.get(category) ?? 0) + points);
      else unreadable.add(category);
    }
    for (const category of rows('categories')) {
      const { category_id: id, points } = category.data;
      if (typeof id !== 'string' || typeof points !== 'number' || unreadable.has(id)) continue;
      const sum = sums.get(id) ?? 0;
      if (Math.abs(sum - points) <= TOLERANCE) continue;
      log.add(at(category, 'points'), {
        code: 'POINTS_MISMATCH',
        zh: `类别“${id}”列“points”的值“${points}”不等于其指标分值之和 ${tidy(sum)}`,
        en: `category "${id}": column "points" is ${points}, but its indicators' points add up to ${tidy(sum)}`,
      });
    }
  },
};

export const oneTiebreak: Rule = {
  table: 'indicators',
  uses: [],
  check(rows, log) {
    const tiebreakers = rows('indicators').filter((indicator) => indicator.data.tiebreak === true);
    const first = tiebreakers[0]?.data.indicator_id;
    for (const indicator of tiebreakers.slice(1)) {
      log.add(at(indicator, 'tiebreak'), {
        code: 'MULTIPLE_TIEBREAKS',
        zh: `指标“${indicator.data.indicator_id}”列“tiebreak”的值为 true，但“${first}”已是同分排序指标`,
        en: `indicator "${indicator.data.indicator_id}": column "tiebreak" is true, but "${first}" already is the tie-breaker`,
      });
    }
  },
};

/** A benchmark-method indicator needs a benchmark in every period: its own, or the period's benchmarks.csv. */
export const benchmarkGiven: Rule = {
  table: 'indicators',
  uses: ['snapshots', 'benchmarks'],
  check(rows, log) {
    const periods = rows('snapshots').map((snapshot) => String(snapshot.data.period));
    const given = new Set(rows('benchmarks').map((benchmark) => JSON.stringify([benchmark.data.period, benchmark.data.indicator_id])));
    for (const indicator of rows('indicators')) {
      const { indicator_id: id, method, benchmark } = indicator.data;
      if (method !== 'benchmark' || benchmark !== null || indicator.bad.has('benchmark')) continue;
      const lacking = periods.filter((period) => !given.has(JSON.stringify([period, id])));
      if (lacking.length === 0) continue;
      log.add(at(indicator, 'benchmark'), {
        code: 'MISSING_VALUE',
        zh: `指标“${id}”采用标杆值法，但列“benchmark”为空，期次 ${lacking.join('、')} 的 benchmarks.csv 也没有它的标杆值`,
        en: `indicator "${id}" uses the benchmark method but column "benchmark" is empty and benchmarks.csv of period ${lacking.join(', ')} has none for it`,
      });
    }
  },
};

interface Band {
  row: Row;
  from: number;
  to: number;
}

/** The tiers' (from_pct, to_pct] ranges must tile (0, 100] exactly. */
export const tiersCover: Rule = {
  table: 'tiers',
  uses: [],
  check(rows, log) {
    // No tiers at all is a method without tiers (a published top-N list, say), not a gap.
    if (rows('tiers').length === 0) return;
    const bands: Band[] = [];
    for (const row of rows('tiers')) {
      const { from_pct: from, to_pct: to } = row.data;
      // An unreadable bound is reported already; without it the coverage cannot be judged.
      if (typeof from !== 'number' || typeof to !== 'number') return;
      if (from < to) bands.push({ row, from, to });
      else {
        log.add(at(row, 'to_pct'), {
          code: 'OUT_OF_RANGE',
          zh: `等次“${row.data.tier}”列“to_pct”的值“${to}”必须大于 from_pct（${from}）`,
          en: `tier "${row.data.tier}": column "to_pct" is ${to} but must be greater than from_pct (${from})`,
        });
      }
    }
    bands.sort((a, b) => a.from - b.from);
    let reached = 0;
    let last: Band | null = null;
    for (const band of bands) {
      const name = band.row.data.tier;
      if (band.from > reached + TOLERANCE) {
        log.add(at(band.row, 'from_pct'), {
          code: 'TIER_GAP',
          zh: `等次“${name}”列“from_pct”的值为 ${band.from}：百分位 (${reached}, ${band.from}] 不属于任何等次`,
          en: `tier "${name}": column "from_pct" is ${band.from}, so percentiles (${reached}, ${band.from}] belong to no tier`,
        });
      } else if (last && band.from < reached - TOLERANCE) {
        log.add(at(band.row, 'from_pct'), {
          code: 'TIER_OVERLAP',
          zh: `等次“${name}”列“from_pct”的值为 ${band.from}：区间 (${band.from}, ${band.to}] 与等次“${last.row.data.tier}”的 (${last.from}, ${last.to}] 重叠`,
          en: `tier "${name}": column "from_pct" is ${band.from}, so (${band.from}, ${band.to}] overlaps tier "${last.row.data.tier}" (${last.from}, ${last.to}]`,
        });
      }
      if (band.to > reached) {
        reached = band.to;
        last = band;
      }
    }
    if (reached < 100 - TOLERANCE) {
      log.add(last ? at(last.row, 'to_pct') : fileLevel(tiers.file), {
        code: 'TIER_GAP',
        zh: `百分位 (${reached}, 100] 不属于任何等次`,
        en: `percentiles (${reached}, 100] belong to no tier`,
      });
    }
  },
};
