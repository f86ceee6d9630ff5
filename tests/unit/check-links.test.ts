import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSiteLinks } from '../../scripts/links/site-links.ts';

/** A small built site for `base`, every reference good; `plant` adds files that break one. */
function site(base: string, plant: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'links-'));
  const files: Record<string, string> = {
    'index.html': `<link rel="stylesheet" href="${base}_astro/site.css"><a href="${base}rankings/">排名</a><a href="rankings/#top">相对</a>
      <img src="${base}favicon.svg" srcset="${base}favicon.svg 1x, ${base}favicon.svg 2x" alt=""><a rel="license" href="https://creativecommons.org/licenses/by/4.0/">CC BY</a>
      <cite><a href="https://example.gov.cn/notice">公告</a></cite><meta property="og:image" content="https://parks.example.org${base}social-preview.png">`,
    'rankings/index.html': `<a href="../">首页</a><a href="${base}data/rankings.csv">CSV</a>`,
    '_astro/site.css': `body { background: url(${base}favicon.svg) }`,
    'favicon.svg': '<svg/>',
    'social-preview.png': 'png',
    'data/rankings.csv': 'rank\n1\n',
    'data/datapackage.json': JSON.stringify({ resources: [{ path: 'rankings.csv' }], checksums: [{ path: 'rankings.csv' }] }),
    'sitemap.xml': `<urlset><url><loc>https://parks.example.org${base}rankings/</loc></url></urlset>`,
    ...plant,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('link checker', () => {
  for (const base of ['/', '/yqpj/']) {
    it(`passes a site whose every reference resolves, at ${base}`, () => {
      const { broken, checked } = checkSiteLinks(site(base), base);
      expect(broken).toEqual([]);
      expect(checked).toBe(15);
    });
  }

  it('names each planted broken reference: a missing page, a root link in a sub-path build, a preview image off the sub-path, CSS, data package, sitemap, an outside link', () => {
    const dir = site('/yqpj/', {
      'methodology/index.html': '<a href="/yqpj/no-such-page/">x</a><a href="/rankings/">root</a><a href="https://example.com/">ad</a><meta property="og:image" content="https://parks.example.org/social-preview.png">',
      '_astro/more.css': '.x { background: url("../img/missing.png") }',
      'data/datapackage.json': JSON.stringify({ resources: [{ path: 'gone.csv' }], checksums: [] }),
      'sitemap.xml': '<urlset><url><loc>https://parks.example.org/yqpj/old/</loc></url></urlset>',
    });
    expect(checkSiteLinks(dir, '/yqpj/').broken.map((b) => `${b.from} → ${b.target}`).sort()).toEqual([
      '_astro/more.css → ../img/missing.png',
      'data/datapackage.json → gone.csv',
      'methodology/index.html → /rankings/',
      'methodology/index.html → /social-preview.png',
      'methodology/index.html → /yqpj/no-such-page/',
      'methodology/index.html → https://example.com/',
      'sitemap.xml → /yqpj/old/',
    ]);
  });
});
