/** Ways to point at a chart: a link to it in its page's current view, and an <iframe> of its embed page. */

/** The page as it is now (view in the query) with the chart as its fragment. */
export function chartPermalink(href: string, chartId: string): string {
  const url = new URL(href);
  url.hash = chartId;
  return url.href;
}

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/** Room the embed page needs around the chart: title, description, source line, link back. */
const EMBED_CHROME_HEIGHT = 220;

/** HTML that shows the chart's embed page on another site. */
export function embedSnippet(embedUrl: string, title: string, chartHeight: number): string {
  const height = Math.round(chartHeight + EMBED_CHROME_HEIGHT);
  return `<iframe src="${attribute(embedUrl)}" title="${attribute(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}
