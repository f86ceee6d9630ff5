/** Writes a complete sample data folder in the contract's layout, one period at a time. */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as contract from '../../src/lib/contract/inputs.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import type { Site, Snapshot } from '../../src/lib/contract/dataset.ts';
import { writeCsv } from '../../src/lib/csv/write.ts';
import { formatDate } from '../../src/lib/format/date.ts';
import { adjustmentsFor, chooseVeto } from './adjustments.ts';
import { CATEGORIES, INDICATORS, REWARDS, TIERS } from './methodology.ts';
import { generateParks, HOME_CITY, takesPart } from './parks.ts';
import { firstVersion, MISTAKE_COUNT, revisedYear } from './revision.ts';
import { round, streamFor } from './rng.ts';
import { targetsAndProgress } from './targets.ts';
import { valueSeries, type SampleValue } from './values.ts';

export interface SampleOptions {
  parks: number;
  periods: number;
  seed: number;
}

export const DEFAULT_OPTIONS: SampleOptions = { parks: 140, periods: 5, seed: 20260420 };

/** Periods run backward from this year: 2021–2025 by default. */
export const LATEST_YEAR = 2025;

/** site.json as written: the optional notice is left out (the sample banner says what the data are). */
export const SITE: Omit<Site, 'notice'> = {
  title: '园区评价看板',
  region: '示例省',
  home_city: HOME_CITY,
  publisher: '示例市发展和改革委员会（示例数据）',
  licence: { id: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  contact: 'data@example.org',
  base_url: 'https://parks.example.org',
  base_path: '',
  sample: true,
};

const SAMPLE_NOTE = '示例数据，由 scripts/generate-sample.ts 生成，不代表任何真实园区。';

export function sampleYears(periods: number): number[] {
  return Array.from({ length: periods }, (_, k) => LATEST_YEAR - periods + 1 + k);
}

/** Results are first published in April of the next year, on a day that varies a little. */
const firstPublished = (year: number) => `${year + 1}-04-${20 - ((LATEST_YEAR - year) * 3) % 7}`;
/** The revised period's corrected results came out in June. */
const revisionPublished = (year: number) => `${year + 1}-06-18`;

/** snapshot.json as written: comment_until only where there is a comment period; a sample period has no published results, so no list fields. */
function snapshot(year: number, revised: boolean): Pick<Snapshot, 'period' | 'title' | 'published' | 'status' | 'source' | 'notes'> & { comment_until?: string } {
  const provisional = year === LATEST_YEAR;
  const first = firstPublished(year);
  const published = revised ? revisionPublished(year) : first;
  const notes = provisional
    ? `公示稿，公示期${year + 1}年4月${published.slice(-2)}日起7日，结果可能调整。${SAMPLE_NOTE}`
    : revised
      ? `${formatDate(published)}修订：更正${MISTAKE_COUNT}个园区各1项指标数值（小数点错位、单位换算错误和漏报）。${formatDate(first)}发布的原版本保存在 previous/${first}/。${SAMPLE_NOTE}`
      : SAMPLE_NOTE;
  return {
    period: String(year),
    title: `${year}年度${SITE.region}省级及以上产业园区综合评价`,
    published,
    status: provisional ? 'provisional' : revised ? 'revised' : 'final',
    // 公示期 of seven days, the day of publication included.
    ...(provisional ? { comment_until: `${year + 1}-04-${String(Number(published.slice(-2)) + 6).padStart(2, '0')}` } : {}),
    source: `${SITE.region}商务厅（示例数据）`,
    notes,
  };
}

/** Earlier periods' benchmarks, scaled back from indicators.csv (the latest period's) by each indicator's growth. */
function benchmarksFor(year: number) {
  return INDICATORS
    .filter((i) => i.method === 'benchmark' && i.benchmark !== null && i.model.growth !== 0)
    .map((i) => ({
      indicator_id: i.indicator_id,
      benchmark: round(i.benchmark! * (1 + i.model.growth) ** (year - LATEST_YEAR), i.decimals),
      note: `${year}年度标杆值`,
    }));
}

/** Writes the folder and returns the files written, relative to `outDir`, in writing order. */
export async function writeSample(outDir: string, options: SampleOptions = DEFAULT_OPTIONS): Promise<string[]> {
  const written: string[] = [];
  const put = async (file: string, text: string) => {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), text);
    written.push(file);
  };
  const putRows = (file: string, table: TableDef, rows: readonly object[]) =>
    put(file, writeCsv(table.columns.map((c) => c.name), rows as Record<string, unknown>[]));
  const putTable = (table: TableDef, rows: readonly object[], year?: number) => putRows(table.file.replace('<period>', String(year)), table, rows);
  const putJson = (file: string, value: unknown) => put(file, `${JSON.stringify(value, null, 2)}\n`);

  const { seed } = options;
  const years = sampleYears(options.periods);
  const parks = generateParks(options.parks, LATEST_YEAR, streamFor(seed, 'parks'));

  // The snapshots folder is wholly generated: clear it so no period of an earlier run survives.
  await rm(join(outDir, 'snapshots'), { recursive: true, force: true });
  await putJson('site.json', SITE);
  await putTable(contract.categories, CATEGORIES);
  await putTable(contract.indicators, INDICATORS);
  await putTable(contract.tiers, TIERS);
  await putTable(contract.rewards, REWARDS);
  await putTable(contract.parks, parks);

  const series = valueSeries(parks, INDICATORS, LATEST_YEAR, seed);
  const veto = chooseVeto(parks, years, seed);
  const revised = revisedYear(years);
  let latest: SampleValue[] = [];
  for (const year of years) {
    latest = series.next(year);
    await putJson(`snapshots/${year}/snapshot.json`, snapshot(year, year === revised));
    await putTable(contract.values, latest, year);
    if (year === revised) {
      const first = firstVersion(latest, INDICATORS, veto?.year === year ? veto.park_id : null, seed);
      await putRows(contract.previousFile(contract.values, String(year), firstPublished(year)), contract.values, first);
    }
    if (year !== LATEST_YEAR) await putTable(contract.benchmarks, benchmarksFor(year), year);
    await putTable(contract.adjustments, adjustmentsFor(year, parks, veto, seed), year);
  }

  const homeParks = parks.filter((p) => p.city === HOME_CITY && takesPart(p, LATEST_YEAR));
  const { targets, progress } = targetsAndProgress(LATEST_YEAR + 1, homeParks, latest, seed);
  await putTable(contract.targets, targets);
  await putTable(contract.progress, progress);
  return written;
}
