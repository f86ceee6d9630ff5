/**
 * The JSON the Astro pages read at build time (src/lib/site-data.ts): every published table, one
 * row per line, then the site settings and the downloads manifest.
 */
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Site } from '../../src/lib/contract/dataset.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import { MANIFEST_NAME, type Manifest } from '../../src/lib/publish/manifest.ts';

/** One JSON row per line, written in slices: a large table is more text than one string can hold. */
function writeNdjson(path: string, rows: readonly unknown[], flags: 'w' | 'a', slice = 10_000): void {
  const fd = openSync(path, flags);
  try {
    for (let i = 0; i < rows.length; i += slice) writeSync(fd, rows.slice(i, i + slice).map((row) => `${JSON.stringify(row)}\n`).join(''));
  } finally {
    closeSync(fd);
  }
}

export class SiteData {
  constructor(readonly dir: string) {
    mkdirSync(dir, { recursive: true });
  }

  pathOf(table: TableDef): string {
    return join(this.dir, `${table.name}.ndjson`);
  }

  /** Starts the table's copy with `rows`; more can be appended. */
  write(table: TableDef, rows: readonly unknown[]): void {
    writeNdjson(this.pathOf(table), rows, 'w');
  }

  append(table: TableDef, rows: readonly unknown[]): void {
    writeNdjson(this.pathOf(table), rows, 'a');
  }

  finish(site: Site, manifest: Manifest): void {
    writeFileSync(join(this.dir, 'site.json'), JSON.stringify(site));
    writeFileSync(join(this.dir, `${MANIFEST_NAME}.json`), JSON.stringify(manifest));
  }
}
