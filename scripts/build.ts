/**
 * npm run build: validate → compute → write data artifacts → astro build → publish.
 * Everything is written to a staging folder first; dist/ is replaced only when all of it
 * succeeded, so bad data never leave a partial site behind.
 *
 * The data files are written before astro build, into a folder of their own, so that the pages
 * can list them (the downloads manifest); they are moved into the staged site's data/ after it.
 *
 * DATA_DIR (default data/) picks the data folder, OUT_DIR (default dist/) the output, BASE_PATH
 * (else site.json base_path, else /) the path the site will be served under,
 * DUCKDB_THREADS DuckDB's thread count, SOURCE_DATE_EPOCH the date the files carry (see
 * publicationDate): the same data give byte-identical output whatever the threads.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as astroBuild } from 'astro';
import type { Site } from '../src/lib/contract/dataset.ts';
import { publicationDate } from '../src/lib/publish/created.ts';
import { normalizeBase } from '../src/lib/site-path.ts';
import { readScoringSql } from '../src/lib/sql/scoring-sql-node.ts';
import { validateAndReport } from '../src/lib/validate/node-source.ts';
import { timed } from './build/phases.ts';
import { precompress } from './build/precompress.ts';
import { writeSitemap } from './build/sitemap.ts';
import { writeSocialPreview } from './build/social-preview.ts';
import { SiteData, scoreAndWriteDownloads, writeBrowserTables } from './build/write-artifacts.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = resolve(root, process.env.DATA_DIR ?? 'data');
const outDir = resolve(root, process.env.OUT_DIR ?? 'dist');
const workDir = join(root, '.build');
const stageDir = join(workDir, `stage-${process.pid}`);
const siteDataDir = join(workDir, `site-data-${process.pid}`);
const dataFilesDir = join(workDir, `data-files-${process.pid}`);

/** Moves each entry of `from` into `to`, which astro build has made and may hold pages of its own. */
function moveInto(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from)) renameSync(join(from, name), join(to, name));
}

/**
 * Validates, scores and writes every data file; what the rest of the build needs of the dataset,
 * or null if the data failed validation. The dataset is let go on return, before the pages are
 * built: at national scale it is gigabytes.
 */
async function writeData(): Promise<{ site: Site } | null> {
  const { dataset } = await timed('validate', () => validateAndReport(dataDir));
  if (!dataset) return null;
  const created = publicationDate(dataset.snapshots, process.env.SOURCE_DATE_EPOCH);
  const threads = process.env.DUCKDB_THREADS ? Number(process.env.DUCKDB_THREADS) : undefined;
  writeBrowserTables(join(dataFilesDir, 'browser'), dataset);
  const siteData = new SiteData(siteDataDir);
  const manifest = await timed('data', () => scoreAndWriteDownloads(dataFilesDir, { dataDir, dataset, scoringSql: readScoringSql(), created, threads, cacheDir: join(workDir, 'zip-cache') }, siteData.table));
  siteData.finish(dataset.site, manifest);
  return { site: dataset.site };
}

async function main(): Promise<number> {
  const started = performance.now();
  const data = await writeData();
  if (!data) {
    console.error('构建中止：数据未通过校验，未生成任何文件。 / Build stopped: the data failed validation; nothing was written.');
    return 1;
  }
  process.env.SITE_DATA_DIR = siteDataDir;
  // Pages and scripts read it through Vite's BASE_URL; Node code the pages run reads BASE_PATH.
  const base = normalizeBase(process.env.BASE_PATH || data.site.base_path);
  process.env.BASE_PATH = base;
  await timed('pages', () => astroBuild({ root, outDir: stageDir, logLevel: 'warn', base }));
  moveInto(dataFilesDir, join(stageDir, 'data'));
  writeSitemap(stageDir, data.site.base_url, base);
  await writeSocialPreview(stageDir, data.site.base_url);
  await timed('precompress', () => precompress(stageDir, join(workDir, 'precompress-cache')));

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(resolve(outDir, '..'), { recursive: true });
  renameSync(stageDir, outDir);
  console.log(`构建完成 / Built ${outDir} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main()
  .catch((error: unknown) => {
    console.error('构建失败 / Build failed:', error);
    return 1;
  })
  .then((code) => {
    rmSync(siteDataDir, { recursive: true, force: true });
    rmSync(dataFilesDir, { recursive: true, force: true });
    if (existsSync(stageDir)) rmSync(stageDir, { recursive: true, force: true });
    process.exit(code);
  });
