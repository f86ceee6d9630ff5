/** A CSV header against the table definition: duplicate, unknown and missing columns. */
import type { TableDef } from '../contract/schema.ts';
import { IssueLog, columnLabel } from './issues.ts';
import type { CsvRecord } from './parse-csv.ts';

export interface HeaderMap {
  /** 0-based field index of each defined column the file has. */
  positions: Map<string, number>;
  /** false when a required column is missing. */
  complete: boolean;
}

export function mapHeader(def: TableDef, header: CsvRecord, file: string, log: IssueLog): HeaderMap {
  const positions = new Map<string, number>();
  const defined = new Set(def.columns.map((column) => column.name));
  header.fields.forEach((name, index) => {
    const where = { file, line: header.line, column: index + 1, columnName: name };
    const label = columnLabel(name);
    const first = positions.get(name);
    if (first !== undefined) {
      log.add(where, { code: 'DUPLICATE_COLUMN', zh: `${label.zh}重复（第 ${first + 1} 列已是该列）`, en: `${label.en} appears again (it is column ${first + 1})` });
    } else if (defined.has(name)) {
      positions.set(name, index);
    } else if (name === '') {
      log.add(where, { code: 'UNKNOWN_COLUMN', zh: `第 ${index + 1} 列没有列名，已忽略`, en: `column ${index + 1} has no name; ignored` });
    } else {
      log.add(where, { code: 'UNKNOWN_COLUMN', zh: `${label.zh}不在数据约定中，已忽略`, en: `${label.en} is not in the data contract; ignored` });
    }
  });
  let complete = true;
  for (const column of def.columns) {
    if (positions.has(column.name) || !(column.required || column.essential)) continue;
    complete = false;
    const label = columnLabel(column.name);
    const why = column.required ? { zh: '', en: '' } : { zh: '：单元格可以留空，但这一列必须有', en: ': its cells may be empty, but the column must be there' };
    log.add({ file, line: header.line, column: null, columnName: column.name }, {
      code: 'MISSING_COLUMN',
      zh: `缺少必需的${label.zh}（${column.title_zh}）${why.zh}`,
      en: `the required ${label.en} (${column.title_en}) is missing${why.en}`,
    });
  }
  return { positions, complete };
}
