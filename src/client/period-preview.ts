/**
 * Preview before publishing: the files of a whole period, dropped on the check page, are put over
 * this site's own source files, checked by the build's validator and, when nothing stands in the
 * way, scored by DuckDB-WASM with the build's scoring SQL. The page shows every problem, then the
 * ranking the site would publish and how each park's place differs from what the site shows now.
 * Nothing is sent anywhere: the page only downloads this site's files.
 */
import { referenceRows } from '../lib/check/reference-tables.ts';
import { overlayPeriod, placePeriodFiles, siteSourcePaths, snapshotPeriod, type DroppedFile } from '../lib/check/preview-files.ts';
import type { BrowserEngine } from '../lib/sql/engine-wasm-browser.ts';
import type { RankingRow } from '../lib/sql/scoring.ts';
import { validateDataFolder } from '../lib/validate/folder.ts';
import { formatIssues, formatSummary } from '../lib/validate/format.ts';
import { ISSUES_KEPT_PER_FILE } from '../lib/validate/issues.ts';
import { memorySource } from '../lib/validate/source.ts';
import { previewRows, type PreviewRow } from '../lib/views/preview-changes.ts';
import { hiddenRowsNote, limitRows } from '../lib/views/row-limit.ts';
import { sitePath } from '../lib/site-path.ts';
import { onFilesDropped } from './drop-zone.ts';
import { renderIssues } from './issue-list.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('preview-form');
const filesInput = $<HTMLInputElement>('preview-files');
const periodInput = $<HTMLInputElement>('preview-period');
const dropZone = $<HTMLElement>('preview-drop');
const status = $<HTMLElement>('preview-status');
const result = $<HTMLElement>('preview-result');
const summary = $<HTMLElement>('preview-summary');
const issueList = $<HTMLOListElement>('preview-issues');
const ranking = $<HTMLElement>('preview-ranking');
const homeBody = $<HTMLTableSectionElement>('preview-home');
const allBody = $<HTMLTableSectionElement>('preview-all');
const allNote = $<HTMLElement>('preview-all-note');

let dropped: DroppedFile[] = [];
let engine: BrowserEngine | null = null;

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

let siteFiles: Promise<Record<string, Uint8Array>> | null = null;
/** The data folder this site was built from, as published under data/source/, fetched once. */
function siteFolder(): Promise<Record<string, Uint8Array>> {
  siteFiles ??= (async () => {
    const pkg = JSON.parse(new TextDecoder().decode(await fetchBytes(sitePath('data/datapackage.json')))) as { checksums: { path: string }[] };
    const paths = siteSourcePaths(pkg);
    const bytes = await Promise.all(paths.map((path) => fetchBytes(sitePath(`data/source/${path}`))));
    return Object.fromEntries(paths.map((path, i) => [path, bytes[i]!]));
  })().catch((error: unknown) => {
    siteFiles = null;
    throw error;
  });
  return siteFiles;
}

async function score(data: NonNullable<Awaited<ReturnType<typeof validateDataFolder>>['dataset']>, period: string): Promise<RankingRow[]> {
  // Imported here, not above: DuckDB-WASM is only downloaded once there is something to score.
  const [{ openBrowserEngine }, { scoreDataset, periodRankings }, { default: scoringSql }] = await Promise.all([
    import('../lib/sql/engine-wasm-browser.ts'),
    import('../lib/sql/preview-scoring.ts'),
    import('../lib/sql/scoring.sql?raw'),
  ]);
  // A fresh database for each preview: the inputs are loaded whole, once.
  await engine?.close();
  engine = await openBrowserEngine();
  await scoreDataset(engine, data, scoringSql);
  return periodRankings(engine, period);
}

function cell(tag: 'td' | 'th', text: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  if (tag === 'th') element.scope = 'row';
  return element;
}

function fillTable(body: HTMLTableSectionElement, rows: readonly PreviewRow[]): void {
  body.replaceChildren(...rows.map((row) => {
    const tr = document.createElement('tr');
    tr.dataset.park = row.park_id;
    if (row.is_home_city) tr.className = 'home';
    tr.append(cell('td', row.rank), cell('th', row.name_zh), cell('td', row.city), cell('td', row.score), cell('td', row.tier), cell('td', row.previous), cell('td', row.site));
    return tr;
  }));
}

async function preview(): Promise<void> {
  const period = periodInput.value.trim();
  if (dropped.length === 0 || period === '') return;
  ranking.hidden = true;
  status.textContent = `正在检查 ${period} 期次的 ${dropped.length} 个文件…`;
  try {
    const site = await siteFolder();
    const placed = placePeriodFiles(dropped, period);
    const folder = overlayPeriod(site, period, placed.files);
    const checked = await validateDataFolder(memorySource(folder));
    const unplaced = placed.unplaced.map((name) => `${name}：不是期次文件夹中的文件（values、benchmarks、adjustments、snapshot.json 等），未使用 / not a period file, not used`);
    const duplicates = placed.duplicates.map((name) => `${name}：与另一个文件是同一张表，以后选的为准 / same table as another file; this one is used`);
    const lines = formatIssues(checked.issues, checked.counts, ISSUES_KEPT_PER_FILE);
    renderIssues(issueList, [...unplaced, ...duplicates, ...lines], [...unplaced.map(() => 'warning' as const), ...duplicates.map(() => 'warning' as const), ...checked.issues.map((i) => i.severity)]);
    summary.textContent = formatSummary(checked.counts);
    result.hidden = false;
    if (!checked.dataset) {
      status.textContent = `${period} 期次有错误，改正后才能计算排名。`;
      return;
    }
    status.textContent = `校验通过，正在用 DuckDB-WASM 按本站评分规则计算 ${period} 期次的排名…`;
    const published = site[`snapshots/${period}/snapshot.json`] !== undefined;
    const [rows, current] = await Promise.all([
      score(checked.dataset, period),
      published ? fetchBytes(sitePath(`data/periods/${period}/rankings.csv`)).then((bytes) => referenceRows('rankings', bytes) as unknown as RankingRow[]) : null,
    ]);
    const table = previewRows(rows, current);
    fillTable(homeBody, table.filter((row) => row.is_home_city));
    const { shown, hidden } = limitRows(table);
    fillTable(allBody, shown);
    allNote.textContent = hiddenRowsNote(hidden);
    ranking.hidden = false;
    status.textContent = `预览完成：${period} 期次共 ${rows.length} 个园区，${published ? '与本站现有的同期排名比较' : '本站尚未发布此期次'}。`;
  } catch (error) {
    console.error(error);
    status.textContent = `预览失败：${error instanceof Error ? error.message : String(error)}`;
  }
}

async function pick(files: FileList | null | undefined): Promise<void> {
  if (!files || files.length === 0) return;
  dropped = await Promise.all([...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
  const snapshot = dropped.find((file) => file.name.toLowerCase() === 'snapshot.json');
  const named = snapshot && snapshotPeriod(snapshot.bytes);
  if (named) periodInput.value = named;
  await preview();
}

filesInput.addEventListener('change', () => void pick(filesInput.files));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void preview();
});
onFilesDropped(dropZone, (files) => void pick(files));
