/** DuckDB-WASM's blocking bundle under Node behind SqlEngine: proves the browser's engine agrees. */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as duckdb from '@duckdb/duckdb-wasm/blocking';
import type { Row, SqlEngine } from './engine.ts';
import { arrowRows } from './arrow-rows.ts';

export async function openWasmNodeEngine(): Promise<SqlEngine> {
  const require = createRequire(import.meta.url);
  const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm'));
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  const connection = db.connect();
  return {
    async registerCsv(name, csvText) {
      db.registerFileText(name, csvText);
    },
    async exec(sql) {
      connection.query(sql);
    },
    async query<T>(sql: string) {
      return arrowRows<T>(connection.query(sql));
    },
    async close() {
      connection.close();
      db.reset();
    },
  };
}
