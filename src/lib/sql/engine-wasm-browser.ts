/**
 * DuckDB-WASM in the browser behind SqlEngine. The eh and mvp bundles are this site's own files
 * (Vite `?url` imports), so nothing is fetched from another origin.
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import { Table, type RecordBatch } from 'apache-arrow';
import mvpModule from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehModule from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Row, SqlEngine } from './engine.ts';
import { arrowRows } from './arrow-rows.ts';

export interface BrowserEngine extends SqlEngine {
  /**
   * Runs one statement and keeps its result as Arrow, reading at most `maxRows` rows. Unlike
   * query(), it can be stopped by cancel(): the query is sent in steps the worker can interrupt.
   */
  queryArrow(sql: string, maxRows: number): Promise<{ table: Table; truncated: boolean }>;
  /** Stops the queryArrow() in flight, if any, which then rejects. */
  cancel(): Promise<void>;
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error); },
    );
  });
}

/**
 * DuckDB waits forever for a module that never arrives, so a missing file or a wrong MIME type
 * (which breaks streaming compilation) is caught up front, in one cheap request.
 */
async function checkModule(url: string): Promise<void> {
  const response = await fetch(url, { method: 'HEAD' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const type = response.headers.get('content-type') ?? '';
  if (!type.startsWith('application/wasm')) throw new Error(`${url} is served as "${type}", not application/wasm`);
}

export async function openBrowserEngine(timeoutMs = 30_000): Promise<BrowserEngine> {
  if (typeof WebAssembly !== 'object') throw new Error('WebAssembly is not available in this browser');
  const bundle = await duckdb.selectBundle({
    mvp: { mainModule: mvpModule, mainWorker: mvpWorker },
    eh: { mainModule: ehModule, mainWorker: ehWorker },
  });
  await checkModule(bundle.mainModule);
  const worker = new Worker(bundle.mainWorker!);
  // A worker that cannot load (blocked, missing) only says so by an error event; DuckDB would wait.
  const workerFailed = new Promise<never>((_, reject) => {
    worker.addEventListener('error', () => reject(new Error(`DuckDB worker ${bundle.mainWorker} failed to load`)), { once: true });
  });
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  try {
    await withTimeout(Promise.race([db.instantiate(bundle.mainModule), workerFailed]), timeoutMs, 'DuckDB-WASM start-up');
  } catch (error) {
    worker.terminate();
    throw error;
  }
  // DECIMAL (any SQL literal such as 1.5) and HUGEINT (sum of integers) would reach JS as unscaled big numbers.
  await db.open({ query: { castDecimalToDouble: true } });
  const connection = await db.connect();
  let cancelled = false;
  return {
    async registerCsv(name, csvText) {
      await db.registerFileText(name, csvText);
    },
    async exec(sql) {
      await connection.query(sql);
    },
    async query<T>(sql: string) {
      return arrowRows<T>(await connection.query(sql));
    },
    async queryArrow(sql, maxRows) {
      cancelled = false;
      const reader = await connection.send(sql, true);
      const batches: RecordBatch[] = [];
      let rows = 0;
      for await (const batch of reader) {
        if (cancelled) throw new Error('Query cancelled');
        batches.push(batch);
        rows += batch.numRows;
        if (rows > maxRows) {
          await reader.cancel();
          await connection.cancelSent();
          return { table: new Table(reader.schema, batches).slice(0, maxRows), truncated: true };
        }
      }
      return { table: new Table(reader.schema, batches), truncated: false };
    },
    async cancel() {
      cancelled = true;
      await connection.cancelSent();
    },
    async close() {
      await connection.close();
      await db.terminate();
    },
  };
}
