/**
 * The SQL console: DuckDB-WASM with every published table loaded, started when the reader first
 * focuses the editor or runs a query. A query's rows stay in DuckDB and the page reads one page of
 * them at a time as Arrow, so every row of the largest table can be paged through; text that is
 * not one query keeps its result in the page, up to MAX_ROWS. A query in the URL (?q=…) is put in
 * the editor but runs only when the reader says so.
 */
import { tableToIPC, type Table } from 'apache-arrow';
import { columnNames, plainRows, resultCsv, type PlainCell } from '../lib/console/arrow-result.ts';
import { readableError } from '../lib/console/duckdb-error.ts';
import { pageOf } from '../lib/console/pagination.ts';
import { SANDBOX_SQL } from '../lib/console/sandbox.ts';
import { RESULT_COUNT_SQL, resultRowsSql, storeResultSql } from '../lib/console/stored-result.ts';
import { queryFromSearch, urlWithQuery } from '../lib/console/share-url.ts';
import { formatNumber } from '../lib/format/number.ts';
import type { BrowserEngine } from '../lib/sql/engine-wasm-browser.ts';
import { csvBlob, downloadBlob } from './download.ts';
import { liveEngine } from './live-engine.ts';

/** Rows kept in the page of a result that is not kept in DuckDB; past this the reader is told the result was cut short. */
const MAX_ROWS = 1_000_000;
const FILE_STEM = 'query-result';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const form = $<HTMLFormElement>('sql-form');
const editor = $<HTMLTextAreaElement>('sql-editor');
const runButton = $<HTMLButtonElement>('sql-run');
const cancelButton = $<HTMLButtonElement>('sql-cancel');
const status = $<HTMLElement>('sql-status');
const errorBox = $<HTMLPreElement>('sql-error');
const resultSection = $<HTMLElement>('sql-result');
const resultTable = $<HTMLTableElement>('result-table');
const pageInfo = $<HTMLElement>('page-info');
const prevButton = $<HTMLButtonElement>('page-prev');
const nextButton = $<HTMLButtonElement>('page-next');

let engine: Promise<BrowserEngine> | null = null;
/** A result: how many rows it has, and its rows [start, end) read when shown or exported. */
interface Result {
  rows: number;
  truncated: boolean;
  ms: number;
  read(start: number, end: number): Promise<Table>;
}
let result: Result | null = null;
let pageIndex = 0;
/** Which page turn is the latest: a page that arrives after a later turn is not shown. */
let turn = 0;
let running = false;
let cancelling = false;

const count = (n: number) => formatNumber(n, 0);

/** What the console is doing, for the status line and for tests: data-state on the form. */
function report(state: 'loading' | 'ready' | 'running' | 'done' | 'error' | 'cancelled' | 'unavailable', message: string): void {
  form.dataset.state = state;
  status.textContent = message;
}

/** The engine, sandboxed; a failed start can be retried by the next query. */
function consoleEngine(): Promise<BrowserEngine> {
  engine ??= (async () => {
    report('loading', '正在加载查询引擎 DuckDB-WASM 和全部数据表（首次约 6–8 MB，之后由浏览器缓存）…');
    const started = await liveEngine('all');
    await started.exec(SANDBOX_SQL);
    return started;
  })().catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}

function dataCell(value: PlainCell): HTMLTableCellElement {
  const cell = document.createElement('td');
  if (value === null) {
    cell.textContent = 'NULL';
    cell.className = 'null';
  } else {
    cell.textContent = String(value);
    if (typeof value === 'number') cell.className = 'num';
  }
  return cell;
}

async function renderPage(): Promise<void> {
  if (!result) return;
  const { rows, truncated } = result;
  const page = pageOf(rows, pageIndex);
  pageIndex = page.index;
  const mine = ++turn;
  const table = await result.read(page.start, page.end);
  if (mine !== turn) return;
  const head = document.createElement('thead');
  const headRow = head.insertRow();
  for (const name of columnNames(table)) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = name;
    headRow.append(th);
  }
  const body = document.createElement('tbody');
  for (const cells of plainRows(table, 0, table.numRows)) {
    const tr = body.insertRow();
    for (const value of cells) tr.append(dataCell(value));
  }
  resultTable.tHead?.remove();
  resultTable.tBodies[0]?.remove();
  resultTable.append(head, body);
  const shown = rows === 0 ? '无结果行' : `第 ${count(page.start + 1)}–${count(page.end)} 行，共 ${count(rows)} 行`;
  resultTable.caption!.textContent = `查询结果：${shown}${truncated ? `（结果超过 ${count(MAX_ROWS)} 行，只保留前 ${count(MAX_ROWS)} 行）` : ''}`;
  pageInfo.textContent = `第 ${page.index + 1} / ${page.count} 页`;
  prevButton.disabled = page.index === 0;
  nextButton.disabled = page.index >= page.count - 1;
  resultSection.hidden = false;
}

/** Runs `sql` keeping its rows in DuckDB; a text that is not one query runs as given, its result kept here. */
async function execute(ready: BrowserEngine, sql: string): Promise<Omit<Result, 'ms'>> {
  const store = storeResultSql(sql);
  if (store !== null) {
    try {
      await ready.queryArrow(store, 1);
      const [counted] = await ready.query<{ n: number }>(RESULT_COUNT_SQL);
      return {
        rows: counted!.n,
        truncated: false,
        read: async (start, end) => (await ready.queryArrow(resultRowsSql(start, end), end - start)).table,
      };
    } catch (error) {
      if (cancelling) throw error;
    }
  }
  const { table, truncated } = await ready.queryArrow(sql, MAX_ROWS);
  return { rows: table.numRows, truncated, read: async (start, end) => table.slice(start, end) };
}

function showError(message: string): void {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function engineFailed(error: unknown): void {
  console.warn('DuckDB-WASM did not start:', error);
  report('unavailable', '查询引擎未能启动：浏览器无法运行 DuckDB-WASM。全部数据仍可在数据下载页获取。');
  showError(messageOf(error));
}

async function runQuery(sql: string): Promise<void> {
  let ready: BrowserEngine;
  try {
    ready = await consoleEngine();
  } catch (error) {
    return engineFailed(error);
  }
  if (cancelling) return report('cancelled', '查询已取消。');
  report('running', '正在查询…');
  const started = performance.now();
  try {
    result = { ...(await execute(ready, sql)), ms: Math.round(performance.now() - started) };
    pageIndex = 0;
    await renderPage();
    report('done', `查询完成：${count(result.rows)} 行，用时 ${count(result.ms)} 毫秒。`);
  } catch (error) {
    if (cancelling) return report('cancelled', '查询已取消。');
    result = null;
    resultSection.hidden = true;
    report('error', '查询出错，DuckDB 的错误信息如下。');
    showError(readableError(messageOf(error)));
  }
}

async function run(): Promise<void> {
  const sql = editor.value.trim();
  if (!sql || running) return;
  running = true;
  cancelling = false;
  runButton.disabled = true;
  cancelButton.disabled = false;
  errorBox.hidden = true;
  history.replaceState(null, '', urlWithQuery(location.href, sql));
  try {
    await runQuery(sql);
  } finally {
    running = false;
    runButton.disabled = false;
    cancelButton.disabled = true;
  }
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void run();
});
editor.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    void run();
  }
});
editor.addEventListener('focus', () => {
  consoleEngine().then(
    () => { if (!running) report('ready', '查询引擎已就绪，所有数据表均已载入。'); },
    (error: unknown) => { if (!running) engineFailed(error); },
  );
}, { once: true });

cancelButton.addEventListener('click', () => {
  cancelling = true;
  status.textContent = '正在取消…';
  void engine?.then((ready) => ready.cancel());
});

/** Turns the page; a button disabled at the first or last page hands keyboard focus to the other. */
function turnPage(step: number, pressed: HTMLButtonElement, other: HTMLButtonElement): void {
  pageIndex += step;
  void renderPage().then(() => {
    if (pressed.disabled) other.focus();
  });
}
prevButton.addEventListener('click', () => turnPage(-1, prevButton, nextButton));
nextButton.addEventListener('click', () => turnPage(1, nextButton, prevButton));

/** Every row of the result, for a download. */
const allRows = (shown: Result): Promise<Table> => shown.read(0, shown.rows);

$('export-csv').addEventListener('click', async () => {
  if (result) downloadBlob(csvBlob(resultCsv(await allRows(result))), `${FILE_STEM}.csv`);
});
$('export-arrow').addEventListener('click', async () => {
  if (!result) return;
  const bytes = tableToIPC(await allRows(result), 'file') as Uint8Array<ArrayBuffer>;
  downloadBlob(new Blob([bytes], { type: 'application/vnd.apache.arrow.file' }), `${FILE_STEM}.arrow`);
});

/** Example and schema buttons put their SQL in the editor; examples also run it. */
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sql]');
  if (!button) return;
  editor.value = button.dataset.sql!;
  if (button.dataset.run !== undefined) void run();
  else editor.focus();
});

for (const hidden of document.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
const shared = queryFromSearch(location.search);
if (shared) {
  editor.value = shared;
  status.textContent = '已从链接载入查询，按“运行”执行。';
}
