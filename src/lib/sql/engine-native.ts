/** Native DuckDB (@duckdb/node-api) behind SqlEngine: the build-time engine. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Row, SqlEngine } from './engine.ts';
import { plainRow } from './plain-value.ts';

/** `threads` limits DuckDB's worker threads (default: one per core); the results do not depend on it. */
export async function openNativeEngine(options: { threads?: number } = {}): Promise<SqlEngine & { fileDir: string }> {
  const instance = await DuckDBInstance.create(':memory:', options.threads ? { threads: String(options.threads) } : {});
  const connection = await instance.connect();
  // Registered CSVs are files in a private folder that DuckDB searches for relative names.
  const fileDir = mkdtempSync(join(tmpdir(), 'park-scorecard-'));
  await connection.run(`SET file_search_path = '${fileDir.replaceAll("'", "''")}'`);
  return {
    fileDir,
    async registerCsv(name, csvText) {
      const path = join(fileDir, name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, csvText);
    },
    async exec(sql) {
      await connection.run(sql);
    },
    async query<T>(sql: string) {
      const reader = await connection.runAndReadAll(sql);
      return reader.getRowObjectsJS().map((row) => plainRow<T>(row));
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
      rmSync(fileDir, { recursive: true, force: true });
    },
  };
}
