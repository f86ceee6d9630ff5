/**
 * npm run import-results -- --period 2024 --kind top_n --size 30 [--evaluated 229] [--data DIR]
 *   [--source-url URL] [--source-doc TEXT] [--source-date YYYY-MM-DD] <FILE | ->
 *
 * Turns a published list as copied (pasted names in order, or a CSV/TSV with a name column) into
 * DIR/snapshots/<period>/results.csv, names resolved through parks.csv and aliases.csv. Stops
 * with every name it cannot resolve and the closest known names, writing nothing. Sets the list
 * fields of the period's snapshot.json when the file exists, then validates the folder.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ListKind } from '../src/lib/contract/dataset.ts';
import { LIST_KINDS, aliases, parks, results } from '../src/lib/contract/inputs.ts';
import { writeCsv } from '../src/lib/csv/write.ts';
import { IssueLog } from '../src/lib/validate/issues.ts';
import { validateAndReport } from '../src/lib/validate/node-source.ts';
import { nameIndex, type Alias, type NamedPark } from '../src/lib/validate/park-names.ts';
import { parsePublishedList, resolveList } from '../src/lib/validate/published-list.ts';
import { readTable } from '../src/lib/validate/table.ts';

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    period: { type: 'string' },
    kind: { type: 'string', default: 'top_n' },
    size: { type: 'string' },
    evaluated: { type: 'string' },
    data: { type: 'string', default: 'data' },
    'source-url': { type: 'string', default: '' },
    'source-doc': { type: 'string', default: '' },
    'source-date': { type: 'string', default: '' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const period = options.period ?? fail('缺少 --period / --period is required (e.g. --period 2024)');
const kind = options.kind as ListKind;
if (!LIST_KINDS.includes(kind)) fail(`--kind 应为 ${LIST_KINDS.join(' | ')} / --kind must be one of ${LIST_KINDS.join(', ')}`);
const input = positionals[0] ?? fail('缺少输入文件（或 - 表示标准输入） / give a file, or - for standard input');
const dataDir = resolve(options.data);
const text = readFileSync(input === '-' ? 0 : input, 'utf8');

const log = new IssueLog();
const read = (file: string) => (existsSync(join(dataDir, file)) ? readFileSync(join(dataDir, file)) : null);
const parkBytes = read(parks.file) ?? fail(`${join(dataDir, parks.file)} 不存在 / does not exist`);
const parkRows = readTable(parks, parkBytes, parks.file, null, new Map(), log) ?? [];
const aliasBytes = read(aliases.file);
const aliasRows = aliasBytes ? readTable(aliases, aliasBytes, aliases.file, null, new Map([[parks.name, parkRows]]), log) ?? [] : [];
if (log.hasErrors()) fail('parks.csv 或 aliases.csv 有错误，请先运行 npm run validate / parks.csv or aliases.csv has errors: run npm run validate first');

const index = nameIndex(parkRows.map((r) => r.data as unknown as NamedPark), aliasRows.map((r) => r.data as unknown as Alias));
const { rows, unresolved } = resolveList(parsePublishedList(text, kind), index, period);
if (unresolved.length > 0) {
  for (const u of unresolved) {
    console.error(`${input}:${u.line} UNKNOWN_PARK_NAME “${u.name}”不是已知园区名称或${period}年适用的别名；最接近：${u.closest.join('、')} / unknown name; closest: ${u.closest.join(', ')}`);
  }
  fail(`未写入：${unresolved.length} 个名称无法解析，请在 aliases.csv 中补充别名 / Nothing written: ${unresolved.length} name(s) unresolved; add them to aliases.csv`);
}

const file = join(dataDir, results.file.replace('<period>', period));
const source = { self_reported: false, source_url: options['source-url'], source_doc: options['source-doc'], source_date: options['source-date'], total_score: null, note: '' };
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, writeCsv(results.columns.map((c) => c.name), rows.map((row) => ({ ...source, ...row }))));
console.log(`已写入 / Wrote ${file}: ${rows.length} 行 / rows`);

const snapshotFile = join(dirname(file), 'snapshot.json');
if (existsSync(snapshotFile)) {
  const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Record<string, unknown>;
  const list = { list_kind: kind, ...(options.size ? { list_size: Number(options.size) } : {}), ...(options.evaluated ? { evaluated: Number(options.evaluated) } : {}) };
  writeFileSync(snapshotFile, `${JSON.stringify({ ...snapshot, ...list }, null, 2)}\n`);
  console.log(`已更新 / Updated ${snapshotFile}: ${JSON.stringify(list)}`);
} else {
  console.log(`请创建 / Create ${snapshotFile} with "list_kind": "${kind}"${options.size ? `, "list_size": ${options.size}` : ''}`);
}
const { dataset } = await validateAndReport(dataDir);
process.exitCode = dataset ? 0 : 1;
