/** The console's query kept in the page's URL (?q=…), so a link restores it. */

export const queryFromSearch = (search: string): string => new URLSearchParams(search).get('q') ?? '';

/** `href` with its `q` parameter set to `sql` (removed when empty), as path + query + hash. */
export function urlWithQuery(href: string, sql: string): string {
  const url = new URL(href);
  if (sql) url.searchParams.set('q', sql);
  else url.searchParams.delete('q');
  return `${url.pathname}${url.search}${url.hash}`;
}
