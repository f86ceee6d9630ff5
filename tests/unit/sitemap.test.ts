import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSitemap } from '../../scripts/build/sitemap.ts';
import { publicUrl } from '../../src/lib/views/public-url.ts';

function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  for (const page of ['', 'rankings/', 'parks/SL-01/', 'embed/rankings/rank-history/']) {
    mkdirSync(join(dir, page), { recursive: true });
    writeFileSync(join(dir, page, 'index.html'), '<h1>x</h1>');
  }
  writeFileSync(join(dir, '404.html'), '<h1>404</h1>');
  return dir;
}

describe('public addresses', () => {
  it('a page’s public URL is base_url’s origin with the page’s path, or none without base_url', () => {
    expect(publicUrl('https://fgw.example.gov.cn/yqpj/', '/yqpj/rankings/')).toBe('https://fgw.example.gov.cn/yqpj/rankings/');
    expect(publicUrl('https://parks.example.org', '/rankings/')).toBe('https://parks.example.org/rankings/');
    expect(publicUrl('', '/rankings/')).toBeNull();
  });

  it('sitemap.xml lists every page but the embeds and the 404 page, in path order, under the sub-path; robots.txt names it', () => {
    const dir = site();
    expect(writeSitemap(dir, 'https://fgw.example.gov.cn', '/yqpj/')).toBe(3);
    expect(readFileSync(join(dir, 'sitemap.xml'), 'utf8')).toBe(`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>https://fgw.example.gov.cn/yqpj/</loc></url>
  <url><loc>https://fgw.example.gov.cn/yqpj/parks/SL-01/</loc></url>
  <url><loc>https://fgw.example.gov.cn/yqpj/rankings/</loc></url>
</urlset>
`);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\nSitemap: https://fgw.example.gov.cn/yqpj/sitemap.xml\n');
  });

  it('without base_url, neither file is written', () => {
    const dir = site();
    expect(writeSitemap(dir, '', '/')).toBe(0);
    expect(existsSync(join(dir, 'sitemap.xml')) || existsSync(join(dir, 'robots.txt'))).toBe(false);
  });
});
