/**
 * What every chart shares: its options, its text sizes, and the accessible SVG frame around it
 * (role, name, description, keyboard-reachable marks).
 */
import { roundCoordinates } from './round-coordinates.ts';
import { ink } from './palette.ts';

export interface ChartOptions {
  /** `window.document` in the browser, `serverDocument()` at build time. */
  document: Document;
  /**
   * Drawing width: the width the chart is shown at. Pages draw at a default width at build time
   * and redraw at their container's width in the browser (src/client/chart-resize.ts), so the
   * SVG is never stretched and its text keeps `fontSize`.
   */
  width: number;
  /** Label size in px; ticks are a pixel smaller. By default the size of the page's small text. */
  fontSize?: number;
  /** Drawing height; each chart has a default that fits its rows. */
  height?: number;
  /** The chart's accessible name. */
  title: string;
  /** One sentence saying what it shows. */
  description: string;
}

export const FONT_FAMILY = "system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif";

/** Keyboard users tab through at most this many marks per chart; the data table has the rest. */
export const MAX_FOCUSABLE = 40;

/** Options of a chart that names the field a ranking covers. */
export interface AreaOption {
  /** The field the ranking covers, as the pages name it: 全省, 全国 (see areaWord). */
  area: string;
}

export interface TextSizes {
  /** Labels and values. */
  label: number;
  /** Axis ticks and notes. */
  tick: number;
  /** Distance between the baselines of wrapped lines. */
  line: number;
}

/** Chart text on the site: the size of the page's small print (0.8125rem). */
export const DEFAULT_FONT_SIZE = 13;

/** The width charts are drawn at before the browser measures their box. */
export const DEFAULT_CHART_WIDTH = 640;

/**
 * Text sizes for labels `label` px high. They do not depend on the width: a narrower chart gets
 * fewer ticks and wrapped labels, never smaller text.
 */
export function textSizes(label: number = DEFAULT_FONT_SIZE): TextSizes {
  return { label, tick: Math.max(11, label - 1), line: Math.round(label * 1.3) };
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An empty SVG root for a D3 chart, sized like Plot's. */
export function createSvg(document: Document, width: number, height: number): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return svg;
}

export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Options every Plot chart passes to Plot.plot: its document, size and margins. */
export function plotFrame({ document, width }: ChartOptions, height: number, margin: Margins) {
  return { document, width, height, marginTop: margin.top, marginRight: margin.right, marginBottom: margin.bottom, marginLeft: margin.left };
}

/**
 * A y scale in pixels, for charts that lay their rows out themselves before drawing: y channels
 * then give positions in the drawing.
 */
export const pixelY = { type: 'identity', axis: null } as const;

/**
 * Makes a drawn SVG a self-describing image: role, name, <title> and <desc> first, the system CJK
 * fonts, white ground (the marks' contrast is measured against it). Plot's own <style> is
 * dropped; layout (block, white ground) comes from the page's CSS.
 */
export function finishChart(svg: SVGSVGElement, { document, fontSize, title, description }: ChartOptions): SVGSVGElement {
  for (const child of [...svg.children]) if (child.localName === 'style') child.remove();
  // Plot names its mark groups ("dot", "rule") with aria-label, which ARIA forbids on a plain <g>:
  // the image is named once, here; the group keeps its name as data-mark.
  for (const named of svg.querySelectorAll('[aria-label]')) {
    named.setAttribute('data-mark', named.getAttribute('aria-label')!);
    named.removeAttribute('aria-label');
  }
  roundCoordinates(svg);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('font-size', String(textSizes(fontSize).label));
  svg.setAttribute('fill', 'currentColor');
  // Presentation attributes, not a style attribute: the site's Content-Security-Policy allows no inline styles.
  svg.setAttribute('color', ink);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const descElement = document.createElementNS(SVG_NS, 'desc');
  descElement.textContent = description;
  svg.insertBefore(descElement, svg.firstChild);
  svg.insertBefore(titleElement, descElement);
  return svg;
}

/**
 * Lets keyboard users reach the first `limit` of `marks`: tabindex, and their <title> as data-tip
 * for the page's tooltip. Marks without a <title> are skipped.
 */
export function makeFocusable(marks: Iterable<Element>, limit = MAX_FOCUSABLE): void {
  let count = 0;
  for (const mark of marks) {
    if (count >= limit) return;
    const tip = [...mark.children].find((child) => child.localName === 'title')?.textContent;
    if (!tip) continue;
    mark.setAttribute('tabindex', '0');
    mark.setAttribute('data-tip', tip);
    count++;
  }
}

