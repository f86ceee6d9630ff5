import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliases, CSV_TABLES, resultCategories, results } from '../../src/lib/contract/inputs.ts';
import { MISSING_MARKERS, type TableDef } from '../../src/lib/contract/schema.ts';
import { DEFAULT_OPTIONS, SITE, writeSample } from '../../scripts/sample/folder.ts';

const DATA = fileURLToPath(new URL('../../data', import.meta.url));
/** Files in data/ that the generator does not write. */
const HAND_WRITTEN = ['README.md'];

type Row = Record<string, string>;
const temporary: string[] = [];
let fresh: string;
let files: string[];

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'sample-'));
  temporary.push(dir);
  return dir;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)).replaceAll('\\', '/')).sort();
}

async function readCsv(dir: string, file: string): Promise<{ header: string[]; rows: Row[] }> {
  const parsed = Papa.parse<Row>(await readFile(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
  expect(parsed.errors, file).toEqual([]);
  return { header: parsed.meta.fields ?? [], rows: parsed.data };
}

const periodsOf = (list: readonly string[]) =>
  [...new Set(list.filter((f) => f.startsWith('snapshots/')).map((f) => f.split('/')[1]!))].sort();
const filesOf = (table: TableDef, list: readonly string[]) =>
  table.perPeriod ? periodsOf(list).map((p) => table.file.replace('<period>', p)).filter((f) => list.includes(f)) : [table.file];

beforeAll(async () => {
  fresh = await tempDir();
  files = await writeSample(fresh, DEFAULT_OPTIONS);
});

afterAll(async () => {
  await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('sample generator', () => {
  it('writes byte-identical folders for the same options', async () => {
    const again = await tempDir();
    const filesAgain = await writeSample(again, DEFAULT_OPTIONS);
    expect(filesAgain).toEqual(files);
    expect(await listFiles(again)).toEqual([...files].sort());
    for (const file of files) expect((await readFile(join(again, file))).equals(await readFile(join(fresh, file))), file).toBe(true);
  });

  it('draws different values from a different seed', async () => {
    const other = await tempDir();
    await writeSample(other, { ...DEFAULT_OPTIONS, seed: DEFAULT_OPTIONS.seed + 1 });
    const values = 'snapshots/2025/values.csv';
    expect(await readFile(join(other, values), 'utf8')).not.toBe(await readFile(join(fresh, values), 'utf8'));
    const method = 'methodology/indicators.csv';
    expect(await readFile(join(other, method), 'utf8')).toBe(await readFile(join(fresh, method), 'utf8'));
  });

  it('matches the committed data/ exactly, with no stale or hand-edited files', async () => {
    // data/etdz/ is another data set (real published results), not part of the sample.
    const committed = (await listFiles(DATA)).filter((f) => !HAND_WRITTEN.includes(f) && !f.startsWith('etdz/'));
    expect(committed).toEqual([...files].sort());
    for (const file of files) {
      const same = (await readFile(join(DATA, file))).equals(await readFile(join(fresh, file)));
      expect(same, `data/${file} differs from a fresh generation: run npm run generate-sample`).toBe(true);
    }
  });

  it('writes site.json as specified and CSV without a byte-order mark', async () => {
    expect(JSON.parse(await readFile(join(fresh, 'site.json'), 'utf8'))).toEqual(SITE);
    expect(SITE.home_city).toBe('示例市');
    expect(SITE.sample).toBe(true);
    for (const file of files.filter((f) => f.endsWith('.csv'))) {
      expect((await readFile(join(fresh, file)).then((b) => b.subarray(0, 3))).equals(Buffer.from([0xef, 0xbb, 0xbf])), file).toBe(false);
    }
  });

  it('follows the contract: headers, required cells, enums, numbers, ranges, keys', async () => {
    const keys = new Map<string, Set<string>>();
    // The sample is a province's full table of values: it has no published lists or their names.
    for (const table of CSV_TABLES.filter((t) => t !== aliases && t !== results && t !== resultCategories)) {
      const tableFiles = filesOf(table, files);
      expect(tableFiles.length, table.name).toBeGreaterThan(0);
      for (const file of tableFiles) {
        const { header, rows } = await readCsv(fresh, file);
        expect(header, file).toEqual(table.columns.map((c) => c.name));
        const seen = new Set<string>();
        for (const [r, row] of rows.entries()) {
          const where = `${file} row ${r + 2}`;
          for (const column of table.columns) {
            const cell = row[column.name] ?? '';
            const missing = cell === '' || (['number', 'integer'].includes(column.type) && MISSING_MARKERS.includes(cell));
            if (missing) {
              expect(column.required, `${where}: ${column.name} is required`).toBe(false);
              continue;
            }
            if (column.type === 'enum') expect(column.values, `${where}: ${column.name}`).toContain(cell);
            if (column.type === 'boolean') expect(['true', 'false'], where).toContain(cell);
            if (column.type === 'date') expect(cell, where).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            if (column.type === 'number' || column.type === 'integer') {
              const n = Number(cell);
              expect(Number.isFinite(n), `${where}: ${column.name}=${cell}`).toBe(true);
              if (column.type === 'integer') expect(Number.isInteger(n), `${where}: ${column.name}=${cell}`).toBe(true);
              if (column.min !== undefined) expect(column.exclusiveMin ? n > column.min : n >= column.min, `${where}: ${column.name}=${cell}`).toBe(true);
              if (column.max !== undefined) expect(n, `${where}: ${column.name}`).toBeLessThanOrEqual(column.max);
            }
          }
          if (table.primaryKey.length > 0) {
            const key = table.primaryKey.map((c) => row[c]).join('\u0000');
            expect(seen.has(key), `${where}: duplicate key ${key}`).toBe(false);
            seen.add(key);
          }
          for (const fk of table.foreignKeys) {
            const target = keys.get(fk.table);
            if (target) expect(target.has(fk.fields.map((c) => row[c]).join('\u0000')), `${where}: ${fk.fields.join(',')}`).toBe(true);
          }
        }
        if (!table.perPeriod) keys.set(table.name, seen);
      }
    }
  });

  it('gives indicator points that add up to their category points exactly', async () => {
    const { rows: categories } = await readCsv(fresh, 'methodology/categories.csv');
    const { rows: indicators } = await readCsv(fresh, 'methodology/indicators.csv');
    expect(categories.map((c) => [c.category_id, Number(c.points)])).toEqual([
      ['quality', 25], ['results', 25], ['momentum', 20], ['resources', 15], ['management', 15],
    ]);
    for (const category of categories) {
      const sum = indicators.filter((i) => i.category_id === category.category_id).reduce((total, i) => total + Number(i.points), 0);
      expect(sum, category.category_id).toBe(Number(category.points));
    }
    expect(indicators.length).toBeGreaterThanOrEqual(29);
    expect(indicators.filter((i) => i.tiebreak === 'true').map((i) => i.indicator_id)).toEqual(['tax_per_mu']);
    expect(indicators.filter((i) => i.direction === 'lower').map((i) => i.indicator_id).sort()).toEqual(['co2_per_value_added', 'energy_per_value_added']);
    expect(indicators.filter((i) => i.method === 'benchmark').every((i) => Number(i.benchmark) > 0)).toBe(true);
    expect(indicators.filter((i) => i.method === 'minmax').length).toBeGreaterThanOrEqual(3);
    expect(indicators.filter((i) => i.missing === 'average').length).toBeGreaterThanOrEqual(2);
    expect(new Set(indicators.map((i) => i.cap)).size).toBeGreaterThanOrEqual(2);
  });

  it('has about 140 parks in 14 cities, about 12 of them in the home city', async () => {
    const { rows: parks } = await readCsv(fresh, 'parks.csv');
    expect(parks.length).toBeGreaterThanOrEqual(130);
    expect(parks.length).toBeLessThanOrEqual(150);
    expect(new Set(parks.map((p) => p.city)).size).toBe(14);
    const home = parks.filter((p) => p.city === SITE.home_city);
    expect(home.length).toBeGreaterThanOrEqual(10);
    expect(home.length).toBeLessThanOrEqual(14);
    expect(new Set(home.map((p) => p.level))).toEqual(new Set(['national', 'provincial']));
    expect(new Set(home.map((p) => p.kind)).size).toBeGreaterThanOrEqual(5);
    expect(parks.some((p) => /[",]/.test(p.name_zh!) || /[",]/.test(p.name_en!))).toBe(true);
    for (const park of parks) {
      expect(Number(park.area_km2)).toBeGreaterThanOrEqual(3);
      expect(Number(park.area_km2)).toBeLessThanOrEqual(100);
    }
  });

  it('has five periods 2021–2025, the latest provisional and 2024 revised', async () => {
    expect(periodsOf(files)).toEqual(['2021', '2022', '2023', '2024', '2025']);
    for (const period of periodsOf(files)) {
      const snapshot = JSON.parse(await readFile(join(fresh, `snapshots/${period}/snapshot.json`), 'utf8'));
      expect(snapshot.period).toBe(period);
      expect(snapshot.status).toBe({ 2025: 'provisional', 2024: 'revised' }[period] ?? 'final');
      expect(snapshot.published.slice(0, 4)).toBe(String(Number(period) + 1));
    }
  });

  it('keeps 2024 as first published, with four values that the revision corrected', async () => {
    const earlier = files.filter((f) => f.startsWith('snapshots/2024/previous/'));
    expect(earlier).toEqual(['snapshots/2024/previous/2025-04-17/values.csv']);
    const snapshot = JSON.parse(await readFile(join(fresh, 'snapshots/2024/snapshot.json'), 'utf8'));
    expect(snapshot.published > '2025-04-17').toBe(true);
    const { rows: first } = await readCsv(fresh, earlier[0]!);
    const { rows: current } = await readCsv(fresh, 'snapshots/2024/values.csv');
    expect(first.map((r) => [r.park_id, r.indicator_id])).toEqual(current.map((r) => [r.park_id, r.indicator_id]));
    const differing = first.filter((row, i) => row.value !== current[i]!.value);
    expect(differing).toHaveLength(4);
    expect(new Set(differing.map((r) => r.park_id)).size).toBe(4);
    expect(differing.filter((r) => r.value === '').map((r) => r.note)).toEqual(['未报送']);
  });

  it('has one row per park and indicator, a few missing, and parks new in later periods', async () => {
    const { rows: indicators } = await readCsv(fresh, 'methodology/indicators.csv');
    const present = new Map<string, Set<string>>();
    let cells = 0;
    const markers = new Set<string>();
    for (const period of periodsOf(files)) {
      const { rows } = await readCsv(fresh, `snapshots/${period}/values.csv`);
      const parks = new Set(rows.map((r) => r.park_id!));
      present.set(period, parks);
      expect(rows.length, period).toBe(parks.size * indicators.length);
      cells += rows.length;
      for (const row of rows.filter((r) => r.value === '' || MISSING_MARKERS.includes(r.value!))) {
        markers.add(row.value!);
        expect(row.note, `${period} ${row.park_id} ${row.indicator_id}`).not.toBe('');
      }
    }
    expect(markers.has('')).toBe(true);
    expect(markers.size, 'an empty cell and at least one marker such as - or NA').toBeGreaterThanOrEqual(2);
    const first = present.get('2021')!;
    const latest = present.get('2025')!;
    expect([...latest].filter((p) => !first.has(p)).length).toBeGreaterThanOrEqual(1);
    expect(cells).toBeGreaterThan(5 * 130 * 29);
  });

  it('keeps values realistic and correlated', async () => {
    const { rows: indicators } = await readCsv(fresh, 'methodology/indicators.csv');
    const { rows } = await readCsv(fresh, 'snapshots/2025/values.csv');
    const byIndicator = new Map<string, Map<string, number>>();
    let missing = 0;
    for (const row of rows) {
      const value = Number(row.value);
      if (row.value === '' || !Number.isFinite(value)) { missing++; continue; }
      if (!byIndicator.has(row.indicator_id!)) byIndicator.set(row.indicator_id!, new Map());
      byIndicator.get(row.indicator_id!)!.set(row.park_id!, value);
    }
    expect(missing).toBeGreaterThan(0);
    expect(missing / rows.length).toBeLessThan(0.01);
    for (const indicator of indicators) {
      const values = [...byIndicator.get(indicator.indicator_id!)!.values()];
      expect(Math.min(...values), indicator.indicator_id).toBeGreaterThanOrEqual(0);
      if (indicator.unit === '%' && indicator.indicator_id !== 'target_completion_rate') expect(Math.max(...values), indicator.indicator_id).toBeLessThanOrEqual(100);
    }
    expect(Math.max(...byIndicator.get('target_completion_rate')!.values())).toBeGreaterThan(100);
    const revenue = [...byIndicator.get('total_revenue')!.values()];
    expect(revenue.reduce((a, b) => a + b, 0)).toBeGreaterThan(50_000);
    expect(revenue.filter((v) => v > 1000).length).toBeGreaterThanOrEqual(8);
    const taxPerMu = [...byIndicator.get('tax_per_mu')!.values()].sort((a, b) => a - b);
    expect(taxPerMu[Math.floor(taxPerMu.length / 2)]).toBeGreaterThan(12);
    expect(taxPerMu[Math.floor(taxPerMu.length / 2)]).toBeLessThan(30);

    const rankCorrelation = (a: string, b: string) => {
      const x = byIndicator.get(a)!;
      const y = byIndicator.get(b)!;
      const parks = [...x.keys()].filter((p) => y.has(p));
      const ranks = (m: Map<string, number>) => {
        const order = [...parks].sort((p, q) => m.get(p)! - m.get(q)!);
        return new Map(order.map((p, i) => [p, i]));
      };
      const rx = ranks(x);
      const ry = ranks(y);
      const n = parks.length;
      const d2 = parks.reduce((sum, p) => sum + (rx.get(p)! - ry.get(p)!) ** 2, 0);
      return 1 - (6 * d2) / (n * (n * n - 1));
    };
    expect(rankCorrelation('tax_per_mu', 'value_added_per_mu')).toBeGreaterThan(0.5);
    expect(rankCorrelation('total_revenue', 'total_tax')).toBeGreaterThan(0.5);
    expect(rankCorrelation('energy_per_value_added', 'value_added_per_mu')).toBeLessThan(-0.2);
  });

  it('has benchmarks that rise year on year, ending at indicators.csv', async () => {
    const { rows: indicators } = await readCsv(fresh, 'methodology/indicators.csv');
    const periods = periodsOf(files).filter((p) => files.includes(`snapshots/${p}/benchmarks.csv`));
    expect(periods.length).toBeGreaterThanOrEqual(2);
    const series = new Map(indicators.map((i) => [i.indicator_id!, [] as number[]]));
    for (const period of periods) {
      for (const row of (await readCsv(fresh, `snapshots/${period}/benchmarks.csv`)).rows) series.get(row.indicator_id!)!.push(Number(row.benchmark));
    }
    let rising = 0;
    for (const indicator of indicators) {
      const values = [...series.get(indicator.indicator_id!)!, Number(indicator.benchmark)];
      if (values.length < 2) continue;
      const stricter = values.slice(1).every((v, k) => (indicator.direction === 'higher' ? v >= values[k]! : v <= values[k]!));
      expect(stricter, indicator.indicator_id).toBe(true);
      rising++;
    }
    expect(rising).toBeGreaterThanOrEqual(5);
  });

  it('has bonuses, deductions and exactly one veto: a home-city park in 2024, without points', async () => {
    const { rows: parks } = await readCsv(fresh, 'parks.csv');
    const cityOf = new Map(parks.map((p) => [p.park_id!, p.city!]));
    const all: (Row & { period: string })[] = [];
    for (const period of periodsOf(files)) {
      for (const row of (await readCsv(fresh, `snapshots/${period}/adjustments.csv`)).rows) all.push({ ...row, period });
    }
    const vetoes = all.filter((a) => a.kind === 'veto');
    expect(vetoes).toHaveLength(1);
    expect(vetoes[0]!.period).toBe('2024');
    expect(vetoes[0]!.points).toBe('');
    expect(cityOf.get(vetoes[0]!.park_id!)).toBe(SITE.home_city);
    expect(all.filter((a) => a.kind === 'bonus' && a.points === '3').length).toBeGreaterThan(0);
    expect(all.filter((a) => a.kind === 'deduction').length).toBeGreaterThan(all.filter((a) => a.kind === 'bonus').length / 2);
    for (const row of all.filter((a) => a.kind !== 'veto')) expect(Number(row.points)).toBeGreaterThan(0);
  });

  it('has city targets with park shares that add up exactly, and milestones done, overdue and pending', async () => {
    const { rows: targets } = await readCsv(fresh, 'targets.csv');
    const { rows: parks } = await readCsv(fresh, 'parks.csv');
    const homeParks = new Set(parks.filter((p) => p.city === SITE.home_city).map((p) => p.park_id));
    expect(new Set(targets.map((t) => t.year))).toEqual(new Set(['2026']));
    const parents = targets.filter((t) => targets.some((c) => c.parent_id === t.target_id));
    expect(parents.length).toBeGreaterThanOrEqual(1);
    for (const parent of parents) {
      expect(parent.scope).toBe('city');
      const shares = targets.filter((c) => c.parent_id === parent.target_id);
      for (const share of shares) expect(homeParks.has(share.scope)).toBe(true);
      expect(shares.reduce((sum, s) => sum + Number(s.target), 0), parent.target_id).toBe(Number(parent.target));
    }

    const { rows: progress } = await readCsv(fresh, 'progress.csv');
    const actuals = (id: string) => progress.filter((p) => p.target_id === id).sort((a, b) => Number(a.month) - Number(b.month)).map((p) => Number(p.actual));
    for (const target of targets) {
      const series = actuals(target.target_id!);
      expect(progress.filter((p) => p.target_id === target.target_id).map((p) => Number(p.month)).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(series.slice(1).every((v, k) => v >= series[k]!), `${target.target_id} is cumulative`).toBe(true);
    }

    const milestones = targets.filter((t) => t.kind === 'milestone');
    expect(milestones.length).toBeGreaterThanOrEqual(2);
    expect(milestones.every((m) => m.target === '1')).toBe(true);
    const states = milestones.map((m) => {
      const series = actuals(m.target_id!);
      expect(series.every((v) => v === 0 || v === 1)).toBe(true);
      const doneIn = series.indexOf(1) + 1;
      if (doneIn > 0) return doneIn <= Number(m.due_month) ? 'done' : 'late';
      return Number(m.due_month) <= 10 ? 'overdue' : 'pending';
    });
    expect(new Set(states)).toEqual(new Set(['done', 'overdue', 'pending']));

    const cumulative = targets.filter((t) => t.kind === 'cumulative');
    for (const month of [6, 10]) {
      const ratios = cumulative.map((t) => actuals(t.target_id!)[month - 1]! / Number(t.target));
      expect(ratios.some((r) => r > month / 12), `ahead at month ${month}`).toBe(true);
      expect(ratios.some((r) => r < month / 12), `behind at month ${month}`).toBe(true);
    }
    // Slow start: January and February together make less than a quarter of a typical year.
    expect(actuals('revenue')[1]! / Number(targets.find((t) => t.target_id === 'revenue')!.target)).toBeLessThan(0.15);
  });

  it('scales to large sets, with periods running back from 2025', async () => {
    const big = await tempDir();
    const written = await writeSample(big, { parks: 600, periods: 20, seed: 7 });
    expect(periodsOf(written)).toEqual(Array.from({ length: 20 }, (_, k) => String(2006 + k)));
    const { rows: parks } = await readCsv(big, 'parks.csv');
    expect(parks).toHaveLength(600);
    expect(new Set(parks.map((p) => p.park_id)).size).toBe(600);
    const { rows: latest } = await readCsv(big, 'snapshots/2025/values.csv');
    expect(new Set(latest.map((r) => r.park_id)).size).toBe(600);
  });
});
