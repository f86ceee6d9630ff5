/**
 * The ranking page, live: filters, period, sort, picked parks and what-if weights are one view
 * state kept in the URL; DuckDB-WASM starts on the first interaction (or with a non-default URL)
 * and the static table is replaced in place. If DuckDB cannot start, the static page stays.
 */
import type { CategoryRow } from '../lib/contract/dataset.ts';
import { formatRankChange } from '../lib/format/number.ts';
import { displayText, formatPoints } from '../lib/format/typography.ts';
import { noValuesReason } from '../lib/views/list-standing.ts';
import type { BrowserEngine } from '../lib/sql/engine-wasm-browser.ts';
import {
  categoryScoresSql, rankingRowsSql, RESET_WEIGHTS_SQL, setWeightsSql, whatIfSql,
} from '../lib/sql/live-queries.ts';
import type { RankingRow } from '../lib/sql/scoring.ts';
import { FILTER_FIELDS, parseView, viewToSearch, withFilters, type FilterField, type RankingView } from '../lib/state/ranking-view.ts';
import type { ChartSpec } from '../lib/charts/chart-kinds.ts';
import type { BumpRow } from '../lib/charts/bump-chart.ts';
import { MAX_FOCUS_PARKS, rankHistoryFileName, rankHistoryTable } from '../lib/views/rank-history.ts';
import { rankingCells, rankingColumns, rowDetail, type CategoryScores, type RankingColumn } from '../lib/views/ranking-table.ts';
import { HEAD_ROWS, hiddenRowsNote, SCALE_LIMIT, TAIL_ROWS } from '../lib/views/row-limit.ts';
import { rankShifts, scaleWeights, totalNote, weightTotal, type Weights } from '../lib/views/what-if.ts';
import { watchTableScroll } from './table-scroll.ts';
import { readChartExport, updateChartExport } from './chart-data.ts';
import { readSpec, respec } from './chart-resize.ts';
import { liveEngine, warmUpWhenIdle, withPrevious, type Periods } from './live-engine.ts';
import { sitePath } from '../lib/site-path.ts';

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;

const table = $<HTMLTableElement>('#ranking-table');
const controls = $<HTMLFormElement>('#ranking-controls');
const status = $<HTMLElement>('#live-status');
const whatIfForm = $<HTMLFormElement>('#what-if-form');
const whatIfStatus = $<HTMLElement>('#what-if-status');
const whatIfResult = $<HTMLElement>('#what-if-result');
const whatIfPanel = $<HTMLDetailsElement>('#what-if-panel');
const weightTotalLine = $<HTMLElement>('#weight-total');
const officialTotal = Number(whatIfForm.dataset.officialTotal);
const historyFrame = $<HTMLElement>('#rank-history');
const periods = (table.dataset.periods ?? '').split(',');
const homeCity = table.dataset.homeCity ?? '';
const area = table.dataset.area ?? '';
const parkBoxes = [...document.querySelectorAll<HTMLInputElement>('input[name=parks]')];
// As the page was built: the reader may have ticked other boxes before this script ran.
const homeParks = parkBoxes.filter((box) => box.defaultChecked).map((box) => box.value);
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
      out.textContent = `${message}（用时${Math.round(performance.now() - started)}毫秒）`;
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

const periodLine = $<HTMLElement>('#period-line');
const periodLines: Record<string, string> = JSON.parse(periodLine.dataset.lines ?? '{}');
const staleNote = document.querySelector<HTMLElement>('#stale-note');

/** The header names the period shown, not the one the page was built with. */
function showPeriodLine(): void {
  periodLine.textContent = periodLines[view.period] ?? periodLine.textContent;
  if (staleNote) staleNote.hidden = view.period !== periods.at(-1);
}

function writeUrl(): void {
  history.replaceState(null, '', `${location.pathname}${viewToSearch(view, periods)}${location.hash}`);
}

function readControls(): void {
  const data = new FormData(controls);
  view = withFilters(view, Object.fromEntries(FILTER_FIELDS.map((name) => [name, String(data.get(name))])), periods);
}

/** A field's value as the page was built: a select's first option unless another is marked selected. */
function builtValue(field: HTMLInputElement | HTMLSelectElement): string {
  if (field instanceof HTMLInputElement) return field.defaultValue;
  return ([...field.options].find((option) => option.defaultSelected) ?? field.options[0])?.value ?? '';
}

/**
 * The filters the reader changed from the page as built. The page is long: its form shows and
 * works well before this script has run, and what was picked meanwhile is the view to answer.
 */
function changedFilters(): Partial<Record<FilterField, string>> {
  const changed: Partial<Record<FilterField, string>> = {};
  for (const name of FILTER_FIELDS) {
    const field = controls.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field && field.value !== builtValue(field)) changed[name] = field.value;
  }
  return changed;
}

/** The parks ticked in the picker, or none when they are the home city's. */
function pickedParks(): string[] {
  const picked = parkBoxes.filter((box) => box.checked).map((box) => box.value).slice(0, MAX_FOCUS_PARKS);
  const isHome = picked.length === homeParks.length && picked.every((p) => homeParks.includes(p));
  return isHome ? [] : picked;
}

function showView(): void {
  for (const name of FILTER_FIELDS) {
    const field = controls.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    if (field) field.value = view[name];
  }
  const picked = new Set(view.parks.length > 0 ? view.parks : homeParks);
  for (const box of parkBoxes) box.checked = picked.has(box.value);
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

/** The park's name cell: link, 本市 badge unless every row is the home city's, and the row detail for small screens. */
function nameCell(row: RankingRow, columns: RankingColumn[], cells: Record<string, string>, badge: boolean): HTMLTableCellElement {
  const th = cell('th', '', false);
  th.scope = 'row';
  const link = document.createElement('a');
  link.href = sitePath(`parks/${encodeURIComponent(row.park_id)}/`);
  link.textContent = displayText(row.name_zh);
  th.append(link);
  if (badge && row.is_home_city) {
    const mark = document.createElement('span');
    mark.className = 'badge';
    mark.textContent = '本市';
    th.append(mark);
  }
  const details = document.createElement('details');
  details.className = 'row-detail';
  const summary = document.createElement('summary');
  summary.textContent = '详情';
  const text = document.createElement('p');
  text.textContent = rowDetail(columns, cells);
  details.append(summary, text);
  th.append(details);
  return th;
}

/** A ranking row as the live query gives it: one of the rows shown, with how many the view has. */
type ListedRow = RankingRow & { listed_count: number };
const SHOWN_ROWS = { limit: SCALE_LIMIT, head: HEAD_ROWS, tail: TAIL_ROWS };

function renderTable(shown: ListedRow[], scores: Map<string, CategoryScores>, categories: CategoryRow[]): number {
  const columns = rankingColumns(categories);
  const body = document.createElement('tbody');
  const listed = shown[0]?.listed_count ?? 0;
  $<HTMLElement>('#rows-hidden').textContent = hiddenRowsNote(listed - shown.length);
  for (const row of shown) {
    const tr = document.createElement('tr');
    if (row.is_home_city) tr.className = 'home-city';
    const cells = rankingCells(row, scores.get(row.park_id) ?? {}, categories);
    for (const column of columns) {
      if (column.header) {
        tr.append(nameCell(row, columns, cells, view.city !== homeCity));
      } else {
        const td = cell('td', cells[column.key] ?? '', column.numeric);
        td.classList.add(`p${column.priority}`);
        tr.append(td);
      }
    }
    body.append(tr);
  }
  table.tBodies[0]!.replaceWith(body);
  const filtered = view.city || view.level || view.kind || view.q;
  table.caption!.textContent = `${view.period}年度${area}综合排名（${filtered ? `筛选出${listed}个园区` : `${listed}个园区`}）`;
  for (const th of table.tHead!.querySelectorAll<HTMLElement>('th[data-key]')) {
    if (th.dataset.key === view.sort) th.setAttribute('aria-sort', view.dir === 'asc' ? 'ascending' : 'descending');
    else th.removeAttribute('aria-sort');
  }
  return listed;
}

// The categories never change on the page: fetched once.
let categories: Promise<CategoryRow[]> | null = null;

// The official category scores never change on the page: each park's are fetched once per period,
// so a filter or sort that shows no new park costs one query.
const knownScores = new Map<string, Map<string, CategoryScores>>();

async function categoryScoresOf(engine: BrowserEngine, period: string, rows: readonly RankingRow[]): Promise<Map<string, CategoryScores>> {
  const known = knownScores.get(period) ?? new Map<string, CategoryScores>();
  knownScores.set(period, known);
  const missing = rows.map((r) => r.park_id).filter((id) => !known.has(id));
  if (missing.length === 0) return known;
  const fetched = await engine.query<{ park_id: string; category_id: string; score: number }>(categoryScoresSql(period, missing));
  // A park without category scores (no values) is known too: it is not asked for again.
  for (const id of missing) known.set(id, {});
  for (const s of fetched) known.set(s.park_id, { ...known.get(s.park_id), [s.category_id]: s.score });
  return known;
}

async function updateTable(engine: BrowserEngine): Promise<string> {
  categories ??= engine.query<CategoryRow>('SELECT * FROM categories ORDER BY sort_order');
  const rows = await engine.query<ListedRow>(rankingRowsSql(view, SHOWN_ROWS));
  const listed = renderTable(rows, await categoryScoresOf(engine, view.period, rows), await categories);
  showPeriodLine();
  return `已更新：${view.period}年度，${listed}个园区`;
}

function replaceHistoryTable(rows: readonly BumpRow[]): void {
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

/**
 * Brings the picked parks (or the home city's) into focus on the rank-history chart: the page
 * carries every park's ranks, so this needs no query.
 */
async function updateHistory(): Promise<void> {
  const parkIds = view.parks.length > 0 ? view.parks : homeParks;
  const box = historyFrame.querySelector<HTMLElement>('.chart-svg')!;
  const spec = readSpec(box) as ChartSpec<'bump'>;
  await respec(box, { ...spec, options: { ...spec.options, focus: parkIds } });
  replaceHistoryTable(parkIds.flatMap((id) => spec.rows.filter((r) => r.park_id === id)));
  status.textContent = `排名变化图已更新：${parkIds.length}个园区`;
}

function enteredWeights(): Weights {
  const weights: Weights = {};
  for (const input of whatIfForm.querySelectorAll<HTMLInputElement>('input[type=number]')) {
    const value = Number(input.value);
    weights[input.name] = Number.isFinite(value) && value >= 0 ? value : Number(input.dataset.official);
  }
  return weights;
}

/** The running total under the weights, and a warning while it differs from the official total. */
function showTotal(): void {
  const note = totalNote(weightTotal(enteredWeights()), officialTotal);
  weightTotalLine.textContent = note.text;
  weightTotalLine.dataset.balanced = String(note.balanced);
}

/** The weights to rank with: as entered, or scaled to the official total when the reader asks for it. */
function whatIfWeights(): Weights {
  const entered = enteredWeights();
  const normalise = (whatIfForm.elements.namedItem('normalise') as HTMLInputElement).checked;
  if (!normalise || weightTotal(entered) === 0) return entered;
  const scaled = scaleWeights(entered, officialTotal);
  for (const input of whatIfForm.querySelectorAll<HTMLInputElement>('input[type=number]')) input.value = String(scaled[input.name]);
  showTotal();
  return scaled;
}

interface WhatIfRow {
  park_id: string;
  name_zh: string;
  city: string;
  is_home_city: boolean;
  in_view: boolean;
  official_rank: number | null;
  whatif_rank: number | null;
  moved: number | null;
  score: number;
  ranked_count: number;
  listed_count: number;
  up_count: number;
  down_count: number;
}

/** How each home-city park's province rank would move: official (hollow) to what-if (filled) on a strip. */
function shiftChart(rows: readonly WhatIfRow[]): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'rank-shifts';
  const caption = document.createElement('figcaption');
  caption.textContent = `${homeCity}园区在模拟权重下的${area}名次（${view.period}年度；左端为第1位，○ 官方名次，● 模拟名次）`;
  const list = document.createElement('ol');
  for (const shift of rankShifts(rows.filter((r) => r.is_home_city))) {
    const item = document.createElement('li');
    item.className = `shift shift-${shift.direction}`;
    item.dataset.park = shift.parkId;
    const name = document.createElement('span');
    name.className = 'shift-name';
    name.textContent = displayText(shift.name);
    const track = document.createElement('span');
    track.className = 'shift-track';
    track.setAttribute('aria-hidden', 'true');
    const bar = document.createElement('span');
    bar.className = 'shift-bar';
    bar.style.setProperty('left', `${Math.min(shift.officialAt, shift.whatIfAt)}%`);
    bar.style.setProperty('width', `${Math.abs(shift.officialAt - shift.whatIfAt)}%`);
    const from = document.createElement('span');
    from.className = 'shift-from';
    from.style.setProperty('left', `${shift.officialAt}%`);
    const to = document.createElement('span');
    to.className = 'shift-to';
    to.style.setProperty('left', `${shift.whatIfAt}%`);
    track.append(bar, from, to);
    const text = document.createElement('span');
    text.className = 'shift-text';
    text.textContent = shift.text;
    item.append(name, track, text);
    list.append(item);
  }
  figure.append(caption, list);
  return figure;
}

function renderWhatIf(all: WhatIfRow[]): string {
  const shown = all.filter((r) => r.in_view);
  const { listed_count: listed, up_count: up, down_count: down } = all[0] ?? { listed_count: 0, up_count: 0, down_count: 0 };
  if (all.length === 0) {
    const reason = document.createElement('p');
    reason.textContent = noValuesReason(true);
    whatIfResult.replaceChildren(reason);
    return `${view.period}年度无法模拟`;
  }
  const result = document.createElement('div');
  result.className = 'table-frame';
  const scroller = document.createElement('div');
  scroller.className = 'table-scroll';
  scroller.tabIndex = 0;
  scroller.setAttribute('role', 'region');
  scroller.setAttribute('aria-label', '权重模拟结果');
  const tableElement = document.createElement('table');
  tableElement.id = 'what-if-table';
  tableElement.className = 'key-columns';
  const filtered = view.city || view.level || view.kind || view.q;
  tableElement.createCaption().textContent = `按模拟权重重新排名（${view.period}年度${filtered ? `，筛选出${listed}个园区` : ''}）`;
  const head = tableElement.createTHead().insertRow();
  for (const [label, numeric] of [['模拟排名', true], ['园区', false], ['名次变化', true], ['模拟总分', true], ['官方排名', true], ['城市', false]] as const) {
    const th = cell('th', label, numeric);
    th.scope = 'col';
    head.append(th);
  }
  const body = tableElement.createTBody();
  const badge = view.city !== homeCity;
  for (const row of shown) {
    const tr = body.insertRow();
    if (row.is_home_city) tr.className = 'home-city';
    tr.dataset.park = row.park_id;
    const name = cell('th', displayText(row.name_zh), false);
    name.scope = 'row';
    if (badge && row.is_home_city) {
      const mark = document.createElement('span');
      mark.className = 'badge';
      mark.textContent = '本市';
      name.append(mark);
    }
    // A vetoed park has no rank either way: no change to show.
    tr.append(cell('td', row.whatif_rank === null ? '—' : String(row.whatif_rank), true), name, cell('td', formatRankChange(row.moved), true),
      cell('td', formatPoints(row.score), true), cell('td', row.official_rank === null ? '—' : String(row.official_rank), true), cell('td', row.city, false));
  }
  scroller.append(tableElement);
  result.append(scroller);
  const cue = document.createElement('p');
  cue.className = 'scroll-cue';
  cue.textContent = '表格较宽，可左右滑动查看其余各列 →';
  const note = document.createElement('p');
  note.textContent = hiddenRowsNote(listed - shown.length);
  whatIfResult.replaceChildren(shiftChart(all), result, cue, note);
  watchTableScroll(result);
  return `模拟完成：${up}个园区名次上升，${down}个下降`;
}

async function updateWhatIf(engine: BrowserEngine): Promise<string> {
  await engine.exec(setWeightsSql(view.weights));
  try {
    return renderWhatIf(await engine.query<WhatIfRow>(whatIfSql(view, SHOWN_ROWS)));
  } finally {
    await engine.exec(RESET_WEIGHTS_SQL);
  }
}

const weighted = () => Object.keys(view.weights).length > 0;

function refresh(): void {
  writeUrl();
  void withEngine(status, viewPeriods, updateTable);
  // The what-if answers for the parks the filters show.
  if (weighted()) void withEngine(whatIfStatus, viewPeriods, updateWhatIf);
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
  view = { ...view, parks: pickedParks() };
  writeUrl();
  void updateHistory();
});

whatIfForm.addEventListener('submit', (event) => {
  event.preventDefault();
  view = { ...view, weights: whatIfWeights() };
  writeUrl();
  void withEngine(whatIfStatus, viewPeriods, updateWhatIf);
});
whatIfForm.addEventListener('input', showTotal);
whatIfForm.addEventListener('reset', () => {
  view = { ...view, weights: {} };
  writeUrl();
  whatIfResult.replaceChildren();
  whatIfStatus.textContent = '已恢复官方权重。';
  // The form's fields take their reset values after this event.
  setTimeout(showTotal);
});

const early = changedFilters();
const pickedEarly = parkBoxes.some((box) => box.checked !== box.defaultChecked);
view = withFilters(view, early, periods);
if (pickedEarly) view = { ...view, parks: pickedParks() };
if (Object.keys(early).length > 0 || pickedEarly) writeUrl();
showView();
if (viewToSearch({ ...view, parks: [], weights: {} }, periods) !== '') void withEngine(status, viewPeriods, updateTable);
if (view.parks.length > 0) void updateHistory();
if (weighted()) {
  whatIfPanel.open = true;
  showTotal();
  void withEngine(whatIfStatus, viewPeriods, updateWhatIf);
}
warmUpWhenIdle(withPrevious(periods.at(-1)!, periods));
