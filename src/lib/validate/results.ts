/**
 * results.csv and aliases.csv: names as published resolved to parks, and the checks a published
 * list must pass (ranks in range, no gaps in a complete list, N rows in a top-N list, known tiers,
 * one result per park).
 */
import type { CellValue } from './cells.ts';
import { fileLevel, type IssueLog } from './issues.ts';
import { nameIndex, type Alias, type NamedPark } from './park-names.ts';
import { at, type Row, type Rule, type Tables } from './rows.ts';

const text = (value: CellValue | undefined) => (typeof value === 'string' ? value : '');

function indexOf(tables: Tables) {
  const parks = (tables.get('parks') ?? []).map((row) => row.data as unknown as NamedPark);
  const aliases = (tables.get('aliases') ?? []).map((row) => row.data as unknown as Alias);
  return nameIndex(parks, aliases);
}

/**
 * The rows of `table` (results or result_categories) with park_id filled in from the name as
 * published. An unknown name is reported with the closest known names; a row whose park_id and
 * name disagree is reported too.
 */
export function resolveResultParks(tables: Tables, log: IssueLog, table = 'results'): Row[] {
  const rows = tables.get(table) ?? [];
  if (!tables.has('parks')) return [...rows];
  const index = indexOf(tables);
  return rows.map((row) => {
    const name = text(row.data.park);
    const given = row.data.park_id;
    if (name === '') return row;
    const period = String(row.data.period);
    const resolved = index.resolve(name, period);
    if (resolved === null) {
      const closest = index.closest(name).map((n) => `“${n}”`).join('、');
      log.add(at(row, 'park'), {
        code: 'UNKNOWN_PARK_NAME',
        zh: `列“park”的值“${name}”不是 parks.csv 中的园区名称，也不是 aliases.csv 中${period}年适用的别名；最接近的名称：${closest}`,
        en: `column "park": "${name}" is neither a park name in parks.csv nor an alias valid in ${period} in aliases.csv; closest: ${closest}`,
      });
      return row;
    }
    if (typeof given === 'string' && given !== resolved) {
      log.add(at(row, 'park'), {
        code: 'PARK_NAME_MISMATCH',
        zh: `列“park”的名称“${name}”对应园区“${resolved}”，与列“park_id”的“${given}”不一致`,
        en: `column "park": "${name}" stands for park "${resolved}", but column "park_id" says "${given}"`,
      });
      return row;
    }
    return { ...row, data: { ...row.data, park_id: resolved } };
  });
}

/** Results rows by period, in file order. */
export function byPeriod(rows: readonly Row[]): Map<string, Row[]> {
  const periods = new Map<string, Row[]>();
  for (const row of rows) {
    const period = String(row.data.period);
    const periodRows = periods.get(period);
    if (periodRows) periodRows.push(row);
    else periods.set(period, [row]);
  }
  return periods;
}

/**
 * Each row whose key another row of its period already holds, with that first row. Rows without a
 * key (null: a cell another rule reports) are skipped.
 */
export function* repeatsWithinPeriod(rows: readonly Row[], keyOf: (row: Row) => string | null): Generator<[repeat: Row, first: Row]> {
  for (const periodRows of byPeriod(rows).values()) {
    const seen = new Map<string, Row>();
    for (const row of periodRows) {
      const key = keyOf(row);
      if (key === null) continue;
      const first = seen.get(key);
      if (first) yield [row, first];
      else seen.set(key, row);
    }
  }
}

const rankOf = (row: Row) => (typeof row.data.rank === 'number' ? row.data.rank : null);

/** One result per park and period. */
export const oneResultPerPark: Rule = {
  table: 'results',
  uses: [],
  check(rows, log) {
    const parkOf = (row: Row) => (typeof row.data.park_id === 'string' ? row.data.park_id : null);
    for (const [row, first] of repeatsWithinPeriod(rows('results'), parkOf)) {
      const park = parkOf(row);
      log.add(at(row, 'park'), {
        code: 'DUPLICATE_RESULT',
        zh: `园区“${park}”在本期已有第 ${first.line} 行的结果`,
        en: `park "${park}" already has a result on line ${first.line} for this period`,
      });
    }
  },
};

/**
 * Ranks missing from a list where equal parks share a rank (1, 2, 2, 4): the n-th park in order
 * has rank n unless it shares the rank before it, so any rank below n that nobody holds is missing.
 */
export function missingRanks(ranks: readonly number[]): number[] {
  const sorted = [...ranks].sort((a, b) => a - b);
  const held = new Set(sorted);
  const missing: number[] = [];
  for (const [i, rank] of sorted.entries()) {
    if (i > 0 && rank === sorted[i - 1]) continue;
    for (let r = i + 1; r < rank; r++) if (!held.has(r) && !missing.includes(r)) missing.push(r);
  }
  return missing;
}

/** What snapshot.json says about the list, checked against the rows of results.csv. */
export const listMatchesSnapshot: Rule = {
  table: 'results',
  uses: ['snapshots'],
  check(rows, log) {
    const snapshots = new Map(rows('snapshots').map((row) => [String(row.data.period), row]));
    for (const [period, periodRows] of byPeriod(rows('results'))) {
      const snapshot = snapshots.get(period);
      if (!snapshot) continue;
      const { list_kind: kind, list_size: size, evaluated, partial } = snapshot.data;
      const file = periodRows[0]!.file;
      const published = periodRows.filter((row) => row.data.self_reported !== true);
      const ranks = published.map(rankOf).filter((rank): rank is number => rank !== null);
      if (typeof evaluated === 'number') {
        for (const row of periodRows) {
          const rank = rankOf(row);
          if (rank === null || rank <= evaluated) continue;
          log.add(at(row, 'rank'), {
            code: 'RANK_OUT_OF_RANGE',
            zh: `列“rank”的值“${rank}”超出 1–${evaluated}（snapshot.json 的 evaluated 为参评园区总数）`,
            en: `column "rank": ${rank} is outside 1–${evaluated} (snapshot.json evaluated is the number of parks evaluated)`,
          });
        }
        if (periodRows.length > evaluated) {
          log.add(fileLevel(file), {
            code: 'RANK_OUT_OF_RANGE',
            zh: `有 ${periodRows.length} 行结果，多于参评园区总数 ${evaluated}`,
            en: `${periodRows.length} result rows, more than the ${evaluated} parks evaluated`,
          });
        }
      }
      if ((kind === 'top_n' || kind === 'bottom_n') && typeof size !== 'number') {
        log.add({ file: snapshot.file, line: null, column: null, columnName: 'list_size' }, {
          code: 'LIST_SIZE_MISSING',
          zh: `字段“list_kind”为“${kind}”时必须填写字段“list_size”（名单长度 N）`,
          en: `field "list_kind" is "${kind}", so field "list_size" (the N of the list) is required`,
        });
      }
      if (kind === 'bottom_n' && typeof evaluated !== 'number') {
        log.add({ file: snapshot.file, line: null, column: null, columnName: 'evaluated' }, {
          code: 'LIST_SIZE_MISSING',
          zh: '字段“list_kind”为“bottom_n”时必须填写字段“evaluated”（参评园区总数），否则无法确定名次',
          en: 'field "list_kind" is "bottom_n", so field "evaluated" (the number of parks evaluated) is required to place the ranks',
        });
      }
      if ((kind === 'top_n' || kind === 'bottom_n') && typeof size === 'number') {
        const listed = published.length;
        if (listed > size || (listed < size && partial !== true)) {
          log.add(fileLevel(file), {
            code: 'LIST_SIZE_MISMATCH',
            zh: `名单应有 ${size} 行（snapshot.json 的 list_size），实有 ${listed} 行${listed < size ? '；如所见公布文本不全，请在 snapshot.json 中设 "partial": true 并在 list_note 中说明' : ''}`,
            en: `the list should have ${size} rows (snapshot.json list_size) but has ${listed}${listed < size ? '; if the copy found is incomplete, set "partial": true in snapshot.json and say why in list_note' : ''}`,
          });
        }
        const low = kind === 'top_n' ? 1 : typeof evaluated === 'number' ? evaluated - size + 1 : 1;
        const high = kind === 'top_n' ? size : typeof evaluated === 'number' ? evaluated : Infinity;
        for (const row of published) {
          const rank = rankOf(row);
          if (rank === null || (rank >= low && rank <= high)) continue;
          log.add(at(row, 'rank'), {
            code: 'RANK_OUT_OF_RANGE',
            zh: `列“rank”的值“${rank}”不在${kind === 'top_n' ? `前 ${size} 名` : `后 ${size} 名`}（${low}–${high}）之内`,
            en: `column "rank": ${rank} is outside the ${kind === 'top_n' ? 'top' : 'bottom'} ${size} (${low}–${high})`,
          });
        }
      }
      if (kind === 'complete' && partial !== true) {
        const missing = missingRanks(ranks);
        if (missing.length > 0) {
          const shown = missing.slice(0, 10).join('、') + (missing.length > 10 ? '…' : '');
          log.add(fileLevel(file), {
            code: 'RANK_GAP',
            zh: `完整排名缺少名次 ${shown}；如所见公布文本不全，请在 snapshot.json 中设 "partial": true`,
            en: `the complete list lacks rank(s) ${shown}; if the copy found is incomplete, set "partial": true in snapshot.json`,
          });
        }
      }
    }
  },
};

/** A published tier must be one of tiers.csv. */
export const resultTierKnown: Rule = {
  table: 'results',
  uses: ['tiers'],
  check(rows, log) {
    const tiers = new Set(rows('tiers').map((row) => row.data.tier));
    const list = [...tiers].join('、') || '（无）';
    for (const row of rows('results')) {
      const tier = text(row.data.tier);
      if (tier === '' || tiers.has(tier)) continue;
      log.add(at(row, 'tier'), {
        code: 'UNKNOWN_TIER',
        zh: `列“tier”的值“${tier}”不是 tiers.csv 中的等次（${list}）`,
        en: `column "tier": "${tier}" is not a tier of tiers.csv (${list})`,
      });
    }
  },
};

/** A period holds published results, indicator values or both; one with neither shows nothing. */
export const periodHasData: Rule = {
  table: 'snapshots',
  uses: ['values', 'results'],
  check(rows, log) {
    const periods = new Set([...rows('values'), ...rows('results')].map((row) => row.data.period));
    for (const snapshot of rows('snapshots')) {
      if (periods.has(snapshot.data.period)) continue;
      log.add(fileLevel(snapshot.file), {
        code: 'PERIOD_WITHOUT_DATA',
        zh: `期次“${snapshot.data.period}”既没有 values.csv 也没有 results.csv 的数据行`,
        en: `period "${snapshot.data.period}" has rows in neither values.csv nor results.csv`,
      });
    }
  },
};

/** Indicator values are scored by the method: without categories and indicators there is nothing to score them with. */
export const valuesHaveMethod: Rule = {
  table: 'values',
  uses: ['categories', 'indicators'],
  check(rows, log) {
    const first = rows('values')[0];
    if (!first) return;
    for (const table of ['categories', 'indicators']) {
      if (rows(table).length > 0) continue;
      log.add(fileLevel(`methodology/${table}.csv`), {
        code: 'METHOD_MISSING',
        zh: `有指标数值（${first.file}）但 methodology/${table}.csv 缺失或为空，无法计分`,
        en: `there are indicator values (${first.file}) but methodology/${table}.csv is missing or empty, so nothing can score them`,
      });
    }
  },
};

const overlaps = (a: Row, b: Row) => {
  const from = (row: Row) => (typeof row.data.valid_from === 'number' ? row.data.valid_from : -Infinity);
  const to = (row: Row) => (typeof row.data.valid_to === 'number' ? row.data.valid_to : Infinity);
  return from(a) <= to(b) && from(b) <= to(a);
};

/** One alias stands for one park at a time, and is not another park's own name. */
export const aliasesUnambiguous: Rule = {
  table: 'aliases',
  uses: ['parks'],
  check(rows, log) {
    const names = new Map(rows('parks').map((row) => [row.data.name_zh, row.data.park_id]));
    const seen: Row[] = [];
    for (const row of rows('aliases')) {
      const alias = text(row.data.alias);
      const owner = names.get(alias);
      if (owner !== undefined && owner !== row.data.park_id) {
        log.add(at(row, 'alias'), {
          code: 'DUPLICATE_ALIAS',
          zh: `别名“${alias}”是 parks.csv 中园区“${owner}”的名称，不能指向“${row.data.park_id}”`,
          en: `alias "${alias}" is the name of park "${owner}" in parks.csv; it cannot stand for "${row.data.park_id}"`,
        });
      }
      const clash = seen.find((other) => other.data.alias === alias && overlaps(other, row));
      if (clash) {
        log.add(at(row, 'alias'), {
          code: 'DUPLICATE_ALIAS',
          zh: `别名“${alias}”与第 ${clash.line} 行的年份重叠（同一年只能指向一个园区）`,
          en: `alias "${alias}" overlaps line ${clash.line} in years (a name stands for one park in any year)`,
        });
      }
      seen.push(row);
    }
  },
};

/** valid_from after valid_to leaves an alias that never applies. */
export const aliasYearsOrdered: Rule = {
  table: 'aliases',
  uses: [],
  check(rows, log) {
    for (const row of rows('aliases')) {
      const { valid_from: from, valid_to: to } = row.data;
      if (typeof from !== 'number' || typeof to !== 'number' || from <= to) continue;
      log.add(at(row, 'valid_to'), {
        code: 'OUT_OF_RANGE',
        zh: `列“valid_to”的值“${to}”早于列“valid_from”的“${from}”`,
        en: `column "valid_to": ${to} is before column "valid_from" ${from}`,
      });
    }
  },
};
