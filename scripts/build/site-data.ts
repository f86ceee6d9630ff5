/**
 * The JSON the Astro pages read at build time (src/lib/site-data.ts): every published table, one
 * row per line, then the site settings and the downloads manifest. A per-period table is one file
 * per period (<table>/<period>.ndjson), so that a page reads the periods it shows and no more.
 */
import { closeSync, mkdirSync, openSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../../src/lib/contract/dataset.ts';
import { PERIOD_TABLES } from '../../src/lib/contract/published.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import { MANIFEST_NAME, type Manifest } from '../../src/lib/publish/manifest.ts';
import { periodFileName } from '../../src/lib/site-data.ts';

/** One JSON row per line, written in slices: a large table is more text than one string can hold. */
function writeNdjson(path: string, rows: readonly unknown[], flags: 'w' | 'a', slice = 10_000): void {
  const fd = openSync(path, flags);
  try {
    for (let i = 0; i < rows.length; i += slice) writeSync(fd, rows.slice(i, i + slice).map((row) => `${JSON.stringify(row)}\n`).join(''));
  } finally {
    closeSync(fd);
  }
}

/** The rows of each period, in the order the periods come. */
function byPeriod(rows: readonly unknown[]): Map<string, unknown[]> {
  const periods = new Map<string, unknown[]>();
  for (const row of rows) {
    const { period } = row as { period: string };
    if (!periods.has(period)) periods.set(period, []);
    periods.get(period)!.push(row);
  }
  return periods;
}

export class SiteData {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  /** The table's file, or for a per-period table its folder. */
  pathOf(table: TableDef): string {
    return PERIOD_TABLES.includes(table) ? join(this.dir, table.name) : join(this.dir, `${table.name}.ndjson`);
  }

  /** Starts the table's copy with `rows`; more can be appended. */
  write(table: TableDef, rows: readonly unknown[]): void {
    if (!PERIOD_TABLES.includes(table)) return writeNdjson(this.pathOf(table), rows, 'w');
    rmSync(this.pathOf(table), { recursive: true, force: true });
    mkdirSync(this.pathOf(table));
    this.append(table, rows);
  }

  append(table: TableDef, rows: readonly unknown[]): void {
    if (!PERIOD_TABLES.includes(table)) return writeNdjson(this.pathOf(table), rows, 'a');
    for (const [period, slice] of byPeriod(rows)) writeNdjson(join(this.pathOf(table), periodFileName(period)), slice, 'a');
  }

  finish(site: Site, manifest: Manifest): void {
    writeFileSync(join(this.dir, 'site.json'), JSON.stringify(site));
    writeFileSync(join(this.dir, `${MANIFEST_NAME}.json`), JSON.stringify(manifest));
  }
}
