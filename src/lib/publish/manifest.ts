/** The list of every downloadable file the build writes: what the downloads page and the ZIP's README show. */

/**
 * package: the ZIP, datapackage.json, scoring.sql; table: a whole published table; plain: the same
 * CSV without the byte-order mark, which datapackage.json points at for data tools; period: one
 * period of a table; source: an input file as received.
 */
export type DownloadGroup = 'package' | 'table' | 'plain' | 'period' | 'source';

export interface DownloadFile {
  /** Path inside the site's data/ folder, e.g. periods/2025/rankings.csv */
  path: string;
  group: DownloadGroup;
  /** What the file holds. */
  title_zh: string;
  title_en: string;
  format: 'csv' | 'parquet' | 'json' | 'sql' | 'zip';
  /** The published table the file holds; for a source file the input table read from it; else null. */
  table: string | null;
  period: string | null;
  /** Data rows; null for a file that is not a table. */
  rows: number | null;
  bytes: number;
  sha256: string;
}

export interface Manifest {
  /** datapackage.json's version. */
  version: string;
  /** The data's publication date (see publicationDate), ISO 8601. */
  created: string;
  files: DownloadFile[];
}

/** The name of the ZIP of everything, in the data folder. */
export const ZIP_FILE = 'park-scorecard-data.zip';

/** The folder of the whole tables' CSV without byte-order mark, in the data folder. */
export const PLAIN_FOLDER = 'plain';

/** The folder of the input files as received, in the data folder. */
export const SOURCE_FOLDER = 'source';

/** The manifest's name among the site data the pages read (SITE_DATA_DIR/files.json). */
export const MANIFEST_NAME = 'files';
