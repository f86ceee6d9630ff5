/**
 * The check page: a CSV file picked or dropped is read in the browser and checked by the
 * validator the build runs, against the site's own published tables for cross-file references.
 * The file never leaves the page.
 */
import { CSV_TABLES } from '../lib/contract/inputs.ts';
import { headerNames, inferTable, isWorkbook, tableNamed } from '../lib/check/infer-table.ts';
import { referenceRows, referenceTables } from '../lib/check/reference-tables.ts';
import { validateTableFile, validateWorkbookFile, type TableFileOptions } from '../lib/validate/file.ts';
import { formatIssues, formatSummary } from '../lib/validate/format.ts';
import { ISSUES_KEPT_PER_FILE } from '../lib/validate/issues.ts';
import { onFilesDropped } from './drop-zone.ts';
import { renderIssues } from './issue-list.ts';
import { sitePath } from '../lib/site-path.ts';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const form = $<HTMLFormElement>('check-form');
const fileInput = $<HTMLInputElement>('check-file');
const tableSelect = $<HTMLSelectElement>('check-table');
const periodInput = $<HTMLInputElement>('check-period');
const dropZone = $<HTMLElement>('drop-zone');
const status = $<HTMLElement>('check-status');
const resultSection = $<HTMLElement>('check-result');
const summary = $<HTMLElement>('check-summary');
const issueList = $<HTMLOListElement>('check-issues');
const referenceNote = $<HTMLElement>('check-references');

let file: File | null = null;
const published = new Map<string, Promise<Record<string, unknown>[]>>();

/** A published table's rows, fetched from this site once per page. */
function publishedRows(name: string): Promise<Record<string, unknown>[]> {
  let rows = published.get(name);
  if (!rows) {
    rows = fetch(sitePath(`data/browser/${name}.csv`))
      .then(async (response) => {
        if (!response.ok) throw new Error(`${response.url}: HTTP ${response.status}`);
        return referenceRows(name, new Uint8Array(await response.arrayBuffer()));
      })
      .catch((error: unknown) => {
        published.delete(name);
        throw error;
      });
    published.set(name, rows);
  }
  return rows;
}

async function references(names: readonly string[]): Promise<TableFileOptions['refs'] | null> {
  try {
    return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await publishedRows(name)] as const)));
  } catch (error) {
    console.warn('Published tables unavailable:', error);
    return null;
  }
}

async function check(): Promise<void> {
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  const workbook = isWorkbook(file.name);
  const def = CSV_TABLES.find((table) => table.name === tableSelect.value)
    ?? (workbook ? tableNamed(file.name, CSV_TABLES) : inferTable(headerNames(bytes)));
  if (!def) {
    resultSection.hidden = true;
    status.textContent = `无法从${workbook ? '文件名' : '表头'}判断“${file.name}”是哪一张表，请在“表格类型”中选择。`;
    return;
  }
  status.textContent = `正在检查“${file.name}”（按${def.title_zh} ${def.file} 检查）…`;
  const names = referenceTables(def);
  const refs = await references(names);
  const period = def.perPeriod ? periodInput.value.trim() || periodInput.defaultValue : undefined;
  const options = { period, refs: refs ?? {} };
  const result = workbook ? await validateWorkbookFile(def, bytes, options) : validateTableFile(def, bytes, options);
  // One file: its issues line up with its formatted lines, the last perhaps saying how many more there are.
  renderIssues(issueList, formatIssues(result.issues, result.counts, ISSUES_KEPT_PER_FILE), result.issues.map((issue) => issue.severity));
  summary.textContent = formatSummary(result.counts);
  referenceNote.textContent = names.length === 0
    ? ''
    : refs
      ? `引用（${names.join('、')}）已对照本站已发布的数据检查。`
      : `未能载入本站已发布的 ${names.join('、')} 数据，本次未检查跨文件引用（如未知的园区代码）。`;
  resultSection.hidden = false;
  status.textContent = `检查完成：“${file.name}”按${def.title_zh}（${def.file.replace('<period>', period ?? '')}）检查。`;
}

function pick(picked: File | undefined): void {
  if (!picked) return;
  file = picked;
  void check();
}

fileInput.addEventListener('change', () => pick(fileInput.files?.[0]));
form.addEventListener('submit', (event) => {
  event.preventDefault();
  void check();
});
tableSelect.addEventListener('change', () => void check());
periodInput.addEventListener('change', () => void check());
onFilesDropped(dropZone, (files) => pick(files?.[0]));
for (const hidden of document.querySelectorAll<HTMLElement>('[data-needs-js]')) hidden.hidden = false;
