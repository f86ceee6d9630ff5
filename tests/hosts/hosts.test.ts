import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/lib/csp.ts';
import { BASE, HOSTS, ready, SITE, workDir } from './servers.ts';

const FIRST_PORT = Number(process.env.HOSTS_PORT ?? 4425);
const wasm = readdirSync(join(SITE, '_astro')).find((name) => name.endsWith('.wasm'))!;

interface Answer { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }

function get(port: number, path: string, encoding = 'identity'): Promise<Answer> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path, headers: { 'Accept-Encoding': encoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

const type = (answer: Answer) => String(answer.headers['content-type']).split(';')[0];

it('the sub-path build is there, with precompressed copies of the DuckDB module', () => {
  expect(existsSync(join(SITE, 'index.html')), `${SITE}: run npm run build:subpath first`).toBe(true);
  expect(existsSync(join(SITE, '_astro', `${wasm}.br`)) && existsSync(join(SITE, '_astro', `${wasm}.gz`))).toBe(true);
});

HOSTS.forEach((host, i) => {
  describe(host.name, () => {
    const port = FIRST_PORT + i;
    let server: ChildProcess;
    beforeAll(async () => {
      expect(existsSync(host.binary), `${host.binary} is not installed (.ci/run installs it)`).toBe(true);
      server = host.start(port, workDir(host.name));
      await ready(port, server);
    }, 30_000);
    afterAll(() => { server?.kill(); });

    it('serves pages as UTF-8 HTML, asked again each time, with the CSP and nosniff', async () => {
      const page = await get(port, `${BASE}rankings/`);
      expect(page.status).toBe(200);
      expect(String(page.headers['content-type'])).toMatch(/^text\/html;\s*charset=utf-8$/i);
      expect(page.headers['cache-control']).toBe('no-cache');
      expect(page.headers['content-security-policy']).toBe(contentSecurityPolicy({ wasm: true }));
      expect(page.headers['x-content-type-options']).toBe('nosniff');
      expect(page.body.toString()).toBe(readFileSync(join(SITE, 'rankings', 'index.html'), 'utf8'));
    });

    it('sends the DuckDB module as application/wasm: the .br copy, the .gz copy or the file, as asked; cached for a year', async () => {
      const path = `${BASE}_astro/${wasm}`;
      const br = await get(port, path, 'gzip, deflate, br');
      expect([br.status, type(br), br.headers['content-encoding']]).toEqual([200, 'application/wasm', 'br']);
      expect(br.body.equals(readFileSync(join(SITE, '_astro', `${wasm}.br`)))).toBe(true);
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const gz = await get(port, path, 'gzip');
      expect([type(gz), gz.headers['content-encoding']]).toEqual(['application/wasm', 'gzip']);
      expect(gz.body.equals(readFileSync(join(SITE, '_astro', `${wasm}.gz`)))).toBe(true);
      const plain = await get(port, path);
      expect([type(plain), plain.headers['content-encoding'], plain.body.length]).toEqual(['application/wasm', undefined, readFileSync(join(SITE, '_astro', wasm)).length]);
    });

    it('sends data as CSV cached for five minutes, and a missing page as the site’s 404 page', async () => {
      const csv = await get(port, `${BASE}data/rankings.csv`);
      expect([csv.status, type(csv), csv.headers['cache-control']]).toEqual([200, 'text/csv', 'public, max-age=300']);
      const missing = await get(port, `${BASE}no-such-page/`);
      expect(missing.status).toBe(404);
      expect(missing.body.toString()).toContain('页面未找到');
    });
  });
});
