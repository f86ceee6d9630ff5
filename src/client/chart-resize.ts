/**
 * Draws each chart for the width it is shown at: every chart box with a spec (ChartSvg.astro) is
 * drawn again from its rows and options whenever its width changes, so chart text stays at its
 * set size on a phone and on a wide screen instead of scaling with the picture.
 */
import { drawSpec, type ChartKind, type ChartSpec } from '../lib/charts/chart-kinds.ts';

/** Narrower than this the box is hidden or collapsed: keep the last drawing. */
const MIN_WIDTH = 200;

const specBlock = (box: Element) => box.parentElement!.querySelector<HTMLScriptElement>(':scope > script.chart-spec')!;

export const readSpec = (box: Element): ChartSpec => JSON.parse(specBlock(box).textContent ?? '{}') as ChartSpec;

const drawing = new WeakMap<Element, number>();

/** Draws `box`'s chart at the box's width; `force` redraws at an unchanged width (the spec changed). */
export async function redraw(box: HTMLElement, force = false): Promise<void> {
  const width = Math.floor(box.clientWidth);
  if (width < MIN_WIDTH || (!force && box.dataset.drawnWidth === String(width))) return;
  const turn = (drawing.get(box) ?? 0) + 1;
  drawing.set(box, turn);
  const svg = await drawSpec(readSpec(box), document, width);
  // A later call for the same box (a further resize) wins.
  if (drawing.get(box) !== turn) return;
  box.replaceChildren(svg);
  box.dataset.drawnWidth = String(width);
}

/** Replaces `box`'s spec (e.g. the parks a picker put in focus) and redraws it. */
export function respec<K extends ChartKind>(box: HTMLElement, spec: ChartSpec<K>): Promise<void> {
  specBlock(box).textContent = JSON.stringify(spec);
  return redraw(box, true);
}

function fail(error: unknown): void {
  console.warn('Chart redraw failed; the chart drawn at build time stays:', error);
}

const observer = new ResizeObserver((entries) => {
  for (const entry of entries) redraw(entry.target as HTMLElement).catch(fail);
});
for (const box of document.querySelectorAll<HTMLElement>('.chart-svg[data-redraw]')) observer.observe(box);
