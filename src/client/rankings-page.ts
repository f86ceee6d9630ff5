/**
 * The ranking page, live: filters, period, sort, picked parks and what-if weights are one view
 * state kept in the URL; DuckDB-WASM starts on the first interaction (or with a non-default URL)
 * and the static table is replaced in place. If DuckDB cannot start, the static page stays.
 */
import type { CategoryRow } from '../lib/contract/dataset.ts';
import { formatNumber, formatRankChange } from '../lib/format/number.ts';
import { noValuesReason } from '../lib/views/list-standing.ts';
import type { BrowserEngine } from '../lib/sql/engine-wasm-browser.ts';
import {
  categoryScoresSql, rankHistorySql, rankingRowsSql, RESET_WEIGHTS_SQL, setWeightsSql, whatIfSql,
} from '../lib/sql/live-queries.ts';
import type { RankingRow } from '../lib/sql/scoring.ts';
import { parseView, viewToSearch, type RankingView } from '../lib/state/ranking-view.ts';
import { rankHistoryFileName, rankHistoryRows, rankHistoryTable, RANK_HISTORY_WIDTH } from '../lib/views/rank-history.ts';
import { rankingCells, rankingColumns, type CategoryScores } from '../lib/views/ranking-table.ts';
import { hiddenRowsNote, limitRows } from '../lib/views/row-limit.ts';
import { readChartExport, updateChartExport } from './chart-data.ts';
import { liveEngine, warmUpWhenIdle, withPrevious, type Periods } from './live-engine.ts';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const table = $<HTMLTableElement>('#ranking-table');
const controls = $<HTMLFormElement>('#ranking-controls');
const status = $<HTMLElement>('#live-status');
const whatIfForm = $<HTMLFormElement>('#what-if-form');
const whatIfStatus = $<HTMLElement>('#what-if-status');
const whatIfResult = $<HTMLElement>('#what-if-result');
const historyFrame = $<HTMLElement>('#rank-history');
const periods = (table.dataset.periods ?? '').split(',');
const homeParks = [...document.querySelectorAll<HTMLInputElement>('input[name=parks]:checked')].map((i) => i.value);
const homeHistoryFile = readChartExport(historyFrame).fileName;

let view: RankingView = parseView(location.search, periods);
/** The periods a ranking view reads: its own and the one its rank changes compare with. */
const viewPeriods = (): Periods => withPrevious(view.period, periods);
let queue: Promise<unknown> = Promise.resolve();

/** Engine work runs one job at a time: the what-if changes weights the other queries must not see. */
function withEngine(out: HTMLElement, needs: () => Periods, job: (engine: BrowserEngine) => Promise<string>): Promise<void> {
  const run = async () => {
    out.textContent = '正在加载实时查询引擎（DuckDB-WASM，首次约需数秒）…';
    document.body.dataset.live = 'loading';
    try {
      const engine = await liveEngine(needs());
      const started = performance.now();
      const message = await job(engine);
      out.textContent = `${message}（用时 ${Math.round(performance.now() - started)} 毫秒）`;
      document.body.dataset.live = 'ready';
    } catch (error) {
      console.warn('Live data unavailable:', error);
      out.textContent = '实时筛选暂不可用：浏览器未能启动查询引擎。页面上的表格和图表为静态数据，仍可阅读。';
      document.body.dataset.live = 'unavailable';
    }
  };
  const next = queue.then(run);
  queue = next;
  return next;
}

function writeUrl(): void {
  history.replaceState(null, '', `${location.pathname}${viewToSearch(view, periods)}${location.hash}`);
}

function readControls(): void {
  const data = new FormData(controls);
  view = { ...view, period: String(data.get('period')), city: String(data.get('city')), level: String(data.get('level')), kind: String(data.get('kind')), q: String(data.get('q')).trim() };
}

function showView(): void {
  for (const name of ['period', 'city', 'level', 'kind', 'q'] as const) {
    const field = controls.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = view[name];
  }
  const picked = new Set(view.parks.length > 0 ? view.parks : homeParks);
  for (const box of document.querySelectorAll<HTMLInputElement>('input[name=parks]')) box.checked = picked.has(box.value);
  for (const input of whatIfForm.querySelectorAll<HTMLInputElement>('input[type=number]')) {
    input.value = String(view.weights[input.name] ?? input.dataset.official);
  }
}

function cell(tag: 'td' | 'th', text: string, numeric: boolean): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (numeric) element.className = 'num';
  return element;
}

function renderTable(rows: RankingRow[], scores: Map<string, CategoryScores>, categories: CategoryRow[]): void {
  const columns = rankingColumns(categories);
  const body = document.createElement('tbody');
  const { shown, hidden } = limitRows(rows);
  $<HTMLElement>('#rows-hidden').textContent = hiddenRowsNote(hidden);
  for (const row of shown) {
    const tr = document.createElement('tr');
    if (row.is_home_city) tr.className = 'home-city';
    const cells = rankingCells(row, scores.get(row.park_id) ?? {}, categories);
    for (const column of columns) {
      if (column.header) {
        const th = cell('th', '', false);
        th.scope = 'row';
        const link = document.createElement('a');
        link.href = `/parks/${encodeURIComponent(row.park_id)}/`;
        link.textContent = cells[column.key] ?? '';
        th.append(link);
        tr.append(th);
      } else {
        tr.append(cell('td', cells[column.key] ?? '', column.numeric));
      }
    }
    body.append(tr);
  }
  table.tBodies[0]!.replaceWith(body);
  const filtered = view.city || view.level || view.kind || view.q;
  table.caption!.textContent = `${view.period}年度全省综合排名（${filtered ? `筛选出 ${rows.length} 个园区` : `${rows.length} 个园区`}）`;
  for (const th of table.tHead!.querySelectorAll<HTMLElement>('th[data-key]')) {
    if (th.dataset.key === view.sort) th.setAttribute('aria-sort', view.dir === 'asc' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
}

// The official results never change on the page: categories and each period's category scores
// are fetched once, so a filter or sort costs one query.
let categories: Promise<CategoryRow[]> | null = null;
const periodScores = new Map<string, Promise<Map<string, CategoryScores>>>();

async function categoryScoresOf(engine: BrowserEngine, period: string): Promise<Map<string, CategoryScores>> {
  const scores = new Map<string, CategoryScores>();
  for (const s of await engine.query<{ park_id: string; category_id: string; score: number }>(categoryScoresSql(period))) {
    scores.set(s.park_id, { ...scores.get(s.park_id), [s.category_id]: s.score });
  }
  return scores;
}

async function updateTable(engine: BrowserEngine): Promise<string> {
  categories ??= engine.query<CategoryRow>('SELECT * FROM categories ORDER BY sort_order');
  if (!periodScores.has(view.period)) periodScores.set(view.period, categoryScoresOf(engine, view.period));
  const [rows, scores] = await Promise.all([engine.query<RankingRow>(rankingRowsSql(view)), periodScores.get(view.period)!]);
  renderTable(rows, scores, await categories);
  return `已更新：${view.period}年度，${rows.length} 个园区`;
}

function replaceHistoryTable(rows: ReturnType<typeof rankHistoryRows>): void {
  const { columns, rows: tableRows } = rankHistoryTable(rows, periods);
  const body = document.createElement('tbody');
  for (const row of tableRows) {
    const tr = document.createElement('tr');
    for (const column of columns) {
      const element = cell(column.header ? 'th' : 'td', row[column.key] ?? '—', Boolean(column.numeric));
      if (column.header) (element as HTMLTableCellElement).scope = 'row';
      tr.append(element);
    }
    body.append(tr);
  }
  historyFrame.querySelector('.chart-data table tbody')?.replaceWith(body);
  // The chart's downloads follow what it shows.
  const fileName = view.parks.length > 0 ? rankHistoryFileName(`自选${view.parks.length}个园区`, periods) : homeHistoryFile;
  updateChartExport(historyFrame, { columns, rows: tableRows, fileName });
}

async function updateHistory(engine: BrowserEngine): Promise<string> {
  const parkIds = view.parks.length > 0 ? view.parks : homeParks;
  const rows = rankHistoryRows(await engine.query<RankingRow>(rankHistorySql(parkIds)), parkIds);
  const title = historyFrame.querySelector('.chart-title')!.textContent ?? '';
  const description = historyFrame.querySelector('.chart-desc')!.textContent ?? '';
  const { bumpChart } = await import('../lib/charts/bump-chart.ts');
  const svg = bumpChart(rows, { document, width: RANK_HISTORY_WIDTH, title, description, periods });
  historyFrame.querySelector('.chart-svg')!.replaceChildren(svg);
  replaceHistoryTable(rows);
  return `排名变化图已更新：${parkIds.length} 个园区`;
}

function whatIfWeights(): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const input of whatIfForm.querySelectorAll<HTMLInputElement>('input[type=number]')) {
    const value = Number(input.value);
    weights[input.name] = Number.isFinite(value) && value >= 0 ? value : Number(input.dataset.official);
  }
  return weights;
}

function renderWhatIf(rows: { park_id: string; name_zh: string; city: string; is_home_city: boolean; official_rank: number | null; whatif_rank: number | null; moved: number | null; score: number }[]): string {
  if (rows.length === 0) {
    const reason = document.createElement('p');
    reason.textContent = noValuesReason(true);
    whatIfResult.replaceChildren(reason);
    return `${view.period}年度无法模拟`;
  }
  const result = document.createElement('div');
  result.className = 'table-scroll';
  result.tabIndex = 0;
  result.setAttribute('role', 'region');
  result.setAttribute('aria-label', '权重模拟结果');
  const tableElement = document.createElement('table');
  tableElement.id = 'what-if-table';
  tableElement.createCaption().textContent = `按模拟权重重新排名（${view.period}年度）`;
  const head = tableElement.createTHead().insertRow();
  for (const [label, numeric] of [['模拟排名', true], ['园区', false], ['城市', false], ['模拟总分', true], ['官方排名', true], ['名次变化', true]] as const) {
    const th = cell('th', label, numeric);
    th.scope = 'col';
    head.append(th);
  }
  const body = tableElement.createTBody();
  const { shown, hidden } = limitRows(rows);
  for (const row of shown) {
    const tr = body.insertRow();
    if (row.is_home_city) tr.className = 'home-city';
    tr.dataset.park = row.park_id;
    const name = cell('th', row.is_home_city ? `${row.name_zh}（本市）` : row.name_zh, false);
    name.scope = 'row';
    // A vetoed park has no rank either way: no change to show.
    const moved = row.moved === null ? '—' : formatRankChange(row.moved);
    tr.append(cell('td', row.whatif_rank === null ? '—' : String(row.whatif_rank), true), name, cell('td', row.city, false),
      cell('td', formatNumber(row.score, 2), true), cell('td', row.official_rank === null ? '—' : String(row.official_rank), true), cell('td', moved, true));
  }
  result.append(tableElement);
  const note = document.createElement('p');
  note.textContent = hiddenRowsNote(hidden);
  whatIfResult.replaceChildren(result, note);
  const up = rows.filter((r) => (r.moved ?? 0) > 0).length;
  const down = rows.filter((r) => (r.moved ?? 0) < 0).length;
  return `模拟完成：${up} 个园区名次上升，${down} 个下降`;
}

async function updateWhatIf(engine: BrowserEngine): Promise<string> {
  await engine.exec(setWeightsSql(view.weights));
  try {
    return renderWhatIf(await engine.query(whatIfSql(view.period)));
  } finally {
    await engine.exec(RESET_WEIGHTS_SQL);
  }
}

function refresh(): void {
  writeUrl();
  void withEngine(status, viewPeriods, updateTable);
}

controls.addEventListener('submit', (event) => event.preventDefault());
controls.addEventListener('change', () => {
  readControls();
  refresh();
});
let typing: ReturnType<typeof setTimeout> | undefined;
controls.addEventListener('input', (event) => {
  if ((event.target as HTMLInputElement).name !== 'q') return;
  clearTimeout(typing);
  typing = setTimeout(() => { readControls(); refresh(); }, 250);
});

table.tHead!.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-sort]');
  if (!button) return;
  const key = button.dataset.sort!;
  view = { ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' };
  refresh();
});

document.querySelector('.park-picker fieldset')!.addEventListener('change', () => {
  const picked = [...document.querySelectorAll<HTMLInputElement>('input[name=parks]:checked')].map((i) => i.value).slice(0, 10);
  const isHome = picked.length === homeParks.length && picked.every((p) => homeParks.includes(p));
  view = { ...view, parks: isHome ? [] : picked };
  writeUrl();
  void withEngine(status, () => 'all', updateHistory);
});

whatIfForm.addEventListener('submit', (event) => {
  event.preventDefault();
  view = { ...view, weights: whatIfWeights() };
  writeUrl();
  void withEngine(whatIfStatus, viewPeriods, updateWhatIf);
});
whatIfForm.addEventListener('reset', () => {
  view = { ...view, weights: {} };
  writeUrl();
  whatIfResult.replaceChildren();
  whatIfStatus.textContent = '已恢复官方权重。';
});

showView();
if (viewToSearch({ ...view, parks: [], weights: {} }, periods) !== '') void withEngine(status, viewPeriods, updateTable);
if (view.parks.length > 0) void withEngine(status, () => 'all', updateHistory);
if (Object.keys(view.weights).length > 0) void withEngine(whatIfStatus, viewPeriods, updateWhatIf);
warmUpWhenIdle(withPrevious(periods.at(-1)!, periods));
