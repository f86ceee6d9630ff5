import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreAndWriteDownloads } from '../../scripts/build/write-artifacts.ts';
import { createStaticServer } from '../../scripts/static-server.ts';
import { formatProblem } from '../../scripts/verify/problems.ts';
import { verifyPackage } from '../../scripts/verify/verify-package.ts';
import { ZIP_FILE } from '../../src/lib/publish/manifest.ts';
import { readScoringSql } from '../../src/lib/sql/scoring-sql-node.ts';
import { validateDataFolder } from '../../src/lib/validate/folder.ts';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { VALID_DIR } from '../fixtures/validate/helpers.ts';

const FOLDER = 'park-scorecard-data/';
const root = new URL('../..', import.meta.url).pathname;

describe('npm run verify', () => {
  const work = mkdtempSync(join(tmpdir(), 'verify-test-'));
  const site = join(work, 'site');
  const data = join(site, 'data');
  const zipPath = join(data, ZIP_FILE);

  beforeAll(async () => {
    const { dataset } = await validateDataFolder(nodeSource(VALID_DIR));
    await scoreAndWriteDownloads(data, { dataDir: VALID_DIR, dataset: dataset!, scoringSql: readScoringSql(), created: new Date('2025-04-20T00:00:00Z') });
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** A copy of the ZIP with its entries changed by `edit`; returns its path. */
  function tamperedZip(name: string, edit: (entries: Record<string, Uint8Array>) => void): string {
    const entries = unzipSync(readFileSync(zipPath));
    edit(entries);
    const path = join(work, `${name}.zip`);
    writeFileSync(path, zipSync(entries));
    return path;
  }
  const lines = async (target: string) => (await verifyPackage(target)).problems.map(formatProblem);

  it('passes a fresh build’s ZIP, its data folder and the site served over HTTP', async () => {
    const fromZip = await verifyPackage(zipPath);
    expect(fromZip.problems).toEqual([]);
    expect(fromZip.checked).toBeGreaterThan(20);
    expect(await lines(data)).toEqual([]);
    expect(await lines(site)).toEqual([]);
    const server = createStaticServer(site).listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      expect(await lines(`http://127.0.0.1:${port}/`)).toEqual([]);
      expect(await lines(`http://127.0.0.1:${port}/data/${ZIP_FILE}`)).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('fails a ZIP with one changed byte, naming the file', async () => {
    const path = tamperedZip('byte', (entries) => {
      const bytes = entries[`${FOLDER}parquet/rankings.parquet`]!;
      bytes[100] = bytes[100]! ^ 0xff;
    });
    expect(await lines(path)).toContain('parquet/rankings.parquet  SHA-256 校验值不符，文件已被改动 / SHA-256 differs: the file was changed');
  });

  it('fails a ZIP with one changed score even when its checksum was changed to match, naming the row', async () => {
    const path = tamperedZip('score', (entries) => {
      const csv = new TextDecoder().decode(entries[`${FOLDER}rankings.csv`]);
      const line = csv.split('\r\n').find((l) => l.startsWith('2025,P1,'))!;
      const cells = line.split(',');
      const published = cells[9]!;
      cells[9] = String(Number(published) + 1);
      const changed = strToU8(csv.replace(line, cells.join(',')));
      entries[`${FOLDER}rankings.csv`] = changed;
      const pkg = JSON.parse(new TextDecoder().decode(entries[`${FOLDER}datapackage.json`]));
      const listed = pkg.checksums.find((f: { path: string }) => f.path === 'rankings.csv');
      Object.assign(listed, { bytes: changed.length, hash: `sha256:${createHash('sha256').update(changed).digest('hex')}` });
      entries[`${FOLDER}datapackage.json`] = strToU8(JSON.stringify(pkg, null, 2));
    });
    const problems = await lines(path);
    const rankings = problems.find((p) => p.startsWith('rankings.csv '))!;
    expect(rankings).toMatch(/^rankings\.csv {2}与用原始数据重新计算的结果不同\n {4}period=2025 park_id=P1: score \S+ → \S+ \/ differs from the result of rescoring the source files$/);
    expect(problems.some((p) => p.includes('SHA-256'))).toBe(false);
  });

  it('fails a ZIP with a missing file', async () => {
    const path = tamperedZip('missing', (entries) => {
      delete entries[`${FOLDER}periods/2025/rankings.csv`];
    });
    expect(await lines(path)).toContain('periods/2025/rankings.csv  缺少文件 / file missing');
  });

  it('prints what differs and exits 1 on a bad ZIP, 0 on a good one', () => {
    const run = (target: string) => spawnSync('npx', ['tsx', 'scripts/verify.ts', target], { cwd: root, encoding: 'utf8' });
    const good = run(zipPath);
    expect(good.stdout).toContain('通过：');
    expect(good.status).toBe(0);
    const bad = run(tamperedZip('cli', (entries) => { delete entries[`${FOLDER}scoring.sql`]; }));
    expect(bad.stdout).toContain('scoring.sql  缺少文件 / file missing');
    expect(bad.stdout).toContain('未通过');
    expect(bad.status).toBe(1);
  });
});
