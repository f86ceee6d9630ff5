import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { DateDay, Field, Float64, Int32, Int64, makeData, RecordBatch, Schema, Struct, Table, TimestampMillisecond, Utf8, vectorFromArray } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { columnNames, plainCell, plainRows, resultCsv } from '../../src/lib/console/arrow-result.ts';
import { readableError } from '../../src/lib/console/duckdb-error.ts';
import { EXAMPLE_QUERIES } from '../../src/lib/console/examples.ts';
import { DUCKDB_KEYWORDS, quoteIdentifier, selectAllSql } from '../../src/lib/console/identifiers.ts';
import { pageOf, PAGE_SIZE } from '../../src/lib/console/pagination.ts';
import { CONSOLE_TABLES, columnTypeText } from '../../src/lib/console/schema.ts';
import { RESULT_COUNT_SQL, resultRowsSql, storeResultSql } from '../../src/lib/console/stored-result.ts';
import { queryFromSearch, urlWithQuery } from '../../src/lib/console/share-url.ts';
import { column } from '../../src/lib/contract/inputs.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { loadInputs } from '../../src/lib/sql/load-inputs.ts';
import { SNAPSHOT_OFFICIAL_SQL } from '../../src/lib/sql/live-queries.ts';
import { applyScoring } from '../../src/lib/sql/scoring.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';

describe('pageOf', () => {
  it('shows 100 rows a page and says how many pages there are', () => {
    expect(PAGE_SIZE).toBe(100);
    expect(pageOf(250, 0)).toEqual({ index: 0, count: 3, start: 0, end: 100 });
    expect(pageOf(250, 2)).toEqual({ index: 2, count: 3, start: 200, end: 250 });
    expect(pageOf(1_000_000, 9_999)).toEqual({ index: 9_999, count: 10_000, start: 999_900, end: 1_000_000 });
  });

  it('keeps the page inside the result, and an empty result has one empty page', () => {
    expect(pageOf(250, 7)).toEqual({ index: 2, count: 3, start: 200, end: 250 });
    expect(pageOf(250, -1)).toEqual({ index: 0, count: 3, start: 0, end: 100 });
    expect(pageOf(0, 0)).toEqual({ index: 0, count: 1, start: 0, end: 0 });
    expect(pageOf(100, 1)).toEqual({ index: 0, count: 1, start: 0, end: 100 });
  });
});

describe('a result kept in DuckDB', () => {
  it('keeps the rows of one query, pages through them to the last row, and runs several statements as given', async () => {
    const engine = await openNativeEngine();
    await engine.exec('CREATE TABLE t AS SELECT range AS i FROM range(250)');
    await engine.exec(storeResultSql('-- every other row, largest first\nSELECT i FROM t WHERE i % 2 = 0 ORDER BY i DESC;\n')!);
    expect(await engine.query(RESULT_COUNT_SQL)).toEqual([{ n: 125 }]);
    expect((await engine.query<{ i: number }>(resultRowsSql(0, 3))).map((r) => r.i)).toEqual([248, 246, 244]);
    expect((await engine.query<{ i: number }>(resultRowsSql(100, 125))).map((r) => r.i)).toEqual([48, 46, 44, 42, 40, 38, 36, 34, 32, 30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10, 8, 6, 4, 2, 0]);
    await expect(engine.exec(storeResultSql('DESCRIBE t')!)).rejects.toThrow();
    expect(storeResultSql('SELECT 1; SELECT 2')).toBeNull();
    await engine.close();
  });
});

describe('quoteIdentifier', () => {
  it('leaves plain names bare and quotes keywords and anything unusual', () => {
    expect(quoteIdentifier('rankings')).toBe('rankings');
    expect(quoteIdentifier('values')).toBe('"values"');
    expect(quoteIdentifier('园区')).toBe('"园区"');
    expect(quoteIdentifier('a"b')).toBe('"a""b"');
    expect(selectAllSql('values')).toBe('SELECT * FROM "values" LIMIT 100');
    expect(selectAllSql('target_progress')).toBe('SELECT * FROM target_progress LIMIT 100');
  });
});

describe('share-url', () => {
  it('reads the query from ?q= and writes it back, keeping the rest of the URL', () => {
    const sql = "SELECT * FROM rankings WHERE city = '示例市' AND score > 50 -- 100%";
    const url = urlWithQuery('http://x.test/data/sql/?a=1#top', sql);
    expect(url.startsWith('/data/sql/?a=1&q=')).toBe(true);
    expect(url.endsWith('#top')).toBe(true);
    expect(queryFromSearch(url.slice(url.indexOf('?'), url.indexOf('#')))).toBe(sql);
    expect(urlWithQuery('http://x.test/data/sql/?q=old', '')).toBe('/data/sql/');
    expect(queryFromSearch('')).toBe('');
  });
});

describe('readableError', () => {
  it('writes the JSON errors of DuckDB-WASM as DuckDB prints them, whole', () => {
    const json = JSON.stringify({ exception_type: 'Parser', exception_message: 'syntax error at or near "selec"\n\nLINE 1: selec 1\n        ^', error_subtype: 'SYNTAX_ERROR' });
    expect(readableError(json)).toBe('Parser Error: syntax error at or near "selec"\n\nLINE 1: selec 1\n        ^');
  });

  it('leaves a plain message alone', () => {
    expect(readableError('Catalog Error: Table with name nosuch does not exist!')).toBe('Catalog Error: Table with name nosuch does not exist!');
    expect(readableError('42')).toBe('42');
  });
});

describe('columnTypeText', () => {
  it('names the type in both languages, with its unit and allowed values', () => {
    expect(columnTypeText(column('score', 'number', ['a', 'b', 'c', 'd'], { unit: '分' }))).toBe('数值 number（分）');
    expect(columnTypeText(column('level', 'enum', ['a', 'b', 'c', 'd'], { values: ['national', 'provincial'] }))).toBe('枚举 enum：national | provincial');
  });
});

describe('Arrow results', () => {
  const date = Date.UTC(2026, 3, 20);
  const table = new Table({
    name: vectorFromArray(['=HYPERLINK("x")', '示例园区', null], new Utf8()),
    count: vectorFromArray([1n, 2n ** 60n, null], new Int64()),
    score: vectorFromArray([1.5, null, -2], new Float64()),
    day: vectorFromArray([new Date(date), null, null], new DateDay()),
    at: vectorFromArray([new Date(date + 3_723_000), null, null], new TimestampMillisecond()),
  });

  it('turns cells into plain values: dates as text, exact integers as numbers, the rest as text', () => {
    expect(plainRows(table, 0, 1)).toEqual([['=HYPERLINK("x")', 1, 1.5, '2026-04-20', '2026-04-20 01:02:03']]);
    expect(plainRows(table, 1, 99)).toEqual([['示例园区', '1152921504606846976', null, null, null], [null, null, -2, null, null]]);
  });

  it('writes nested values as JSON', () => {
    const struct = new Struct([new Field('k', new Int32())]);
    const nested = makeData({ type: struct, length: 1, nullCount: 0, children: [makeData({ type: new Int32(), length: 1, data: new Int32Array([7]) })] });
    const row = new Table(new RecordBatch(new Schema([new Field('s', struct)]), makeData({ type: new Struct([new Field('s', struct)]), length: 1, nullCount: 0, children: [nested] })));
    expect(plainCell(row.getChildAt(0)!.get(0), struct)).toBe('{"k":7}');
  });

  it('exports the whole result as Excel-safe CSV, two columns of one name kept apart', () => {
    const twice = new Table(new RecordBatch(
      new Schema([new Field('v', new Int32()), new Field('v', new Utf8())]),
      makeData({
        type: new Struct([new Field('v', new Int32()), new Field('v', new Utf8())]),
        length: 1,
        nullCount: 0,
        children: [vectorFromArray([1], new Int32()).data[0]!, vectorFromArray(['+1'], new Utf8()).data[0]!],
      }),
    ));
    expect(columnNames(twice)).toEqual(['v', 'v']);
    expect(resultCsv(twice)).toBe(`\uFEFFv,v\r\n1,'+1\r\n`);
    const csv = resultCsv(table);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([
      ['name', 'count', 'score', 'day', 'at'],
      [`'=HYPERLINK("x")`, '1', '1.5', '2026-04-20', '2026-04-20 01:02:03'],
      ['示例园区', '1152921504606846976', '', '', ''],
      ['', '', '-2', '', ''],
    ]);
  });
});

describe('the console over the sample data (native DuckDB)', () => {
  let engine: SqlEngine;
  beforeAll(async () => {
    const { dataset } = await validateDataFolder(nodeSource(fileURLToPath(new URL('../../data', import.meta.url))));
    if (!dataset) throw new Error('data/ does not validate');
    engine = await openNativeEngine();
    await loadInputs(engine, dataset);
    await applyScoring(engine, readScoringSql());
    // As the browser's engine has them.
    await engine.exec(SNAPSHOT_OFFICIAL_SQL);
  });
  afterAll(async () => {
    await engine.close();
  });

  it.each(EXAMPLE_QUERIES.map((example) => [example.title_en, example] as const))('runs the example “%s” and finds rows', async (_title, example) => {
    const rows = await engine.query(example.sql);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(200);
  });

  it('has every table the schema browser lists, with the listed columns in order', async () => {
    for (const table of CONSOLE_TABLES) {
      const rows = await engine.query<{ column_name: string }>(`SELECT column_name FROM (DESCRIBE ${quoteIdentifier(table.name)})`);
      expect(rows.map((r) => r.column_name), table.name).toEqual(table.columns.map((c) => c.name));
    }
  });

  it('quotes exactly the names DuckDB cannot take bare', async () => {
    const keywords = await engine.query<{ keyword_name: string }>(
      "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category IN ('reserved', 'column_name') ORDER BY 1",
    );
    expect([...DUCKDB_KEYWORDS].sort()).toEqual(keywords.map((k) => k.keyword_name));
    for (const table of CONSOLE_TABLES) await engine.query(selectAllSql(table.name, 1));
  });
});
