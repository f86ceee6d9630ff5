/**
 * A small .xlsx writer for the period templates: text and number cells, column widths, a bold
 * header row, and data validation (drop-down lists, number checks) — what an officer's template
 * needs and what general spreadsheet writers without styles or validation leave out. The same
 * sheets give the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

export type CellValue = string | number | null;

export interface Validation {
  /** Cells it applies to, e.g. B2:B500. */
  range: string;
  /** A list of allowed values (a drop-down), or any number between two bounds. */
  rule: { list: readonly string[] } | { listRange: string } | { between: [number, number] };
  /** Shown when the cell is selected. */
  prompt?: string;
  error: string;
}

export interface SheetSpec {
  name: string;
  rows: CellValue[][];
  /** Column widths in characters. */
  widths?: number[];
  /** The first row is a header: bold, and kept in view when scrolling. */
  header?: boolean;
  validations?: Validation[];
}

const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** 0 → A, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function cellXml(value: CellValue, ref: string, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === null || value === '') return style ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xml(value)}</t></is></c>`;
}

function validationXml(v: Validation): string {
  const messages = `showErrorMessage="1" errorTitle="输入有误" error="${xml(v.error)}"${v.prompt ? ` showInputMessage="1" prompt="${xml(v.prompt)}"` : ''}`;
  if ('between' in v.rule) {
    return `<dataValidation type="decimal" operator="between" allowBlank="1" ${messages} sqref="${v.range}"><formula1>${v.rule.between[0]}</formula1><formula2>${v.rule.between[1]}</formula2></dataValidation>`;
  }
  const formula = 'list' in v.rule ? `"${v.rule.list.join(',')}"` : v.rule.listRange;
  return `<dataValidation type="list" allowBlank="1" ${messages} sqref="${v.range}"><formula1>${xml(formula)}</formula1></dataValidation>`;
}

function sheetXml(sheet: SheetSpec): string {
  const cols = sheet.widths?.length
    ? `<cols>${sheet.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
    : '';
  const frozen = sheet.header
    ? '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>'
    : '';
  const rows = sheet.rows.map((row, r) => {
    const style = sheet.header && r === 0 ? 1 : 0;
    return `<row r="${r + 1}">${row.map((value, c) => cellXml(value, `${columnName(c)}${r + 1}`, style)).join('')}</row>`;
  }).join('');
  const validations = sheet.validations?.length
    ? `<dataValidations count="${sheet.validations.length}">${sheet.validations.map(validationXml).join('')}</dataValidations>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frozen}${cols}<sheetData>${rows}</sheetData>${validations}</worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs></styleSheet>`;

/** The workbook's bytes; `mtime` is the date stored for every part, so the output is reproducible. */
export function writeXlsx(sheets: readonly SheetSpec[], mtime = new Date(Date.UTC(2000, 0, 1))): Uint8Array {
  const parts: Record<string, string> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${xml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    'xl/styles.xml': STYLES,
  };
  sheets.forEach((sheet, i) => { parts[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(sheet); });
  const entries: Zippable = Object.fromEntries(Object.entries(parts).map(([path, text]) => [path, [strToU8(text), { mtime }]]));
  return zipSync(entries);
}
