/**
 * sitemap.xml and robots.txt, when site.json gives base_url: every page of the built site on its
 * public address (embed pages and the 404 page left out), in path order so rebuilds are identical.
 * Under a sub-path, robots.txt only counts if the host's root serves it: copy it there.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { publicUrl } from '../../src/lib/views/public-url.ts';

function* pages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* pages(path);
    else if (entry.name === 'index.html') yield path;
  }
}

const xml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** Writes both files into `siteDir`; returns how many pages the sitemap lists (0: no base_url, nothing written). */
export function writeSitemap(siteDir: string, baseUrl: string, base: string): number {
  if (!publicUrl(baseUrl, base)) return 0;
  const paths = [...pages(siteDir)]
    .map((file) => relative(siteDir, file).split('\\').join('/').replace(/index\.html$/, ''))
    .filter((path) => !path.startsWith('embed/'))
    .sort();
  const urls = paths.map((path) => publicUrl(baseUrl, `${base}${path}`)!);
  writeFileSync(join(siteDir, 'sitemap.xml'), `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.map((url) => `  <url><loc>${xml(url)}</loc></url>`).join('\n')}\n</urlset>\n`);
  writeFileSync(join(siteDir, 'robots.txt'), `User-agent: *\nAllow: /\nSitemap: ${publicUrl(baseUrl, `${base}sitemap.xml`)}\n`);
  return urls.length;
}
