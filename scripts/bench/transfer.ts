/** Bytes a page transfers before it is idle, by kind, with the largest files. */
import type { Browser } from '@playwright/test';

export type Kind = 'html' | 'css' | 'js' | 'data' | 'other';

export interface Transfer {
  total: number;
  byKind: Record<Kind, number>;
  largest: { url: string; bytes: number }[];
}

function kindOf(url: string, contentType: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript')) return 'js';
  if (/\.(csv|json|parquet|arrow|sql|wasm)(\?|$)/.test(url) || /csv|json|wasm|parquet/.test(contentType)) return 'data';
  return 'other';
}

export async function measureTransfer(browser: Browser, url: string): Promise<Transfer> {
  const context = await browser.newContext({ viewport: { width: 412, height: 915 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const files: { url: string; bytes: number; kind: Kind }[] = [];
  page.on('requestfinished', async (request) => {
    const response = await request.response();
    if (!response) return;
    const sizes = await request.sizes();
    files.push({ url: request.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, kind: kindOf(request.url(), response.headers()['content-type'] ?? '') });
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await context.close();
  const byKind: Record<Kind, number> = { html: 0, css: 0, js: 0, data: 0, other: 0 };
  for (const f of files) byKind[f.kind] += f.bytes;
  return {
    total: files.reduce((sum, f) => sum + f.bytes, 0),
    byKind,
    largest: [...files].sort((a, b) => b.bytes - a.bytes).slice(0, 3).map(({ url: u, bytes }) => ({ url: new URL(u).pathname, bytes })),
  };
}
