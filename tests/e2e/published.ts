/** The built site's own published tables, read back so browser tests compare pages with them. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';

const dist = resolve(new URL('../..', import.meta.url).pathname, process.env.E2E_DIST ?? 'dist');

export function publishedTable(name: string): Record<string, string>[] {
  const text = readFileSync(join(dist, 'data', `${name}.csv`), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

export function latestPeriod(): string {
  return publishedTable('snapshots').map((s) => s.period!).sort().at(-1)!;
}

export function site(): { home_city: string; region: string } {
  return JSON.parse(readFileSync(join(new URL('../..', import.meta.url).pathname, process.env.DATA_DIR ?? 'data', 'site.json'), 'utf8'));
}
