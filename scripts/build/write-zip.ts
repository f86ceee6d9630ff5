/**
 * One ZIP of every download, laid out as the site's data/ folder, with a README.
 *
 * The files are deflated on worker threads, one per core, and each deflated stream is cached under
 * .build/ by the file's SHA-256: a rebuild after a small data change deflates only the files that
 * changed. The result does not depend on the number of workers or on the cache.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { strToU8, Zip, ZipPassThrough, type ZipInputFile } from 'fflate';
import type { DownloadLog } from './download-log.ts';

/** The folder the ZIP unpacks into. */
export const ZIP_FOLDER = 'park-scorecard-data';
const LEVEL = 6;

interface Deflated {
  deflated: Uint8Array<ArrayBuffer>;
  crc: number;
}

interface Entry {
  name: string;
  /** The file's bytes, read when they are needed: the downloads together can be gigabytes. */
  read: () => Uint8Array;
  size: number;
  /** Parquet is compressed already: stored as it is. */
  store: boolean;
  /** The cache key; null: not cached. */
  sha256: string | null;
}

/** Deflates every entry not stored and not cached, on a pool of worker threads. */
async function deflateAll(entries: readonly Entry[], cacheDir: string | null): Promise<Map<Entry, Deflated>> {
  const done = new Map<Entry, Deflated>();
  const cachePath = (e: Entry) => (cacheDir && e.sha256 ? join(cacheDir, `${e.sha256}.l${LEVEL}.deflate`) : null);
  const todo: Entry[] = [];
  for (const entry of entries) {
    if (entry.store) continue;
    const cached = cachePath(entry);
    if (cached && existsSync(cached)) {
      const file = readFileSync(cached);
      done.set(entry, { crc: file.readUInt32LE(0), deflated: new Uint8Array(file.subarray(4)) });
    } else todo.push(entry);
  }
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const workers = Array.from({ length: Math.min(availableParallelism(), todo.length) }, () => new Worker(new URL('./deflate-worker.mjs', import.meta.url)));
  try {
    await Promise.all(workers.map(async (worker) => {
      for (let entry = todo.shift(); entry; entry = todo.shift()) {
        const result = await new Promise<Deflated>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.postMessage({ id: entry!.name, bytes: entry!.read(), level: LEVEL });
        });
        worker.removeAllListeners('error');
        done.set(entry, result);
        const cached = cachePath(entry);
        if (cached) {
          const header = Buffer.alloc(4);
          header.writeUInt32LE(result.crc, 0);
          writeFileSync(cached, Buffer.concat([header, result.deflated]));
        }
      }
    }));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return done;
}

/** Writes the ZIP to `fd`, the entries in the order given, each dated `created` so that a rebuild gives the same bytes. */
function assemble(fd: number, entries: readonly Entry[], deflated: Map<Entry, Deflated>, created: Date): void {
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    writeSync(fd, chunk);
  });
  for (const entry of entries) {
    if (entry.store) {
      const file = new ZipPassThrough(entry.name);
      file.mtime = created;
      zip.add(file);
      file.push(entry.read(), true);
      continue;
    }
    const { deflated: data, crc } = deflated.get(entry)!;
    const file: ZipInputFile = { filename: entry.name, size: entry.size, crc, compression: 8, mtime: created };
    zip.add(file);
    file.ondata!(null, data, true);
  }
  zip.end();
}

/** Writes a ZIP of every file of the log so far, and the README, to `target`. `cacheDir` keeps deflated files between builds. */
export async function zipDownloads(log: DownloadLog, readme: string, created: Date, target: string, cacheDir: string | null = null): Promise<void> {
  const readmeBytes = strToU8(readme);
  const entries: Entry[] = [
    { name: `${ZIP_FOLDER}/README.md`, read: () => readmeBytes, size: readmeBytes.length, store: false, sha256: null },
    ...log.files.map((file) => ({
      name: `${ZIP_FOLDER}/${file.path}`,
      read: () => readFileSync(join(log.dir, file.path)),
      size: file.bytes,
      store: file.format === 'parquet',
      sha256: file.sha256,
    })),
  ];
  const deflated = await deflateAll(entries, cacheDir);
  const fd = openSync(target, 'w');
  try {
    assemble(fd, entries, deflated, created);
  } finally {
    closeSync(fd);
  }
}
