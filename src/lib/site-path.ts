/**
 * Where the site lives on its host: '/' or a sub-path such as '/yqpj/' (BASE_PATH at build time,
 * else site.json's base_path). Every link, asset and data file the site names goes through
 * sitePath(), so one build works under exactly one path.
 */

/** '/yqpj' or 'yqpj/' or '' → '/yqpj/' or '/'. */
export function normalizeBase(base: string): string {
  const trimmed = base.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** The base the page was built with: Vite's BASE_URL in pages and the browser, BASE_PATH under Node. */
export function basePath(): string {
  // Written out in full so that Vite replaces it with the built-in value; tsx has no import.meta.env.
  if (typeof import.meta.env === 'object') return normalizeBase(import.meta.env.BASE_URL);
  return normalizeBase(typeof process === 'undefined' ? '/' : process.env.BASE_PATH ?? '/');
}

/** A path from the site's root ('data/x.csv' or '/data/x.csv') as served: '/yqpj/data/x.csv'. */
export const sitePath = (path: string, base = basePath()): string => `${base}${path.replace(/^\/+/, '')}`;
