/**
 * A whole period dropped on the check page, put where a data folder keeps it, over the site's own
 * source files: the validator and the scoring then see exactly the folder the officer would publish.
 */
import { CSV_TABLES, snapshots } from '../contract/inputs.ts';
import { SOURCE_FOLDER } from '../publish/manifest.ts';
import type { TableDef } from '../contract/schema.ts';
import { fileOf } from '../validate/rows.ts';
import { workbookPath } from '../validate/workbook.ts';
import { headerNames, inferTable, isWorkbook, tableNamed } from './infer-table.ts';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

/** The files a period folder holds: snapshot.json and the per-period tables. */
export const PERIOD_TABLES: readonly TableDef[] = [snapshots, ...CSV_TABLES.filter((table) => table.perPeriod)];

/** The per-period table a dropped file holds: by its file name, else by its CSV header. */
export function periodTableOf(file: DroppedFile): TableDef | null {
  const byName = tableNamed(file.name, PERIOD_TABLES);
  if (byName) return byName;
  if (!file.name.toLowerCase().endsWith('.csv')) return null;
  const inferred = inferTable(headerNames(file.bytes));
  return inferred?.perPeriod ? inferred : null;
}

export interface PlacedPeriod {
  /** Data-folder path → bytes, for the files recognised. */
  files: Record<string, Uint8Array>;
  /** Names of the dropped files that are not a table of a period folder. */
  unplaced: string[];
  /** Names of files dropped twice for the same table (the later one is used). */
  duplicates: string[];
}

export function placePeriodFiles(dropped: readonly DroppedFile[], period: string): PlacedPeriod {
  const placed: PlacedPeriod = { files: {}, unplaced: [], duplicates: [] };
  for (const file of dropped) {
    const table = periodTableOf(file);
    if (!table) {
      placed.unplaced.push(file.name);
      continue;
    }
    // A workbook keeps its name, values.xlsx, where the validator looks for one.
    const path = isWorkbook(file.name) ? workbookPath(fileOf(table, period)) : fileOf(table, period);
    if (path in placed.files) placed.duplicates.push(file.name);
    placed.files[path] = file.bytes;
  }
  return placed;
}

/**
 * The site's data folder with the period replaced by the dropped files: the site's files of that
 * period go (its snapshot.json stays unless one was dropped; earlier versions under previous/ stay).
 */
export function overlayPeriod(site: Readonly<Record<string, Uint8Array>>, period: string, placed: Readonly<Record<string, Uint8Array>>): Record<string, Uint8Array> {
  const folder = `snapshots/${period}/`;
  const kept = Object.entries(site).filter(([path]) =>
    !path.startsWith(folder) || path.startsWith(`${folder}previous/`) || path === fileOf(snapshots, period));
  return { ...Object.fromEntries(kept), ...placed };
}

/** The data-folder paths of the source files datapackage.json lists (under source/), as the site published them. */
export function siteSourcePaths(pkg: { checksums: readonly { path: string }[] }): string[] {
  const prefix = `${SOURCE_FOLDER}/`;
  return pkg.checksums.filter((file) => file.path.startsWith(prefix)).map((file) => file.path.slice(prefix.length));
}

/** The period a dropped snapshot.json names, if it names one. */
export function snapshotPeriod(bytes: Uint8Array): string | null {
  try {
    const period = (JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')) as { period?: unknown }).period;
    return typeof period === 'string' && period.trim() !== '' ? period.trim() : null;
  } catch {
    return null;
  }
}
