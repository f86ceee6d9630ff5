/**
 * A published list as a reader copies it (pasted text, or a CSV/TSV export) → the rows of
 * results.csv, names resolved to parks through parks.csv and aliases.csv. Used by
 * `npm run import-results`; the rows it makes pass the same validator as a hand-written file.
 */
import Papa from 'papaparse';
import type { ListKind } from '../contract/dataset.ts';
import type { NameIndex } from './park-names.ts';

export interface ListedName {
  /** The name as printed. */
  name: string;
  /** The rank printed beside it, or its place in the order for an ordered list. */
  rank: number | null;
  tier: string;
}

const NAME_HEADERS = ['park', 'name', 'name_zh', '园区', '园区名称', '名称', '开发区名称', '国家级经开区'];
const RANK_HEADERS = ['rank', '排名', '名次', '排行', '序号'];
const TIER_HEADERS = ['tier', '等次', '档次', '星级'];

const ORDERED: readonly ListKind[] = ['complete', 'top_n', 'self_reported'];

/** "1. 苏州工业园区", "第2名 广州经开区", "3、天津" → rank and name. */
const NUMBERED = /^(?:第\s*)?(\d+)\s*(?:名|位)?\s*[.、．:：)）\s]\s*(.+)$/u;

function fromTable(text: string, delimiter: string): ListedName[] | null {
  const { data } = Papa.parse<string[]>(text.trim(), { delimiter, skipEmptyLines: true });
  const header = (data[0] ?? []).map((h) => h.replace(/^\uFEFF/, '').trim());
  const nameAt = header.findIndex((h) => NAME_HEADERS.includes(h));
  if (nameAt < 0) return null;
  const rankAt = header.findIndex((h) => RANK_HEADERS.includes(h));
  const tierAt = header.findIndex((h) => TIER_HEADERS.includes(h));
  return data.slice(1).map((cells) => {
    const rank = rankAt < 0 ? NaN : Number((cells[rankAt] ?? '').trim());
    return { name: (cells[nameAt] ?? '').trim(), rank: Number.isInteger(rank) && rank > 0 ? rank : null, tier: tierAt < 0 ? '' : (cells[tierAt] ?? '').trim() };
  }).filter((entry) => entry.name !== '');
}

/** Names separated by 、，, ; or line breaks, each optionally numbered ("3、天津" splits, so a lone number is the next name's rank). */
function fromText(text: string): ListedName[] {
  const parts = text
    .replace(/\[[^\]]*\]|（[^）]*）|\([^)]*\)/gu, '')
    .split(/[、，,；;\n\r]+/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const entries: ListedName[] = [];
  let pending: number | null = null;
  for (const part of parts) {
    if (/^(?:第\s*)?\d+\s*(?:名|位)?$/u.test(part)) {
      pending = Number(/\d+/u.exec(part)![0]);
      continue;
    }
    const numbered = NUMBERED.exec(part);
    entries.push(numbered ? { name: numbered[2]!.trim(), rank: Number(numbered[1]), tier: '' } : { name: part, rank: pending, tier: '' });
    pending = null;
  }
  return entries;
}

/**
 * The names of a list in order. A CSV or TSV with a name column (园区, 名称, park…) keeps its
 * rank and tier columns; pasted text is split on 、，; and line breaks. In an ordered list
 * (complete, top N) a name without a printed rank takes its place in the order.
 */
export function parsePublishedList(text: string, kind: ListKind): ListedName[] {
  const firstLine = text.trimStart().split(/\r?\n/u)[0] ?? '';
  const table = firstLine.includes('\t') ? fromTable(text, '\t') : firstLine.includes(',') ? fromTable(text, ',') : null;
  const entries = table ?? fromText(text);
  return entries.map((entry, i) => ({ ...entry, rank: entry.rank ?? (ORDERED.includes(kind) ? i + 1 : null) }));
}

export interface Unresolved { name: string; line: number; closest: string[] }

export interface ResolvedList {
  rows: { park_id: string; park: string; rank: number | null; tier: string }[];
  unresolved: Unresolved[];
}

/** Every name resolved for `period`, or the names that are not, each with the closest known names. */
export function resolveList(entries: readonly ListedName[], index: NameIndex, period: string): ResolvedList {
  const rows: ResolvedList['rows'] = [];
  const unresolved: Unresolved[] = [];
  for (const [i, entry] of entries.entries()) {
    const parkId = index.resolve(entry.name, period);
    if (parkId === null) unresolved.push({ name: entry.name, line: i + 1, closest: index.closest(entry.name) });
    else rows.push({ park_id: parkId, park: entry.name, rank: entry.rank, tier: entry.tier });
  }
  return { rows, unresolved };
}
