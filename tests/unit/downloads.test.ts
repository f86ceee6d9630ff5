import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeDownloads } from '../../scripts/build/write-artifacts.ts';
import { PERIOD_TABLES } from '../../src/lib/contract/published.ts';
import { preparePublished } from '../../src/lib/publish/compute.ts';
import { ZIP_FILE, type Manifest } from '../../src/lib/publish/manifest.ts';
import type { SqlEngine } from '../../src/lib/sql/engine.ts';
import { openNativeEngine } from '../../src/lib/sql/engine-native.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { VALID_DIR } from '../fixtures/validate/helpers.ts';

const HOSTILE_NAME = '=HYPERLINK("http://example.com","点击")';
const EARLIER = 'snapshots/2024/previous/2025-03-01/values.csv';

/** The valid fixture with a park named like a formula, and 2024 revised: first published with P1's tax at 99. */
function dataFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'downloads-data-')), 'data');
  cpSync(VALID_DIR, dir, { recursive: true });
  const parks = join(dir, 'parks.csv');
  writeFileSync(parks, readFileSync(parks, 'utf8').replace('乙市工业园', `"${HOSTILE_NAME.replaceAll('"', '""')}"`));
  const snapshot = join(dir, 'snapshots/2024/snapshot.json');
  writeFileSync(snapshot, readFileSync(snapshot, 'utf8').replace('"final"', '"revised"'));
  mkdirSync(join(dir, EARLIER, '..'), { recursive: true });
  writeFileSync(join(dir, EARLIER), readFileSync(join(dir, 'snapshots/2024/values.csv'), 'utf8').replace('P1,tax_per_mu,35.2,', 'P1,tax_per_mu,99,'));
  return dir;
}

function parseCsv(bytes: Uint8Array): { header: string[]; rows: Record<string, string>[] } {
  const parsed = Papa.parse<Record<string, string>>(new TextDecoder().decode(bytes), { header: true, skipEmptyLines: true });
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Validates a descriptor against the Frictionless profiles the `datapackage` package ships; [] when valid. */
function frictionlessErrors(): (profile: 'tabular-data-package' | 'tabular-data-resource', descriptor: unknown) => string[] {
  const require = createRequire(import.meta.url);
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv as never);
  ajv.addFormat('textarea', true);
  const compiled = new Map<string, ReturnType<typeof ajv.compile>>();
  return (profile, descriptor) => {
    if (!compiled.has(profile)) compiled.set(profile, ajv.compile(JSON.parse(readFileSync(require.resolve(`datapackage/lib/profiles/${profile}.json`), 'utf8'))));
    const validate = compiled.get(profile)!;
    return validate(descriptor) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  };
}

describe('writeDownloads', () => {
  const dataDir = dataFolder();
  const out = mkdtempSync(join(tmpdir(), 'downloads-out-'));
  let engine: SqlEngine;
  let manifest: Manifest;
  const read = (path: string) => readFileSync(join(out, path));

  beforeAll(async () => {
    const { dataset, issues } = await validateDataFolder(nodeSource(dataDir));
    expect(issues).toEqual([]);
    engine = await openNativeEngine();
    await preparePublished(engine, dataset!, readScoringSql());
    manifest = await writeDownloads(out, { dataDir, dataset: dataset!, engine, scoringSql: readScoringSql(), created: new Date('2026-01-01T00:00:00Z') });
  });
  afterAll(async () => {
    await engine.close();
    rmSync(out, { recursive: true, force: true });
  });

  it('lists every file it wrote, once, with the size and SHA-256 of its bytes', () => {
    expect(manifest.files.map((f) => f.path).sort()).toEqual(filesUnder(out));
    for (const file of manifest.files) {
      const bytes = read(file.path);
      expect(file.bytes, file.path).toBe(bytes.length);
      expect(file.sha256, file.path).toBe(createHash('sha256').update(bytes).digest('hex'));
    }
    expect(manifest).toMatchObject({ version: '2026.4.20', created: '2026-01-01T00:00:00.000Z' });
    expect(manifest.files[0]!.path).toBe(ZIP_FILE);
  });

  it('gives the row count of each CSV and Parquet file', async () => {
    for (const file of manifest.files.filter((f) => f.format === 'csv')) {
      expect(file.rows, file.path).toBe(parseCsv(read(file.path)).rows.length);
    }
    for (const file of manifest.files.filter((f) => f.format === 'parquet')) {
      const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*) AS n FROM '${join(out, file.path)}'`) as [{ n: number }];
      expect(file.rows, file.path).toBe(n);
    }
    expect(manifest.files.find((f) => f.path === 'periods/2025/rankings.csv')?.rows).toBe(3);
  });

  it('splits the period tables by period, each file the whole table’s rows of that period', () => {
    for (const table of PERIOD_TABLES) {
      const whole = parseCsv(read(`${table.name}.csv`));
      const parts = ['2024', '2025'].map((period) => parseCsv(read(`periods/${period}/${table.name}.csv`)));
      for (const part of parts) expect(part.header, table.name).toEqual(whole.header);
      expect(parts.flatMap((part) => part.rows), table.name).toEqual(whole.rows);
      expect(parts.map((part) => new Set(part.rows.map((r) => r.period)).size <= 1), table.name).toEqual([true, true]);
    }
  });

  it('writes CSV for Excel: a BOM, and a park name that starts with = neutralised, in whole and per-period files', () => {
    for (const path of ['parks.csv', 'rankings.csv', 'periods/2025/rankings.csv']) {
      const bytes = read(path);
      expect([...bytes.subarray(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(bytes.subarray(3)).rows;
      expect(rows.find((r) => r.park_id === 'P3')!.name_zh, path).toBe(`'${HOSTILE_NAME}`);
    }
  });

  it('copies the data folder’s files byte for byte, the earlier version included', () => {
    const sources = manifest.files.filter((f) => f.group === 'source');
    expect(sources.map((f) => f.path).sort()).toEqual(filesUnder(dataDir).map((path) => `source/${path}`));
    for (const file of sources) expect(read(file.path).equals(readFileSync(join(dataDir, file.path.slice('source/'.length)))), file.path).toBe(true);
    expect(sources.find((f) => f.path === `source/${EARLIER}`)).toMatchObject({ table: 'values', period: '2024', rows: 9, title_en: 'Indicator values (earlier version published 2025-03-01)' });
  });

  it('publishes what the revision changed', () => {
    const [change, ...others] = parseCsv(read('revisions.csv').subarray(3)).rows;
    expect(others).toEqual([]);
    expect(change).toMatchObject({ period: '2024', previous_published: '2025-03-01', park_id: 'P1', indicator_id: 'tax_per_mu', before: '99', after: '35.2' });
  });

  it('zips every file with a README that names them', () => {
    const zip = unzipSync(read(ZIP_FILE));
    const others = manifest.files.filter((f) => f.path !== ZIP_FILE);
    expect(Object.keys(zip).sort()).toEqual(['park-scorecard-data/README.md', ...others.map((f) => `park-scorecard-data/${f.path}`)].sort());
    for (const file of others) expect(Buffer.from(zip[`park-scorecard-data/${file.path}`]!).equals(read(file.path)), file.path).toBe(true);
    const readme = new TextDecoder().decode(zip['park-scorecard-data/README.md']);
    for (const file of others) expect(readme).toContain(`| \`${file.path}\` |`);
    expect(readme).toContain('CC-BY-4.0');
    expect(readme).toContain('[DS/OL]. 版本 2026.4.20.');
  });

  describe('datapackage.json', () => {
    const errorsOf = frictionlessErrors();
    const pkg = () => JSON.parse(read('datapackage.json').toString('utf8'));

    it('is a valid Tabular Data Package, each resource a valid Tabular Data Resource', () => {
      expect(errorsOf('tabular-data-package', pkg())).toEqual([]);
      for (const resource of pkg().resources) expect(errorsOf('tabular-data-resource', resource), resource.name).toEqual([]);
    });

    it('fails the profiles when it is broken', () => {
      const broken = (change: (p: ReturnType<typeof pkg>) => void) => {
        const p = pkg();
        change(p);
        return errorsOf('tabular-data-package', p);
      };
      expect(broken((p) => { p.resources[0].schema.fields[0].type = 'text'; })).not.toEqual([]);
      expect(broken((p) => { delete p.resources[0].schema; })).not.toEqual([]);
      expect(broken((p) => { p.resources = []; })).not.toEqual([]);
      expect(broken((p) => { p.created = 'yesterday'; })).not.toEqual([]);
      expect(broken((p) => { p.name = 'Park Scorecard'; })).not.toEqual([]);
      expect(broken((p) => { p.resources[1].schema.primaryKey = 7; })).not.toEqual([]);
    });

    it('describes every whole table through its copy without BOM, and lists the files as received among its sources', () => {
      const tables = manifest.files.filter((f) => f.group === 'table' && f.format === 'csv');
      expect(pkg().resources.map((r: { path: string }) => r.path)).toEqual(tables.map((f) => `plain/${f.path}`));
      for (const table of tables) expect(read(`plain/${table.path}`).equals(read(table.path).subarray(3)), table.path).toBe(true);
      const sourcePaths = pkg().sources.filter((s: { path?: string }) => s.path).map((s: { path: string }) => s.path);
      expect(sourcePaths).toEqual(manifest.files.filter((f) => f.group === 'source').map((f) => f.path));
      expect(pkg().resources.find((r: { name: string }) => r.name === 'revision_ranks').schema.primaryKey).toEqual(['period', 'previous_published', 'park_id']);
    });

    it('gives the size and SHA-256 of every other file of the package, so each can be checked', () => {
      const listed = [...pkg().resources, ...pkg().checksums].map((f: { path: string; bytes: number; hash: string }) => [f.path, f.bytes, f.hash]);
      const expected = manifest.files.filter((f) => f.path !== ZIP_FILE && f.path !== 'datapackage.json').map((f) => [f.path, f.bytes, `sha256:${f.sha256}`]);
      expect(listed.sort()).toEqual(expected.sort());
    });

    it('reads in the Frictionless JavaScript reader with the right column names and types', async () => {
      const { Package } = createRequire(import.meta.url)('datapackage');
      const dataPackage = await Package.load(join(out, 'datapackage.json'));
      expect(dataPackage.valid, JSON.stringify(dataPackage.errors)).toBe(true);
      for (const resource of dataPackage.resources) {
        const rows: Record<string, unknown>[] = await resource.read({ keyed: true });
        expect(resource.headers, resource.name).toEqual(resource.schema.fieldNames);
        expect(rows.length, resource.name).toBe(resource.descriptor.rows);
      }
      const rankings = await dataPackage.getResource('rankings').read({ keyed: true });
      const p1 = rankings.find((r: Record<string, unknown>) => r.period === '2025' && r.park_id === 'P1');
      expect(Object.keys(p1)[0]).toBe('period');
      expect(typeof p1.score).toBe('number');
      expect(typeof p1.rank).toBe('number');
      expect(typeof p1.vetoed).toBe('boolean');
    });
  });
});
