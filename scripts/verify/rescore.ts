/**
 * Rebuilds the package from its own source files and scoring.sql, as the build does, and compares
 * every rebuilt file with the published one: a score that was changed, even with its checksum
 * changed to match, shows up here.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import { SOURCE_FOLDER, ZIP_FILE, type DownloadFile } from '../../src/lib/publish/manifest.ts';
import { formatReport } from '../../src/lib/validate/format.ts';
import { validateAndReport } from '../../src/lib/validate/node-source.ts';
import { scoreAndWriteDownloads } from '../build/write-artifacts.ts';
import { sha256, type PackageDescriptor } from './check-checksums.ts';
import type { PackageFiles } from './package-files.ts';
import type { Problem } from './problems.ts';

/** How many differing rows a table's problem names. */
const SHOWN_ROWS = 3;

type CsvRow = Record<string, string>;

const parseCsv = (bytes: Uint8Array): CsvRow[] =>
  Papa.parse<CsvRow>(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;

/** The rows of a published table that differ from the rebuilt ones, by primary key: "period=2025 park_id=P1: score 71.2 → 72.3". */
function rowDifferences(file: DownloadFile, published: Uint8Array, rebuilt: Uint8Array): string[] {
  const table = PUBLISHED_TABLES.find((t) => t.name === file.table);
  if (!table || file.format !== 'csv') return [];
  const key = table.primaryKey.length > 0 ? table.primaryKey : table.columns.map((c) => c.name);
  const keyOf = (row: CsvRow) => key.map((k) => `${k}=${row[k] ?? ''}`).join(' ');
  const expected = new Map(parseCsv(rebuilt).map((row) => [keyOf(row), row]));
  const lines: string[] = [];
  for (const row of parseCsv(published)) {
    const want = expected.get(keyOf(row));
    expected.delete(keyOf(row));
    if (!want) lines.push(`${keyOf(row)}: 多出的行 / extra row`);
    else {
      const cells = Object.keys(want).filter((c) => want[c] !== row[c]).map((c) => `${c} ${row[c] ?? ''} → ${want[c]}`);
      if (cells.length > 0) lines.push(`${keyOf(row)}: ${cells.join(', ')}`);
    }
  }
  for (const missing of expected.keys()) lines.push(`${missing}: 缺少的行 / row missing`);
  return lines;
}

async function extractSources(files: PackageFiles, pkg: PackageDescriptor, dataDir: string): Promise<void> {
  const prefix = `${SOURCE_FOLDER}/`;
  for (const { path } of pkg.checksums.filter((f) => f.path.startsWith(prefix))) {
    const bytes = await files.read(path);
    if (!bytes) continue;
    const target = join(dataDir, path.slice(prefix.length));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

export async function rescore(files: PackageFiles, pkg: PackageDescriptor, print: (line: string) => void): Promise<{ problems: Problem[]; compared: number }> {
  const work = mkdtempSync(join(tmpdir(), 'park-scorecard-verify-'));
  try {
    const dataDir = join(work, 'data');
    await extractSources(files, pkg, dataDir);
    const scoringSql = await files.read('scoring.sql');
    if (!scoringSql) return { problems: [{ path: 'scoring.sql', zh: '缺少计分 SQL，无法重新计分', en: 'no scoring SQL to rescore with' }], compared: 0 };
    const validation = await validateAndReport(dataDir, () => {});
    const { dataset } = validation;
    if (!dataset) {
      const lines = formatReport(validation).join('\n');
      return { problems: [{ path: SOURCE_FOLDER, zh: `原始数据文件未通过校验，无法重新计分：\n${lines}`, en: 'the source files fail validation; cannot rescore' }], compared: 0 };
    }
    print('重新计分 / Rescoring the source files with the published scoring.sql …');
    const out = join(work, 'rebuilt');
    const manifest = await scoreAndWriteDownloads(out, { dataDir, dataset, scoringSql: new TextDecoder().decode(scoringSql), created: new Date(pkg.created) });
    const problems: Problem[] = [];
    // A ZIP does not hold itself.
    const holdsZip = files.list()?.includes(ZIP_FILE) ?? true;
    const rebuilt = manifest.files.filter((f) => f.path !== ZIP_FILE || holdsZip);
    for (const file of rebuilt) {
      const published = await files.read(file.path);
      const bytes = readFileSync(join(out, file.path));
      if (!published) problems.push({ path: file.path, zh: '重新构建会生成此文件，但数据包中没有', en: 'a rebuild writes this file, but the package lacks it' });
      else if (sha256(published) !== sha256(bytes)) {
        const rows = rowDifferences(file, published, bytes);
        const shown = rows.slice(0, SHOWN_ROWS).map((row) => `\n    ${row}`).join('') + (rows.length > SHOWN_ROWS ? `\n    … 另有 ${rows.length - SHOWN_ROWS} 行 / ${rows.length - SHOWN_ROWS} more rows` : '');
        problems.push({ path: file.path, zh: `与用原始数据重新计算的结果不同${shown}`, en: 'differs from the result of rescoring the source files' });
      }
    }
    return { problems, compared: rebuilt.length };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
