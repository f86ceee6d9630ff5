/** Optional cells that one value of another column makes required. */
import { columnLabel } from './issues.ts';
import { at, type Rule } from './rows.ts';

/** `column` of `table` must be filled unless `by` is `unless`. */
export function requiredUnless(table: string, column: string, by: string, unless: string): Rule {
  return {
    table,
    uses: [],
    check(rows, log) {
      const label = columnLabel(column);
      for (const row of rows(table)) {
        const reason = row.data[by];
        if (row.data[column] !== null || row.bad.has(column) || typeof reason !== 'string' || reason === unless) continue;
        log.add(at(row, column), {
          code: 'MISSING_VALUE',
          zh: `${label.zh}为空，但列“${by}”的值为“${reason}”时必须填写`,
          en: `${label.en} is empty but required when column "${by}" is "${reason}"`,
        });
      }
    },
  };
}
