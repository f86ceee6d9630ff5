/** Parks that lack value rows for some indicators in a period: a warning, since they count as missing. */
import { fileLevel } from './issues.ts';
import type { Rule } from './rows.ts';

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
