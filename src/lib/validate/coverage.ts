/** How fully values cover parks and indicators: value rows missing for a park, a period far thinner than the one before (warnings). */
import { fileLevel } from './issues.ts';
import type { Row, Rule } from './rows.ts';

const LISTED = 10;

export const valuesComplete: Rule = {
  table: 'values',
  uses: ['indicators'],
  check(rows, log) {
    const indicators = rows('indicators').map((indicator) => String(indicator.data.indicator_id));
    // file → park → indicators it has a row for
    const seen = new Map<string, Map<string, Set<string>>>();
    for (const value of rows('values')) {
      const { park_id: park, indicator_id: indicator } = value.data;
      if (typeof park !== 'string' || typeof indicator !== 'string') continue;
      const parks = seen.get(value.file) ?? new Map<string, Set<string>>();
      seen.set(value.file, parks);
      parks.set(park, (parks.get(park) ?? new Set<string>()).add(indicator));
    }
    for (const [file, parks] of seen) {
      for (const [park, have] of parks) {
        const missing = indicators.filter((indicator) => !have.has(indicator));
        if (missing.length === 0) continue;
        const list = missing.slice(0, LISTED).join(', ') + (missing.length > LISTED ? ', …' : '');
        log.add(fileLevel(file), {
          code: 'INCOMPLETE_VALUES',
          zh: `园区“${park}”没有 ${missing.length} 项指标的数值行（${list}），按缺失处理`,
          en: `park "${park}" has no rows for ${missing.length} indicator(s) (${list}); they count as missing`,
        });
      }
    }
  },
};

/** Below this share of the previous period's parks or indicators with values, a period gets a warning. */
const COVERAGE_KEPT = 0.75;

interface Coverage {
  file: string;
  parks: Set<string>;
  indicators: Set<string>;
}

/** Parks and indicators with at least one number, per period, in period order. */
function coverageByPeriod(values: readonly Row[]): [string, Coverage][] {
  const periods = new Map<string, Coverage>();
  for (const value of values) {
    const period = String(value.data.period);
    const coverage = periods.get(period) ?? { file: value.file, parks: new Set<string>(), indicators: new Set<string>() };
    periods.set(period, coverage);
    if (typeof value.data.value !== 'number') continue;
    coverage.parks.add(String(value.data.park_id));
    coverage.indicators.add(String(value.data.indicator_id));
  }
  return [...periods].sort(([a], [b]) => a.localeCompare(b));
}

/** A period whose values cover far fewer parks or indicators than the period before it. */
export const coverageHolds: Rule = {
  table: 'values',
  uses: [],
  check(rows, log) {
    const periods = coverageByPeriod(rows('values'));
    periods.slice(1).forEach(([period, now], i) => {
      const [before, then] = periods[i]!;
      for (const [zh, en, count, earlier] of [
        ['园区', 'parks', now.parks.size, then.parks.size],
        ['指标', 'indicators', now.indicators.size, then.indicators.size],
      ] as const) {
        if (count >= earlier * COVERAGE_KEPT) continue;
        log.add(fileLevel(now.file), {
          code: 'COVERAGE_DROP',
          zh: `${period} 期只有 ${count} 个${zh}有数值，上一期（${before}）有 ${earlier} 个：是否漏了数据？`,
          en: `${period} has values for ${count} ${en}, the period before (${before}) for ${earlier}: are figures missing?`,
        });
      }
    });
  },
};
