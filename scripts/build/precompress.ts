/**
 * Precompressed copies for hosts that serve them as they are (nginx gzip_static/brotli_static,
 * Caddy precompressed, Apache with the rules in scripts/deploy/): every text or wasm asset of the
 * site outside data/ gets a .br and a .gz beside it, when that saves space. Many hosts would
 * otherwise send the 34 MB DuckDB module uncompressed (nginx's gzip_types leaves wasm out).
 *
 * data/ is left alone: its files are listed, with their checksums, in datapackage.json.
 * Compressing the same bytes gives the same bytes, so copies are cached under .build/ by content
 * hash and a rebuild only compresses what changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export const COMPRESSED_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt', '.wasm', '.webmanifest']);
/** Smaller files gain too little to be worth a request header's difference. */
export const MIN_BYTES = 1024;
/** Above this, brotli's densest setting takes minutes (4 minutes for the 34 MB module); quality 9 takes seconds. */
const DENSE_LIMIT = 1 << 20;

const ENCODERS = {
  br: (bytes: Buffer) => brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: bytes.length > DENSE_LIMIT ? 9 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }),
  gz: (bytes: Buffer) => gzipSync(bytes, { level: 9 }),
} as const;

function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

/** Whether the build writes precompressed copies of the file at `path` (relative to the site). */
export function precompressed(path: string, bytes: number): boolean {
  return !path.startsWith('data/') && COMPRESSED_EXTENSIONS.has(extname(path)) && bytes >= MIN_BYTES;
}

/** Writes the .br and .gz copies into the site at `siteDir`; returns how many files got them. */
export function precompress(siteDir: string, cacheDir: string): number {
  mkdirSync(cacheDir, { recursive: true });
  let count = 0;
  for (const file of [...files(siteDir)]) {
    const path = relative(siteDir, file).split('\\').join('/');
    if (!precompressed(path, statSync(file).size)) continue;
    const bytes = readFileSync(file);
    const hash = createHash('sha256').update(bytes).digest('hex');
    let wrote = false;
    for (const [suffix, encode] of Object.entries(ENCODERS)) {
      const cached = join(cacheDir, `${hash}.${suffix}`);
      if (!existsSync(cached)) writeFileSync(cached, encode(bytes));
      const copy = readFileSync(cached);
      if (copy.length < bytes.length) {
        writeFileSync(`${file}.${suffix}`, copy);
        wrote = true;
      }
    }
    if (wrote) count += 1;
  }
  return count;
}
