/** One page of each type, chosen from the published data so the tests follow the data. */
import { publishedTable, site } from './published.ts';

const firstHomePark = publishedTable('parks').find((p) => p.city === site().home_city)!;
const tiebreakIndicator = publishedTable('indicators').find((i) => i.tiebreak === 'true') ?? publishedTable('indicators')[0]!;

export const PAGE_TYPES = [
  { name: 'overview', path: '/' },
  { name: 'rankings', path: '/rankings/' },
  { name: 'park', path: `/parks/${firstHomePark.park_id}/` },
  { name: 'indicator', path: `/indicators/${tiebreakIndicator.indicator_id}/` },
  { name: 'targets', path: '/targets/' },
  { name: 'methodology', path: '/methodology/' },
  { name: 'downloads', path: '/data/' },
  { name: 'dictionary', path: '/data/dictionary/' },
  { name: 'changes', path: '/data/changes/' },
  { name: 'sql', path: '/data/sql/' },
  { name: 'check', path: '/data/check/' },
] as const;

/** The pages that run DuckDB-WASM, whose policy alone allows WebAssembly. */
export const WASM_PAGES: readonly string[] = ['rankings', 'sql', 'check'];
