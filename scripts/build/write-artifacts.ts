/** Writes the computed tables where each reader gets them: pages, the browser's DuckDB, downloads. */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import { writeCsv } from '../../src/lib/csv/write.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { copyToParquetSql } from '../../src/lib/sql/publish-queries.ts';
import { inputCsvs } from '../../src/lib/sql/load-inputs.ts';
import type { PublishedRows } from '../../src/lib/publish/compute.ts';
import { buildDataPackage, type PublishedFile } from '../../src/lib/publish/datapackage.ts';

const columnsOf = (name: string) => PUBLISHED_TABLES.find((t) => t.name === name)!.columns.map((c) => c.name);

/** JSON the Astro pages read at build time. */
export function writeSiteData(dir: string, dataset: Dataset, published: PublishedRows): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'site.json'), JSON.stringify(dataset.site));
  for (const [name, rows] of published) writeFileSync(join(dir, `${name}.json`), JSON.stringify(rows));
}

/**
 * The scoring inputs as plain CSV for DuckDB-WASM (which has no Parquet reader offline), plus the
 * scoring SQL itself: the browser recomputes every published table from them.
 */
export function writeBrowserTables(dir: string, dataset: Dataset, scoringSql: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, csv] of inputCsvs(dataset)) writeFileSync(join(dir, `${name}.csv`), csv);
  writeFileSync(join(dir, '..', 'scoring.sql'), scoringSql);
}

/** CSV for Excel (BOM, formula-safe), Parquet from native DuckDB, and datapackage.json. */
export async function writeDownloads(dir: string, dataset: Dataset, published: PublishedRows, engine: SqlEngine, created: Date): Promise<void> {
  mkdirSync(join(dir, 'parquet'), { recursive: true });
  const files: PublishedFile[] = [];
  for (const table of PUBLISHED_TABLES) {
    const rows = published.get(table.name) ?? [];
    const bytes = Buffer.from(writeCsv(columnsOf(table.name), rows, { bom: true, formulaSafe: true }), 'utf8');
    const path = `${table.name}.csv`;
    writeFileSync(join(dir, path), bytes);
    files.push({ table, path, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), rows: rows.length });
    await engine.exec(copyToParquetSql(table, join(dir, 'parquet', `${table.name}.parquet`)));
  }
  const dataPackage = buildDataPackage(dataset.site, dataset.snapshots, files, created);
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(dataPackage, null, 2));
}
