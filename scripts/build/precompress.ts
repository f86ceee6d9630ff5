/**
 * Precompressed copies for hosts that serve them as they are (nginx gzip_static/brotli_static,
 * Caddy precompressed, Apache with the rules in scripts/deploy/): every text or wasm asset of the
 * site outside data/ gets a .br and a .gz beside it, when that saves space. Many hosts would
 * otherwise send the 34 MB DuckDB module uncompressed (nginx's gzip_types leaves wasm out).
 *
 * data/ is left alone: its files are listed, with their checksums, in datapackage.json.
 * Compressing the same bytes gives the same bytes, so copies are cached under .build/ by content
 * hash and a rebuild only compresses what changed. The encoders run on libuv's thread pool, a few
 * files at a time, so every core works.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { extname, join, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { filesUnder } from './files-under.ts';

export const COMPRESSED_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm', '.webmanifest']);
/** Smaller files gain too little to be worth a request header's difference. */
export const MIN_BYTES = 1024;
/** Above this, brotli's densest setting takes minutes (4 minutes for the 34 MB module); quality 9 takes seconds. */
const DENSE_LIMIT = 1 << 20;

/**
 * Brotli quality for a file. The hashed assets under _astro/ are few, shared by every page and
 * cached for a year: they get the densest setting. Pages are one per park and indicator (thousands
 * at national scale) and change with every data update: quality 11 takes about 190 ms for an 80 KB
 * page, quality 5 about 3 ms for 10 % more bytes.
 */
export function brotliQuality(path: string, bytes: number): number {
  if (!path.startsWith('_astro/')) return 5;
  return bytes > DENSE_LIMIT ? 9 : 11;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

const ENCODERS = {
  br: (bytes: Buffer, path: string) => brotli(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality(path, bytes.length), [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }),
  gz: (bytes: Buffer) => gzipped(bytes, { level: 9 }),
} as const;

/** Whether the build writes precompressed copies of the file at `path` (relative to the site). */
export function precompressed(path: string, bytes: number): boolean {
  return !path.startsWith('data/') && COMPRESSED_EXTENSIONS.has(extname(path)) && bytes >= MIN_BYTES;
}

/** Writes the file's copies that are smaller than it; whether it wrote any. */
async function compressFile(file: string, path: string, cacheDir: string): Promise<boolean> {
  const bytes = await readFile(file);
  const hash = createHash('sha256').update(bytes).digest('hex');
  let wrote = false;
  for (const [suffix, encode] of Object.entries(ENCODERS)) {
    const cached = join(cacheDir, `${hash}.${suffix}`);
    const hit = existsSync(cached);
    const copy = hit ? await readFile(cached) : await encode(bytes, path);
    if (!hit) await writeFile(cached, copy);
    if (copy.length < bytes.length) {
      await writeFile(`${file}.${suffix}`, copy);
      wrote = true;
    }
  }
  return wrote;
}

/** Writes the .br and .gz copies into the site at `siteDir`; resolves to how many files got them. */
export async function precompress(siteDir: string, cacheDir: string): Promise<number> {
  mkdirSync(cacheDir, { recursive: true });
  const queue = [...filesUnder(siteDir)]
    .map((file) => ({ file, path: relative(siteDir, file).split('\\').join('/') }))
    .filter(({ file, path }) => precompressed(path, statSync(file).size));
  let count = 0;
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      if (await compressFile(next.file, next.path, cacheDir)) count += 1;
    }
  };
  await Promise.all(Array.from({ length: availableParallelism() * 2 }, worker));
  return count;
}
