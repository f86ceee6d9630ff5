/**
 * A console query's rows kept in DuckDB as a temporary table, read one page at a time: a result
 * of millions of rows (every value of every period) can be paged through to its last row without
 * the page holding it.
 */
export const RESULT_TABLE = 'console_result';

/**
 * The statement that keeps the rows of `sql`, or null when the text is several statements, which
 * run as given. A command that is not a query (DESCRIBE, SET…) makes this statement fail, and
 * then runs as given too.
 */
export function storeResultSql(sql: string): string | null {
  const query = sql.trim().replace(/;\s*$/, '');
  return query.includes(';') ? null : `CREATE OR REPLACE TEMP TABLE ${RESULT_TABLE} AS ${query}`;
}

export const RESULT_COUNT_SQL = `SELECT count(*) AS n FROM ${RESULT_TABLE}`;

/** Rows [start, end) of the kept result, in the query's order. */
export const resultRowsSql = (start: number, end: number): string =>
  `SELECT * FROM ${RESULT_TABLE} LIMIT ${Math.max(0, end - start)} OFFSET ${start}`;
