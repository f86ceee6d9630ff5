/**
 * Every reference a built site makes, checked against its own files: href, src and srcset in the
 * pages and their social preview image (og:image), url() in the style sheets, the paths datapackage.json lists, and sitemap.xml's entries.
 * A reference resolves when it names a file of the site under its base path (a folder: its
 * index.html). Only a licence (rel="license") or a cited source (inside <cite>) may point
 * elsewhere.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';

export interface BrokenLink {
  /** The file that makes the reference, relative to the site. */
  from: string;
  target: string;
  reason: string;
}

const ORIGIN = 'http://site.invalid';

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else yield path;
  }
}

/** The site file a same-site URL path names, or null when there is none. */
function fileFor(site: string, base: string, pathname: string): string | null {
  if (!pathname.startsWith(base)) return null;
  const path = join(site, decodeURIComponent(pathname.slice(base.length)));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : null;
}

export function checkSiteLinks(site: string, base: string): { broken: BrokenLink[]; checked: number } {
  const broken: BrokenLink[] = [];
  let checked = 0;
    const check = (from: string, fromUrl: string, target: string, external: boolean) => {
    const trimmed = target.trim();
    if (trimmed === '' || trimmed.startsWith('#') || /^(data|blob|javascript):/i.test(trimmed)) return;
    checked += 1;
    const url = new URL(trimmed, fromUrl);
    if (url.origin !== ORIGIN) {
      if (!external) broken.push({ from, target: trimmed, reason: '指向本站以外 / points outside the site' });
      return;
    }
    if (!fileFor(site, base, url.pathname)) broken.push({ from, target: trimmed, reason: '本站没有这个文件 / no such file in the site' });
  };
  const urlOf = (path: string) => `${ORIGIN}${base}${path.replace(/(^|\/)index\.html$/, '$1')}`;

  for (const file of walk(site)) {
    const path = relative(site, file).split('\\').join('/');
    if (path.endsWith('.html')) {
      const { document } = parseHTML(readFileSync(file, 'utf8'));
      const pageUrl = urlOf(path);
      for (const element of document.querySelectorAll('[href], [src], [srcset]')) {
        const external = element.getAttribute('rel')?.split(/\s+/).includes('license') || element.closest('cite') !== null;
        // The canonical address is on the public host (base_url): its path must be a page of the site.
        const canonical = element.tagName === 'LINK' && element.getAttribute('rel') === 'canonical';
        for (const name of ['href', 'src']) {
          const value = element.getAttribute(name);
          if (value !== null) check(path, pageUrl, canonical ? new URL(value).pathname : value, external);
        }
        for (const candidate of (element.getAttribute('srcset') ?? '').split(',')) check(path, pageUrl, candidate.trim().split(/\s+/)[0] ?? '', external);
      }
      // The social preview image is named on the public host as well: its path must be a file of the site.
      for (const meta of document.querySelectorAll('meta[property="og:image"]')) check(path, pageUrl, new URL(meta.getAttribute('content')!).pathname, false);
    } else if (path.endsWith('.css')) {
      for (const [, , raw] of readFileSync(file, 'utf8').matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) check(path, urlOf(path), raw!, false);
    } else if (path === 'data/datapackage.json') {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { resources?: { path: string | string[] }[]; checksums?: { path: string }[] };
      const paths = [...(pkg.resources ?? []).flatMap((r) => (Array.isArray(r.path) ? r.path : [r.path])), ...(pkg.checksums ?? []).map((c) => c.path)];
      for (const target of paths) check(path, urlOf(path), target, false);
    } else if (path === 'sitemap.xml') {
      // Entries are on the public address (site.json base_url): their paths must be the site's.
      for (const [, loc] of readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)) check(path, urlOf(path), new URL(loc!).pathname, false);
    }
  }
  return { broken, checked };
}
