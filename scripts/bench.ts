/**
 * npm run bench: builds the site, serves it as a static host would (gzip), and measures each page
 * type in Chromium — Lighthouse (mobile and desktop), bytes transferred, DuckDB-WASM query times —
 * then the same at scale on generated data sets. Prints Markdown; writes .build/bench/results.{json,md}.
 *
 *   npm run bench                     everything (about 20–40 minutes on 2 cores)
 *   npm run bench -- --quick          no Lighthouse desktop runs, scale 150 × 5 and 1,500 × 5 only
 *   npm run bench -- --sizes 150x5    pick the scale sizes (parks x periods, comma-separated)
 *   npm run bench -- --no-scale       the sample site only
 *   npm run bench -- --live-only DIR  only the DuckDB-WASM timings on the ranking page of a built site
 *
 * Each scale size is generated, built (time, peak memory, output, the build's own phase times),
 * served and measured in Chromium (live queries, a what-if re-rank, the tab's memory, each page
 * type's HTML + CSS + JS); the largest size is then rebuilt after a monthly progress update.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import Papa from 'papaparse';
import { measureBuild, type BuildCost } from './bench/build-cost.ts';
import { lighthouseScores, CHROME_FLAGS } from './bench/lighthouse-scores.ts';
import { rankingQueryTimes } from './bench/live-timing.ts';
import { markdownReport, type BenchResults, type PageResult, type ScaleResult } from './bench/report.ts';
import { measureTransfer } from './bench/transfer.ts';
import { createStaticServer } from './static-server.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = join(root, '.build', 'bench');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const sizesArg = args.find((a, i) => args[i - 1] === '--sizes');
const DEFAULT_SIZES = quick ? '150x5,1500x5' : '150x5,1500x5,5000x5,150x20,1500x20,5000x20';
/** The page types with a size budget at every scale (issue 12): 100 KB compressed before interaction. */
const BUDGET_PAGES = new Set(['overview', 'ranking', 'park', 'indicator', 'targets']);
const sizes = args.includes('--no-scale') ? [] : (sizesArg ?? DEFAULT_SIZES).split(',').map((s) => s.split('x').map(Number) as [number, number]);

function csvRows(path: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true }).data;
}

/** One page of each type, chosen from the built data; a home-city park's page for the park type. */
function pageTypes(dist: string, dataDir: string) {
  const site = JSON.parse(readFileSync(join(dataDir, 'site.json'), 'utf8')) as { home_city: string };
  const park = csvRows(join(dist, 'data/browser/parks.csv')).find((p) => p.city === site.home_city)!;
  const indicator = csvRows(join(dist, 'data/browser/indicators.csv')).find((i) => i.tiebreak === 'true')!;
  return [
    { name: 'overview', path: '/' },
    { name: 'ranking', path: '/rankings/' },
    { name: 'park', path: `/parks/${park.park_id}/` },
    { name: 'indicator', path: `/indicators/${indicator.indicator_id}/` },
    { name: 'targets', path: '/targets/' },
    { name: 'data', path: '/data/' },
    { name: 'briefing', path: '/briefing/' },
  ];
}

async function serve(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createStaticServer(dir);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((done) => server.close(() => done())) };
}

const launchChromium = () => chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: CHROME_FLAGS.filter((f) => !f.startsWith('--headless')) });

async function benchPages(dist: string): Promise<{ pages: PageResult[]; rankingQueries: BenchResults['rankingQueries'] }> {
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const pages: PageResult[] = [];
    for (const { name, path } of pageTypes(dist, join(root, 'data'))) {
      const url = `${server.url}${path}`;
      if ((await fetch(url)).status !== 200) {
        console.warn(`skipped ${name}: ${path} is not built`);
        continue;
      }
      console.log(`measuring ${name} ${path}`);
      pages.push({
        name,
        path,
        transfer: await measureTransfer(browser, url),
        mobile: await lighthouseScores(url, 'mobile'),
        desktop: quick ? null : await lighthouseScores(url, 'desktop'),
      });
    }
    return { pages, rankingQueries: await rankingQueryTimes(browser, server.url) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Raises the latest month's progress figures by 1 %: the monthly update a rebuild is timed on. */
function updateLastMonth(dataDir: string): void {
  const path = join(dataDir, 'progress.csv');
  const parsed = Papa.parse<Record<string, string>>(readFileSync(path, 'utf8'), { header: true, skipEmptyLines: true });
  const monthOf = (r: Record<string, string>) => Number(r.year) * 12 + Number(r.month);
  const last = Math.max(...parsed.data.map(monthOf));
  for (const row of parsed.data) if (monthOf(row) === last && row.actual) row.actual = (Number(row.actual) * 1.01).toFixed(2);
  writeFileSync(path, `${Papa.unparse(parsed.data, { columns: parsed.meta.fields })}\n`);
}

/** HTML + CSS + JS each page type transfers before interaction, compressed, in KB. */
async function pageBudgets(browser: Browser, url: string, dist: string, dataDir: string): Promise<ScaleResult['pages']> {
  const pages: ScaleResult['pages'] = [];
  for (const { name, path } of pageTypes(dist, dataDir).filter((p) => BUDGET_PAGES.has(p.name))) {
    const { byKind } = await measureTransfer(browser, `${url}${path}`);
    pages.push({ name, kb: (byKind.html + byKind.css + byKind.js) / 1024 });
  }
  return pages;
}

const dataDirOf = (parks: number, periods: number) => join(work, `data-${parks}x${periods}`);
const distDirOf = (parks: number, periods: number) => join(work, `dist-${parks}x${periods}`);

async function benchScale(parks: number, periods: number): Promise<ScaleResult> {
  const data = dataDirOf(parks, periods);
  const dist = distDirOf(parks, periods);
  spawnSync('npx', ['tsx', 'scripts/generate-sample.ts', '--parks', String(parks), '--periods', String(periods), '--out', data], { cwd: root, stdio: 'inherit' });
  console.log(`building ${parks} parks × ${periods} periods`);
  const build = measureBuild(root, data, dist);
  if (!build.ok) return { parks, periods, build, queries: null, pages: [], rebuild: null };
  const server = await serve(dist);
  const browser = await launchChromium();
  try {
    const queries = await rankingQueryTimes(browser, server.url).catch((error: unknown) => {
      console.warn(`live queries at ${parks} × ${periods} failed: ${String(error)}`);
      return null;
    });
    return { parks, periods, build, queries, pages: await pageBudgets(browser, server.url, dist, data), rebuild: null };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The same build again after a monthly progress update: what the caches save. */
function rebuildAfterUpdate(parks: number, periods: number): BuildCost {
  updateLastMonth(dataDirOf(parks, periods));
  console.log(`rebuilding ${parks} × ${periods} after a monthly progress update`);
  return measureBuild(root, dataDirOf(parks, periods), distDirOf(parks, periods));
}

const liveOnly = args.find((a, i) => args[i - 1] === '--live-only');
if (liveOnly) {
  const server = await serve(liveOnly);
  const browser = await launchChromium();
  try {
    console.log(JSON.stringify(await rankingQueryTimes(browser, server.url)));
  } finally {
    await browser.close();
    await server.close();
  }
  process.exit(0);
}

mkdirSync(work, { recursive: true });
const siteDist = join(work, 'dist-sample');
console.log('building the sample site');
const site = measureBuild(root, join(root, 'data'), siteDist);
if (!site.ok) throw new Error(`The sample build failed: ${site.error}`);
const { pages, rankingQueries } = await benchPages(siteDist);
const results: BenchResults = {
  date: new Date().toISOString().slice(0, 16).replace('T', ' '),
  machine: `${cpus().length} cores, ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`,
  site,
  pages,
  rankingQueries,
  scale: [],
};

/** Written after every step, so a long run that is stopped keeps what it measured. */
function writeResults(): string {
  const markdown = markdownReport(results);
  writeFileSync(join(work, 'results.json'), JSON.stringify(results, null, 2));
  writeFileSync(join(work, 'results.md'), markdown);
  return markdown;
}

writeResults();
for (const [i, [parks, periods]] of sizes.entries()) {
  const result = await benchScale(parks, periods);
  results.scale.push(result);
  writeResults();
  if (i === sizes.length - 1 && result.build.ok) {
    result.rebuild = rebuildAfterUpdate(parks, periods);
    writeResults();
  }
}
console.log(`\n${writeResults()}\nWritten to .build/bench/results.json and .build/bench/results.md`);
