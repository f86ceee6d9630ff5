/** One page of each type, chosen from the published data so the tests follow the data. */
import { publishedTable, site } from './published.ts';
import { at } from './site-url.ts';

const firstHomePark = publishedTable('parks').find((p) => p.city === site().home_city)!;
const tiebreakIndicator = publishedTable('indicators').find((i) => i.tiebreak === 'true') ?? publishedTable('indicators')[0]!;

export const PAGE_TYPES = [
  { name: 'overview', path: at('') },
  { name: 'rankings', path: at('rankings/') },
  { name: 'park', path: at(`parks/${firstHomePark.park_id}/`) },
  { name: 'indicator', path: at(`indicators/${tiebreakIndicator.indicator_id}/`) },
  { name: 'targets', path: at('targets/') },
  { name: 'methodology', path: at('methodology/') },
  { name: 'downloads', path: at('data/') },
  { name: 'dictionary', path: at('data/dictionary/') },
  { name: 'changes', path: at('data/changes/') },
  { name: 'sql', path: at('data/sql/') },
  { name: 'check', path: at('data/check/') },
] as const;

/** The pages that run DuckDB-WASM, whose policy alone allows WebAssembly. */
export const WASM_PAGES: readonly string[] = ['rankings', 'sql', 'check'];
