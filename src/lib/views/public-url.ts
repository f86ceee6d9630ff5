/** Where a page of the site is published: site.json base_url's origin with the page's path; null when base_url is not set. */
export function publicUrl(baseUrl: string, pathname: string): string | null {
  if (baseUrl.trim() === '') return null;
  return new URL(pathname, baseUrl).href;
}
