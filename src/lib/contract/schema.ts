/** The vocabulary every table definition is written in. */

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'enum';

export interface Column {
  name: string;
  type: ColumnType;
  /** false: an empty cell (or a missing marker, for numbers) is allowed and becomes null. */
  required: boolean;
  /** Allowed values of an enum column. */
  values?: readonly string[];
  /** Inclusive bounds for numbers; `exclusiveMin` makes the lower bound strict (area > 0). */
  min?: number;
  max?: number;
  exclusiveMin?: boolean;
  unit?: string;
  /** Value used when the column is absent or the cell is empty (only for required: false). */
  default?: string | number | boolean;
  /**
   * The file's figures: a cell may be empty, but the header must have the column and some row a
   * value in it, so that a whole file's numbers cannot vanish unnoticed.
   */
  essential?: boolean;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
}

export interface ForeignKey {
  fields: string[];
  table: string;
  reference: string[];
}

export interface TableDef {
  name: string;
  /** Path inside the data folder; `<period>` stands for each snapshot folder. */
  file: string;
  /** Per-period files are read from every data/snapshots/<period>/ folder. */
  perPeriod: boolean;
  /** An optional file may be absent; a required one gets MISSING_FILE. */
  optional: boolean;
  /** A file of this table with a header and no rows is an error: there is nothing to publish. */
  nonEmpty?: boolean;
  title_zh: string;
  title_en: string;
  description_zh: string;
  description_en: string;
  columns: Column[];
  /** Unique within the file (per-period files: within one period). */
  primaryKey: string[];
  foreignKeys: ForeignKey[];
}

/** Markers that mean "no value" in a number cell, besides an empty cell. */
export const MISSING_MARKERS: readonly string[] = ['-', '—', '--', 'NA', 'N/A', 'n/a', 'na', '无', '空'];
