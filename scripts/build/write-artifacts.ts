/** Writes the computed tables where each reader gets them: pages, the browser's DuckDB, downloads. */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import { computePublished, type PublishedRows } from '../../src/lib/publish/compute.ts';
import { buildDataPackage, dataVersion } from '../../src/lib/publish/datapackage.ts';
import { PACKAGE_TITLES } from '../../src/lib/publish/file-titles.ts';
import { MANIFEST_NAME, ZIP_FILE, type DownloadFile, type Manifest } from '../../src/lib/publish/manifest.ts';
import { zipReadme } from '../../src/lib/publish/zip-readme.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { browserInputFiles } from '../../src/lib/sql/load-inputs.ts';
import { copySources } from './copy-sources.ts';
import { DownloadLog, type FileAbout } from './download-log.ts';
import { timed } from './phases.ts';
import { writeTables } from './write-tables.ts';
import { zipDownloads } from './write-zip.ts';

/** JSON the Astro pages read at build time: the site settings, every published table and the downloads manifest. */
/** One JSON row per line, written in slices: a large table is more text than one string can hold. */
function writeNdjson(path: string, rows: readonly unknown[], slice = 10_000): void {
  const fd = openSync(path, 'w');
  try {
    for (let i = 0; i < rows.length; i += slice) writeSync(fd, rows.slice(i, i + slice).map((row) => `${JSON.stringify(row)}\n`).join(''));
  } finally {
    closeSync(fd);
  }
}

export function writeSiteData(dir: string, dataset: Dataset, published: PublishedRows, manifest: Manifest): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'site.json'), JSON.stringify(dataset.site));
  for (const [name, rows] of published) writeNdjson(join(dir, `${name}.ndjson`), rows);
  writeFileSync(join(dir, `${MANIFEST_NAME}.json`), JSON.stringify(manifest));
}

/**
 * The scoring inputs as plain CSV for DuckDB-WASM (which has no Parquet reader offline): the
 * browser recomputes every published table from them with the bundled scoring SQL.
 */
export function writeBrowserTables(dir: string, dataset: Dataset): void {
  for (const [path, csv] of browserInputFiles(dataset)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), csv);
  }
}

export interface ScoringRun {
  dataDir: string;
  dataset: Dataset;
  scoringSql: string;
  created: Date;
  /** DuckDB's worker threads; the output must not depend on them. */
  threads?: number;
  /** Where work that depends only on its inputs' bytes is kept between builds (the ZIP's deflated files). */
  cacheDir?: string;
}

/**
 * Scores the dataset with native DuckDB and writes every download into `dir`, as the build does;
 * `alsoWrite` gets the published rows and the manifest while they are at hand.
 */
export async function scoreAndWriteDownloads(
  dir: string,
  run: ScoringRun,
  alsoWrite: (published: PublishedRows, manifest: Manifest) => void = () => {},
): Promise<Manifest> {
  const engine = await openNativeEngine({ threads: run.threads });
  try {
    const published = await timed('data.score', () => computePublished(engine, run.dataset, run.scoringSql));
    const manifest = await writeDownloads(dir, { ...run, published, engine });
    await timed('data.site', () => alsoWrite(published, manifest));
    return manifest;
  } finally {
    await engine.close();
  }
}

export interface DownloadInputs {
  /** The data folder the dataset was read from. */
  dataDir: string;
  dataset: Dataset;
  published: PublishedRows;
  /** Holding every published table, as computePublished leaves it. */
  engine: SqlEngine;
  scoringSql: string;
  created: Date;
  cacheDir?: string;
}

const GROUP_ORDER: readonly DownloadFile['group'][] = ['package', 'table', 'plain', 'period', 'source'];

/** Grouped as the downloads page shows them, the ZIP first; otherwise in writing order. */
function inPageOrder(files: readonly DownloadFile[]): DownloadFile[] {
  const packageOrder = Object.keys(PACKAGE_TITLES);
  return [...files].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) || packageOrder.indexOf(a.path) - packageOrder.indexOf(b.path));
}

const packageFile = (path: string): FileAbout => ({
  group: 'package', title_zh: PACKAGE_TITLES[path]!.zh, title_en: PACKAGE_TITLES[path]!.en, table: null, period: null, rows: null,
});

/**
 * Every download into `dir`: each table whole and per period as CSV and Parquet, the input files as
 * received, scoring.sql, datapackage.json and a ZIP of it all. Returns the manifest that lists them.
 */
export async function writeDownloads(dir: string, inputs: DownloadInputs): Promise<Manifest> {
  const { dataset, created } = inputs;
  const log = new DownloadLog(dir);
  await timed('data.tables', () => writeTables(log, inputs.engine, inputs.published, dataset.snapshots.map((s) => s.period)));
  copySources(log, inputs.dataDir, dataset);
  log.write('scoring.sql', Buffer.from(inputs.scoringSql, 'utf8'), packageFile('scoring.sql'));

  const plainTables = log.files.filter((f): f is DownloadFile & { table: string; rows: number } => f.group === 'plain');
  const resources = plainTables.map((f) => ({ ...f, table: PUBLISHED_TABLES.find((t) => t.name === f.table)! }));
  const dataPackage = buildDataPackage(dataset.site, dataset.snapshots, resources, log.files.filter((f) => f.group !== 'plain'), created);
  log.write('datapackage.json', Buffer.from(JSON.stringify(dataPackage, null, 2), 'utf8'), packageFile('datapackage.json'));

  const about = { version: dataVersion(dataset.snapshots), created: created.toISOString() };
  const zip = await timed('data.zip', () => zipDownloads(log, zipReadme(dataset.site, dataset.snapshots, about, log.files), created, inputs.cacheDir ?? null));
  log.write(ZIP_FILE, zip, packageFile(ZIP_FILE));
  return { ...about, files: inPageOrder(log.files) };
}
