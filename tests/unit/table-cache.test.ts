import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeDataFiles } from '../../scripts/build/write-artifacts.ts';
import { PUBLISHED_TABLES } from '../../src/lib/contract/published.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { VALID_DIR } from '../fixtures/validate/helpers.ts';

const work = mkdtempSync(join(tmpdir(), 'table-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function dataFolder(): string {
  const dir = mkdtempSync(join(work, 'data-'));
  cpSync(VALID_DIR, dir, { recursive: true });
  return dir;
}

let builds = 0;
/** The data phase of a build, as scripts/build.ts runs it: what it wrote (path → SHA-256) and which tables it reused. */
async function buildData(dataDir: string, tableCache: string | null, code = 'code v1') {
  const { dataset } = await validateDataFolder(nodeSource(dataDir));
  const out = join(work, `build-${builds++}`);
  const { manifest, reused } = await writeDataFiles(
    { dataDir, dataset: dataset!, scoringSql: readScoringSql(), created: new Date('2026-01-01T00:00:00Z') },
    { files: join(out, 'files'), site: join(out, 'site'), tableCache, code },
  );
  const written = (dir: string) => Object.fromEntries(readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), sha256(readFileSync(join(entry.parentPath, entry.name)))]));
  return { files: written(join(out, 'files')), site: written(join(out, 'site')), manifest, reused };
}

const ALL = PUBLISHED_TABLES.map((table) => table.name);

describe('the cache of computed tables', () => {
  const dataDir = dataFolder();
  const cache = join(work, 'cache');

  it('computes every table the first time, and copies every one when nothing changed, with the same bytes', async () => {
    const first = await buildData(dataDir, cache);
    expect(first.reused).toEqual([]);
    const second = await buildData(dataDir, cache);
    expect(second.reused).toEqual(ALL);
    expect(second.files).toEqual(first.files);
    expect(second.site).toEqual(first.site);
    expect(second.manifest).toEqual(first.manifest);
  });

  it('after a monthly progress update computes only the target tables again, as a build from scratch does', async () => {
    appendFileSync(join(dataDir, 'progress.csv'), '2025,12,revenue,170,\n');
    const updated = await buildData(dataDir, cache);
    expect(updated.reused).toEqual(ALL.filter((name) => name !== 'target_progress' && name !== 'progress'));
    const scratch = await buildData(dataDir, null);
    expect(scratch.reused).toEqual([]);
    expect(updated.files).toEqual(scratch.files);
    expect(updated.site).toEqual(scratch.site);
    // Only this build's entries are kept.
    expect(readdirSync(cache)).toHaveLength(ALL.length);
  });

  it('scores again when one period’s values change, as a build from scratch does', async () => {
    const values = join(dataDir, 'snapshots/2025/values.csv');
    writeFileSync(values, readFileSync(values, 'utf8').replace('P1,tax_per_mu,38.6,', 'P1,tax_per_mu,12.5,'));
    const changed = await buildData(dataDir, cache);
    for (const name of ['values', 'indicator_scores', 'category_scores', 'computed_rankings', 'rankings', 'reconciliation', 'revisions', 'revision_ranks']) {
      expect(changed.reused, name).not.toContain(name);
    }
    expect(changed.reused).toEqual(expect.arrayContaining(['parks', 'indicators', 'targets', 'progress', 'target_progress']));
    const scratch = await buildData(dataDir, null);
    expect(changed.files).toEqual(scratch.files);
    expect(changed.site).toEqual(scratch.site);
  });

  it('computes everything again when the code changed', async () => {
    expect((await buildData(dataDir, cache, 'code v2')).reused).toEqual([]);
  });
});
