/**
 * Rounds the positions in a drawn chart to a tenth of a pixel. d3 and Plot write coordinates with
 * three decimals or floating-point noise (27.200000000000003); a tenth of a pixel is below what any
 * screen shows, and the shorter numbers make the page's SVG about a third smaller.
 */
const GEOMETRY = ['d', 'transform', 'points', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'viewBox'];

/** A number with two or more decimals; shorter ones (0.5, 0.32em) are left as written. */
const LONG_DECIMAL = /-?\d*\.\d{2,}(?:e-?\d+)?/g;

export function roundNumber(text: string): string {
  const rounded = Math.round(Number(text) * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function roundCoordinates(svg: SVGSVGElement): void {
  for (const element of [svg, ...svg.querySelectorAll('*')]) {
    for (const name of GEOMETRY) {
      const value = element.getAttribute(name);
      if (value !== null && value.includes('.')) element.setAttribute(name, value.replace(LONG_DECIMAL, roundNumber));
    }
  }
}
