import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { DownloadLog } from '../../scripts/build/download-log.ts';
import { ZIP_FOLDER, zipDownloads } from '../../scripts/build/write-zip.ts';

const work = mkdtempSync(join(tmpdir(), 'write-zip-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const about = { group: 'table', title_zh: '表', title_en: 'Table', table: null, period: null, rows: null } as const;
const created = new Date('2026-04-20T00:00:00Z');

function downloads(): DownloadLog {
  const log = new DownloadLog(join(work, 'data'));
  log.write('rankings.csv', Buffer.from(`park_id,rank\n${Array.from({ length: 3000 }, (_, i) => `P${i},${i + 1}`).join('\n')}\n`), about);
  log.write('periods/2025/values.csv', Buffer.from('park_id,value\nA,1.5\n'), { ...about, group: 'period', period: '2025' });
  log.write('parquet/rankings.parquet', Buffer.from('PAR1 not really parquet PAR1'), about);
  return log;
}

let zips = 0;
/** The ZIP zipDownloads writes, read back. */
async function zipOf(log: DownloadLog, readme: string, cache: string | null = null): Promise<Buffer> {
  const target = join(work, `download-${zips++}.zip`);
  await zipDownloads(log, readme, created, target, cache);
  return readFileSync(target);
}

describe('the download ZIP', () => {
  it('holds the README and every file byte for byte; Parquet is stored, the rest deflated', async () => {
    const log = downloads();
    const zip = await zipOf(log, '# 说明 README');
    const methods = new Map<string, number>();
    const files = unzipSync(zip, { filter: (f) => (methods.set(f.name, f.compression), true) });
    expect(Object.keys(files)).toEqual([`${ZIP_FOLDER}/README.md`, ...log.files.map((f) => `${ZIP_FOLDER}/${f.path}`)]);
    expect(strFromU8(files[`${ZIP_FOLDER}/README.md`]!)).toBe('# 说明 README');
    expect(strFromU8(files[`${ZIP_FOLDER}/periods/2025/values.csv`]!)).toBe('park_id,value\nA,1.5\n');
    expect(files[`${ZIP_FOLDER}/rankings.csv`]!.length).toBe(log.files[0]!.bytes);
    expect(methods.get(`${ZIP_FOLDER}/parquet/rankings.parquet`)).toBe(0);
    expect(methods.get(`${ZIP_FOLDER}/rankings.csv`)).toBe(8);
  });

  it('gives the same bytes with and without the cache, and a cached rebuild deflates nothing again', async () => {
    const log = downloads();
    const cache = join(work, 'cache');
    const plain = await zipOf(log, 'README');
    const first = await zipOf(log, 'README', cache);
    const cachedFiles = readdirSync(cache).sort();
    expect(cachedFiles).toHaveLength(2);
    const second = await zipOf(log, 'README', cache);
    expect(readdirSync(cache).sort()).toEqual(cachedFiles);
    expect(first.equals(plain)).toBe(true);
    expect(second.equals(plain)).toBe(true);
  });
});
