import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliQuality, precompress } from '../../scripts/build/precompress.ts';

const work = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function site(name: string): string {
  const dir = join(work, name);
  mkdirSync(join(dir, '_astro'), { recursive: true });
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), `<h1>园区</h1>${'<p>排名</p>'.repeat(400)}`);
  writeFileSync(join(dir, '_astro', 'duckdb.wasm'), Buffer.concat([Buffer.from([0, 0x61, 0x73, 0x6d]), Buffer.alloc(50_000, 7)]));
  writeFileSync(join(dir, '_astro', 'tiny.js'), 'export {};');
  writeFileSync(join(dir, 'data', 'rankings.json'), JSON.stringify(Array(500).fill({ rank: 1 })));
  writeFileSync(join(dir, 'photo.png'), Buffer.alloc(5000, 1));
  return dir;
}

describe('precompressed copies', () => {
  it('.br and .gz beside large text and wasm outside data/, each decompressing to the file', async () => {
    const dir = site('a');
    expect(await precompress(dir, join(work, 'cache'))).toBe(2);
    for (const file of ['index.html', '_astro/duckdb.wasm']) {
      const bytes = readFileSync(join(dir, file));
      expect(brotliDecompressSync(readFileSync(join(dir, `${file}.br`)))).toEqual(bytes);
      expect(gunzipSync(readFileSync(join(dir, `${file}.gz`)))).toEqual(bytes);
    }
    for (const file of ['_astro/tiny.js', 'data/rankings.json', 'photo.png']) {
      expect(existsSync(join(dir, `${file}.br`)) || existsSync(join(dir, `${file}.gz`)), file).toBe(false);
    }
  });

  it('a second build takes the copies from the cache, byte for byte the same', async () => {
    const first = join(work, 'a');
    const second = site('b');
    const cached = readdirSync(join(work, 'cache')).length;
    await precompress(second, join(work, 'cache'));
    expect(readdirSync(join(work, 'cache'))).toHaveLength(cached);
    for (const file of ['index.html.br', 'index.html.gz', '_astro/duckdb.wasm.br', '_astro/duckdb.wasm.gz']) {
      expect(readFileSync(join(second, file))).toEqual(readFileSync(join(first, file)));
    }
  });

  it('pages get a fast brotli setting, the shared hashed assets the densest', () => {
    expect(brotliQuality('parks/SL-01/index.html', 80_000)).toBe(5);
    expect(brotliQuality('_astro/page.Cx1.js', 80_000)).toBe(11);
    expect(brotliQuality('_astro/duckdb-eh.wasm', 34_000_000)).toBe(9);
  });
});
