/**
 * Excel workbooks (.xlsx) read as the CSV file of the same table, so every check runs on them
 * unchanged: a sheet becomes CSV text, and each CSV field remembers the cell it came from, so an
 * issue points at `values.xlsx:Sheet1!D17`. Merged cells count as their top-left cell everywhere
 * they cover; a formula counts as the value Excel saved with it; a date cell as YYYY-MM-DD. A
 * values sheet may also be wide, as officials keep it: one row per park, one column per
 * indicator, headed by indicator id or Chinese name, a unit in brackets allowed.
 *
 * The parser (@e965/xlsx, SheetJS) is imported only when a workbook is actually read, so no page
 * downloads it unless it reads Excel.
 */
import type { CellObject, WorkSheet } from '@e965/xlsx';
import type { Column, TableDef } from '../contract/schema.ts';
import type { Problem } from './issues.ts';

type Xlsx = typeof import('@e965/xlsx');

/** One sheet as text, row by row, with the address of each cell. */
interface Grid {
  sheet: string;
  cells: string[][];
  ref(row: number, column: number): string;
}

/** An indicator as a wide sheet's header may name it. */
export interface IndicatorName {
  indicator_id: string;
  name_zh: string;
  unit: string;
}

export interface SheetTable {
  sheet: string;
  /** The table as CSV text in the contract's layout (long for values). */
  csv: string;
  /** The cell each CSV field came from, by CSV line then field (0-based); line 0 is the header. */
  refs: (string | null)[][];
  /** Problems of the sheet's own layout, at a cell. */
  problems: { ref: string; problem: Problem }[];
}

export const WORKBOOK_EXTENSION = '.xlsx';

/** The workbook that may stand in for a CSV file: values.csv → values.xlsx. */
export const workbookPath = (csvPath: string): string => csvPath.replace(/\.csv$/i, WORKBOOK_EXTENSION);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function cellText(cell: CellObject | undefined, xlsx: Xlsx): string {
  if (!cell) return '';
  if (cell.f !== undefined && (cell.v === undefined || cell.v === '')) return `=${cell.f}`;
  if (cell.t === 'n' && typeof cell.z === 'string' && xlsx.SSF.is_date(cell.z)) {
    const { y, m, d } = xlsx.SSF.parse_date_code(cell.v) as { y: number; m: number; d: number };
    return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
  }
  // A percent-formatted 35% is stored as 0.35; the contract writes it 35 or 35%.
  if (cell.t === 'n' && typeof cell.z === 'string' && cell.z.includes('%')) return `${Number((Number(cell.v) * 100).toPrecision(12))}%`;
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.t === 'b') return cell.v ? 'true' : 'false';
  return cell.v === undefined ? '' : String(cell.v).trim();
}

function grid(name: string, sheet: WorkSheet, xlsx: Xlsx): Grid {
  const range = sheet['!ref'] ? xlsx.utils.decode_range(sheet['!ref']) : { s: { r: 0, c: 0 }, e: { r: -1, c: -1 } };
  const cells: string[][] = [];
  for (let r = 0; r <= range.e.r; r += 1) {
    const row: string[] = [];
    for (let c = 0; c <= range.e.c; c += 1) row.push(cellText(sheet[xlsx.utils.encode_cell({ r, c })] as CellObject | undefined, xlsx));
    cells.push(row);
  }
  for (const merge of sheet['!merges'] ?? []) {
    const text = cells[merge.s.r]?.[merge.s.c] ?? '';
    for (let r = merge.s.r; r <= merge.e.r; r += 1) {
      for (let c = merge.s.c; c <= merge.e.c; c += 1) if (cells[r]) cells[r]![c] = text;
    }
  }
  const quoted = /^[A-Za-z_][\w.]*$/.test(name) ? name : `'${name.replaceAll("'", "''")}'`;
  return { sheet: name, cells, ref: (r, c) => `${quoted}!${xlsx.utils.encode_cell({ r, c })}` };
}

/** '亩均税收（万元/亩）' → { name: '亩均税收', unit: '万元/亩' }. */
export function splitUnit(header: string): { name: string; unit: string | null } {
  const match = /^(.*?)\s*[（(【[]([^）)】\]]*)[）)】\]]\s*$/.exec(header.trim());
  return match ? { name: match[1]!.trim(), unit: match[2]!.trim() } : { name: header.trim(), unit: null };
}

/** The contract column a header cell names: by its name or its Chinese title, units aside. */
function columnNamed(def: TableDef, header: string): Column | undefined {
  const { name } = splitUnit(header);
  const lower = name.toLowerCase();
  return def.columns.find((c) => c.name.toLowerCase() === lower || c.title_zh === name);
}

const csvField = (text: string) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const csvLine = (fields: readonly string[]) => fields.map(csvField).join(',');
const isBlank = (row: readonly string[] | undefined) => !row || row.every((text) => text === '');

/** Rows searched for the header: a title or a note may sit above it. */
const HEADER_SEARCH_ROWS = 20;

const identifying = (def: TableDef) => (def.primaryKey.length > 0 ? def.primaryKey : def.columns.filter((c) => c.required).map((c) => c.name));

/** The table in its long layout: the header row's columns under their contract names. */
function longTable(g: Grid, headerRow: number, def: TableDef): SheetTable {
  const header = g.cells[headerRow]!.map((text) => columnNamed(def, text)?.name ?? text);
  const used = header.map((name, c) => name !== '' || g.cells.slice(headerRow + 1).some((row) => (row[c] ?? '') !== ''));
  const keep = (row: readonly string[]) => row.filter((_, c) => used[c]);
  const columns = header.map((_, c) => c).filter((c) => used[c]);
  const lines = [csvLine(keep(header))];
  const refs: (string | null)[][] = [columns.map((c) => g.ref(headerRow, c))];
  for (let r = headerRow + 1; r < g.cells.length; r += 1) {
    const row = g.cells[r]!;
    if (isBlank(row)) continue;
    lines.push(csvLine(keep(header.map((_, c) => row[c] ?? ''))));
    refs.push(columns.map((c) => g.ref(r, c)));
  }
  return { sheet: g.sheet, csv: `${lines.join('\n')}\n`, refs, problems: [] };
}

const indicatorNamed = (indicators: readonly IndicatorName[], name: string) =>
  indicators.find((i) => i.indicator_id.toLowerCase() === name.trim().toLowerCase() || i.name_zh === name.trim());

/** One row per park, one column per indicator → one CSV line per park and indicator. */
function wideTable(g: Grid, headerRow: number, def: TableDef, parkColumn: number, indicators: readonly IndicatorName[]): SheetTable {
  const problems: SheetTable['problems'] = [];
  const columns: { c: number; indicator: IndicatorName }[] = [];
  const informational = new Set(['name_zh', '园区名称', '园区', 'city', '城市', '所在城市', '序号', 'no', 'level', 'kind']);
  for (const [c, text] of g.cells[headerRow]!.entries()) {
    if (c === parkColumn || text === '') continue;
    // A name may itself end in brackets: 亩均固定资产投资（投资强度）.
    const whole = indicatorNamed(indicators, text);
    const { name, unit } = whole ? { name: text, unit: null } : splitUnit(text);
    const indicator = whole ?? indicatorNamed(indicators, name);
    if (!indicator) {
      if (!informational.has(name.toLowerCase())) {
        problems.push({ ref: g.ref(headerRow, c), problem: { code: 'UNKNOWN_COLUMN', zh: `表头“${text}”不是任何指标的代码或名称，该列已忽略`, en: `header "${text}" names no indicator; the column is ignored` } });
      }
      continue;
    }
    if (unit !== null && unit !== '' && unit !== indicator.unit) {
      problems.push({ ref: g.ref(headerRow, c), problem: { code: 'UNIT_MISMATCH', zh: `表头“${text}”的单位“${unit}”与指标 ${indicator.indicator_id} 的单位“${indicator.unit}”不同`, en: `header "${text}": unit "${unit}" is not ${indicator.indicator_id}'s unit "${indicator.unit}"` } });
    }
    columns.push({ c, indicator });
  }
  const names = def.columns.map((column) => column.name);
  const lines = [csvLine(names)];
  const refs: (string | null)[][] = [names.map(() => null)];
  for (let r = headerRow + 1; r < g.cells.length; r += 1) {
    const row = g.cells[r]!;
    const park = row[parkColumn] ?? '';
    if (park === '' && columns.every(({ c }) => (row[c] ?? '') === '')) continue;
    for (const { c, indicator } of columns) {
      const fields: Record<string, string> = { park_id: park, indicator_id: indicator.indicator_id, value: row[c] ?? '' };
      const cellRefs: Record<string, string> = { park_id: g.ref(r, parkColumn), indicator_id: g.ref(headerRow, c), value: g.ref(r, c) };
      lines.push(csvLine(names.map((name) => fields[name] ?? '')));
      refs.push(names.map((name) => cellRefs[name] ?? g.ref(r, c)));
    }
  }
  return { sheet: g.sheet, csv: `${lines.join('\n')}\n`, refs, problems };
}

/** The first sheet, and the first row in it, that holds `def`'s table, long or (for values) wide. */
function findTable(grids: readonly Grid[], def: TableDef, indicators: readonly IndicatorName[]): SheetTable | null {
  for (const g of grids) {
    for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, g.cells.length); r += 1) {
      const named = g.cells[r]!.map((text) => columnNamed(def, text)?.name);
      if (identifying(def).every((name) => named.includes(name))) return longTable(g, r, def);
      const parkColumn = named.indexOf('park_id');
      // A row above the header may name the park column too, merged down over both rows.
      const wideValues = def.name === 'values' && parkColumn >= 0 && !named.includes('indicator_id')
        && g.cells[r]!.some((text) => indicatorNamed(indicators, text) ?? indicatorNamed(indicators, splitUnit(text).name));
      if (wideValues) return wideTable(g, r, def, parkColumn, indicators);
    }
  }
  return null;
}

export type WorkbookResult = { table: SheetTable } | { problem: Problem };

/** The sheet of `bytes` that holds `def`'s table, as CSV; or why there is none. */
export async function readWorkbookTable(bytes: Uint8Array, def: TableDef, indicators: readonly IndicatorName[]): Promise<WorkbookResult> {
  // An .xlsx file is a ZIP archive; the parser would read anything else as text.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    return { problem: { code: 'BAD_WORKBOOK', zh: '文件不是 .xlsx 工作簿（不是 ZIP 格式；旧版 .xls 请另存为 .xlsx）', en: 'The file is not an .xlsx workbook (not a ZIP archive; save an old .xls as .xlsx)' } };
  }
  const xlsx = await import('@e965/xlsx');
  let grids: Grid[];
  try {
    const book = xlsx.read(bytes, { type: 'array', cellFormula: true, cellNF: true, cellDates: false });
    grids = book.SheetNames.map((name) => grid(name, book.Sheets[name]!, xlsx));
  } catch (error) {
    return { problem: { code: 'BAD_WORKBOOK', zh: `无法读取 Excel 工作簿（${String(error)}）`, en: `The Excel workbook cannot be read (${String(error)})` } };
  }
  const table = findTable(grids, def, indicators);
  if (table) return { table };
  const wanted = identifying(def).join(', ');
  return { problem: { code: 'NO_TABLE_SHEET', zh: `没有哪个工作表的表头含有 ${wanted}`, en: `No sheet has a header row with ${wanted}` } };
}
