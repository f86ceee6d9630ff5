/**
 * The social preview image as SVG, 1200 × 630 (the size link previews crop to): the site's title,
 * region and latest period in large type, and the overview's province strips for the home city's
 * best-placed parks. The build renders it to PNG (scripts/build/social-preview.ts).
 */
import { select } from 'd3';
import { chartSvg, serverDocument } from '../charts/dom.ts';
import { createSvg } from '../charts/frame.ts';
import { BOLD_WIDTH, textWidth } from '../charts/labels.ts';
import { ink, muted, primary } from '../charts/palette.ts';
import { rankStripChart, type RankStripRow } from '../charts/rank-strip-chart.ts';
import { areaWord } from '../format/area-word.ts';
import type { Site } from '../contract/dataset.ts';
import { latestSnapshot, readSite } from '../site-data.ts';
import { SAMPLE_NOTE, SOCIAL_PREVIEW } from '../views/social-preview.ts';
import { homeStandingRows } from './home-standing.ts';

/**
 * The font stack src/styles/global.css gives the pages (a unit test keeps the two the same): the
 * image is rendered with the system's fonts, as the pages are shown.
 */
export const PAGE_FONT_FAMILY = "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
  + "'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC', sans-serif";

export interface SocialPreviewInput {
  site: Pick<Site, 'title' | 'region' | 'home_city' | 'sample'>;
  period: string;
  /** The home city's parks, best rank first (the overview's strip rows). */
  rows: readonly RankStripRow[];
  /** Parks ranked in the province. */
  count: number;
}

/** Strips shown: the home city's best-placed parks, as many as stay legible at link-preview size. */
const MAX_STRIPS = 4;
const MARGIN = 60;
/** The pages' sample banner colours (global.css --warn-bg, --warn-ink). */
const WARN = { background: '#fff1e6', ink: '#7a3300' };

export function socialPreviewSvg({ site, period, rows, count }: SocialPreviewInput): string {
  const { width, height } = SOCIAL_PREVIEW;
  const inner = width - 2 * MARGIN;
  const document = serverDocument();
  const root = createSvg(document, width, height);
  root.setAttribute('xml:lang', 'zh-CN');
  root.setAttribute('font-family', PAGE_FONT_FAMILY);
  const svg = select(root);
  const area = areaWord(site.region);
  svg.append('rect').attr('width', width).attr('height', height).attr('fill', '#fff');
  svg.append('rect').attr('width', width).attr('height', 12).attr('fill', primary);

  const titleSize = Math.min(72, Math.floor(inner / textWidth(site.title, BOLD_WIDTH)));
  svg.append('text').attr('x', MARGIN).attr('y', 40 + titleSize).attr('font-size', titleSize).attr('font-weight', 'bold')
    .attr('fill', ink).text(site.title);
  svg.append('text').attr('x', MARGIN).attr('y', 175).attr('font-size', 34).attr('fill', ink)
    .text(`${site.region} · ${site.home_city}园区 · ${period}年度${area}排名`);

  const shown = rows.slice(0, MAX_STRIPS);
  const bottom = site.sample ? 560 : height - 20;
  if (shown.length > 0) {
    const caption = `${site.home_city}名次最前的${shown.length}个园区${rows.length > shown.length ? `（共${rows.length}个）` : ''}在${area}${count}个园区中的位置`;
    svg.append('text').attr('x', MARGIN).attr('y', bottom - 8).attr('font-size', 24).attr('fill', muted).text(caption);
    const chart = rankStripChart(shown, { document, width: inner, fontSize: 22, count, area, title: caption, description: caption });
    // Placed as a nested <svg>, scaled down (never up) to fit between the heading and the caption.
    chart.setAttribute('x', String(MARGIN));
    chart.setAttribute('y', '215');
    chart.setAttribute('height', String(Math.min(Number(chart.getAttribute('height')), bottom - 40 - 215)));
    chart.setAttribute('preserveAspectRatio', 'xMinYMin meet');
    chart.setAttribute('font-family', PAGE_FONT_FAMILY);
    root.append(chart);
  }
  if (site.sample) {
    svg.append('rect').attr('y', bottom).attr('width', width).attr('height', height - bottom).attr('fill', WARN.background);
    svg.append('text').attr('x', width / 2).attr('y', bottom + (height - bottom) / 2 + 10).attr('text-anchor', 'middle')
      .attr('font-size', 28).attr('font-weight', 'bold').attr('fill', WARN.ink).text(SAMPLE_NOTE);
  }
  return chartSvg(root);
}

/** The preview of the site being built (reads SITE_DATA_DIR). */
export function siteSocialPreviewSvg(): string {
  return socialPreviewSvg({ site: readSite(), period: latestSnapshot().period, ...homeStandingRows() });
}
