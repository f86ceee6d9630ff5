import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'static-'));
const server = createStaticServer(dir);
const subServer = createStaticServer(dir, '/yqpj/');
let base = '';
let sub = '';
const WASM = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

beforeAll(async () => {
  mkdirSync(join(dir, 'rankings'));
  writeFileSync(join(dir, 'index.html'), '<h1>首页</h1>');
  writeFileSync(join(dir, 'rankings', 'index.html'), '<h1>排名</h1>');
  writeFileSync(join(dir, '404.html'), '<h1>未找到</h1>');
  writeFileSync(join(dir, 'duckdb.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d]));
  writeFileSync(join(dir, 'big.wasm'), WASM);
  // Marked copies, so a test can tell which one was sent.
  writeFileSync(join(dir, 'big.wasm.br'), brotliCompressSync(Buffer.concat([WASM, Buffer.from('br')])));
  writeFileSync(join(dir, 'big.wasm.gz'), gzipSync(Buffer.concat([WASM, Buffer.from('gz')])));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  await new Promise<void>((done) => subServer.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  sub = `http://127.0.0.1:${(subServer.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
  await new Promise<void>((done) => subServer.close(() => done()));
});

describe('static server, precompressed copies and a sub-path', () => {
  const raw = async (url: string, encoding: string) => {
    const { request } = await import('node:http');
    return new Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
      request(url, { headers: { 'Accept-Encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      }).on('error', fail).end();
    });
  };

  it('sends the .br copy to a browser that takes brotli, the .gz copy to one that takes only gzip, the file to others', async () => {
    const br = await raw(`${base}/big.wasm`, 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('application/wasm');
    expect(brotliDecompressSync(br.body).subarray(-2).toString()).toBe('br');
    const gz = await raw(`${base}/big.wasm`, 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).subarray(-2).toString()).toBe('gz');
    const plain = await raw(`${base}/big.wasm`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toEqual(WASM);
  });

  it('serves the site under its base path only, and sends the front page asked for without a slash to the base', async () => {
    expect((await raw(`${sub}/yqpj/rankings/`, 'identity')).body.toString()).toBe('<h1>排名</h1>');
    const outside = await raw(`${sub}/rankings/`, 'identity');
    expect([outside.status, outside.body.toString()]).toEqual([404, '<h1>未找到</h1>']);
    const bare = await raw(`${sub}/yqpj`, 'identity');
    expect([bare.status, bare.headers.location]).toEqual([301, '/yqpj/']);
  });
});

describe('static server', () => {
  it('serves a directory index as UTF-8 HTML', async () => {
    const response = await fetch(`${base}/rankings/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<h1>排名</h1>');
  });

  it('redirects a directory without its trailing slash, keeping the query', async () => {
    const response = await fetch(`${base}/rankings?period=2024`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/rankings/?period=2024');
  });

  it('serves .wasm as application/wasm, gzipped when asked', async () => {
    const response = await fetch(`${base}/duckdb.wasm`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers.get('content-type')).toBe('application/wasm');
    // fetch decodes gzip transparently; the header proves it was compressed on the wire.
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 0x61, 0x73, 0x6d]));
  });

  it('answers 404 with the site’s 404 page, and never leaves the folder', async () => {
    const missing = await fetch(`${base}/nope/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toBe('<h1>未找到</h1>');
    const escape = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`);
    expect(escape.status).toBe(404);
  });

  it('sends a Content-Length and no compression when gzip is not accepted', async () => {
    const { request } = await import('node:http');
    const body = await new Promise<{ headers: Record<string, unknown>; data: Buffer }>((resolve) => {
      request(`${base}/index.html`, { headers: { 'Accept-Encoding': 'identity' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ headers: res.headers, data: Buffer.concat(chunks) }));
      }).end();
    });
    expect(body.headers['content-encoding']).toBeUndefined();
    expect(body.headers['content-length']).toBe(String(Buffer.byteLength('<h1>首页</h1>')));
    expect(() => gunzipSync(body.data)).toThrow();
  });
});
