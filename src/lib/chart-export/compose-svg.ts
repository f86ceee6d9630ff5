/**
 * A chart as a file of its own: a new SVG with the chart's title on top and its source and as-of
 * line at the bottom, so the picture still says what it is and where it comes from when it is
 * pasted into a report. Works on any Document: the page's, or the server DOM in tests.
 */
import { FONT_FAMILY } from '../charts/frame.ts';
import { ink, muted } from '../charts/palette.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 16;
const TITLE_SIZE = 20;
const CREDIT_SIZE = 13;
const LINE_HEIGHT = 1.35;

export interface ExportText {
  title: string;
  /** The source and as-of line. */
  credit: string;
}

/** A character's width in ems, roughly: CJK and full-width forms are square, the rest narrower. */
const ems = (char: string) => (/[\u2e80-\uffef]/.test(char) ? 1 : 0.6);

/** `text` broken into lines no wider than `width` px at `fontSize`, character by character (CJK has no spaces to break at). */
export function wrapText(text: string, width: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  let used = 0;
  for (const char of text) {
    const w = ems(char) * fontSize;
    if (line && used + w > width) {
      lines.push(line);
      line = '';
      used = 0;
    }
    line += char;
    used += w;
  }
  return line ? [...lines, line] : lines;
}

/** The chart's drawing size, from its viewBox (every chart of this site has one). */
export function chartSize(chart: SVGSVGElement): { width: number; height: number } {
  const [, , width, height] = (chart.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
  if (!width || !height) throw new Error('The chart has no viewBox');
  return { width, height };
}

function textLines(document: Document, lines: readonly string[], top: number, size: number, attributes: Record<string, string>): SVGTextElement[] {
  return lines.map((line, i) => {
    const text = document.createElementNS(SVG_NS, 'text');
    text.setAttribute('x', String(PAD));
    text.setAttribute('y', String(top + (i + 0.8) * size * LINE_HEIGHT));
    text.setAttribute('font-size', String(size));
    for (const [name, value] of Object.entries(attributes)) text.setAttribute(name, value);
    text.textContent = line;
    return text as SVGTextElement;
  });
}

export function composeExportSvg(document: Document, chart: SVGSVGElement, { title, credit }: ExportText): SVGSVGElement {
  const { width, height } = chartSize(chart);
  const titleLines = wrapText(title, width - 2 * PAD, TITLE_SIZE);
  const creditLines = wrapText(credit, width - 2 * PAD, CREDIT_SIZE);
  const chartTop = PAD + titleLines.length * TITLE_SIZE * LINE_HEIGHT + PAD / 2;
  const creditTop = chartTop + height + PAD / 2;
  const total = Math.ceil(creditTop + creditLines.length * CREDIT_SIZE * LINE_HEIGHT + PAD);

  const svg = document.createElementNS(SVG_NS, 'svg') as SVGSVGElement;
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(total));
  svg.setAttribute('viewBox', `0 0 ${width} ${total}`);
  svg.setAttribute('font-family', FONT_FAMILY);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', title);
  const titleElement = document.createElementNS(SVG_NS, 'title');
  titleElement.textContent = title;
  const ground = document.createElementNS(SVG_NS, 'rect');
  ground.setAttribute('width', '100%');
  ground.setAttribute('height', '100%');
  ground.setAttribute('fill', '#fff');

  // The page sizes the chart with CSS; in a file it sits at its drawing size, named once by the outer image.
  const inner = chart.cloneNode(true) as SVGSVGElement;
  for (const name of ['class', 'role', 'aria-label']) inner.removeAttribute(name);
  inner.setAttribute('x', '0');
  inner.setAttribute('y', String(chartTop));
  inner.setAttribute('width', String(width));
  inner.setAttribute('height', String(height));

  svg.append(
    titleElement,
    ground,
    ...textLines(document, titleLines, PAD, TITLE_SIZE, { 'font-weight': '700', fill: ink }),
    inner,
    ...textLines(document, creditLines, creditTop, CREDIT_SIZE, { fill: muted }),
  );
  return svg;
}
