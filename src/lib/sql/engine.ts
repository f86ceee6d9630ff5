/**
 * The one small interface both DuckDB engines sit behind: native DuckDB at build time,
 * DuckDB-WASM in the browser (and under Node in tests). The same SQL text runs on either.
 */
export type Row = Record<string, unknown>;

export interface SqlEngine {
  /** Makes `csvText` readable by SQL as the file `name` (e.g. read_csv('values.csv')). */
  registerCsv(name: string, csvText: string): Promise<void>;
  /** Runs one or more statements for their effect. */
  exec(sql: string): Promise<void>;
  /** Runs one statement and returns its rows as plain objects (numbers as JS numbers). */
  query<T = Row>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}
