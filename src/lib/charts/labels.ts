/**
 * Label layout done before drawing, so the same labels come out at build time (no DOM to measure)
 * and in the browser: text widths are estimated, not measured.
 */
import type { Selection } from 'd3';

/**
 * Estimated width of `text` at `size` px: CJK and full-width characters are 1em, the rest about
 * 0.64em (the digits of the widest common fallback face, DejaVu Sans).
 */
export function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : char === ' ' ? 0.32 : 0.64;
  return ems * size;
}

/** How much wider bold text runs than regular: estimate bold labels at this multiple of their size. */
export const BOLD_WIDTH = 1.1;

/**
 * Breaks `text` into lines no wider than `maxWidth`: at spaces where it can, and inside a run
 * without spaces (as Chinese text breaks) only when the run is too long for a line, keeping Latin
 * words and numbers whole.
 */
export function wrapText(text: string, maxWidth: number, size: number): string[] {
  const fits = (line: string) => textWidth(line, size) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ').filter(Boolean)) {
    if (!line || fits(`${line} ${word}`)) {
      line = line ? `${line} ${word}` : word;
      if (fits(line)) continue;
    } else {
      lines.push(line);
      line = word;
      if (fits(line)) continue;
    }
    // `line` ends in a word too long for any line: break it between characters.
    const pieces = line.match(/[A-Za-z0-9.,%+\-−]+|./gu) ?? [];
    line = '';
    for (const piece of pieces) {
      if (line && !fits(line + piece)) {
        lines.push(line.trimEnd());
        line = piece.trimStart();
      } else {
        line += piece;
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}

export interface Span {
  /** Where the label wants its centre. */
  at: number;
  /** How much room it takes along the axis being dodged. */
  size: number;
}

/**
 * Centres for labels stacked along one axis (e.g. line-end labels along y): as near their wanted
 * positions as they can be without overlapping, `padding` apart, within [min, max] when they fit.
 * Returns the centres in input order.
 */
export function dodgeSpans(spans: readonly Span[], [min, max]: readonly [number, number], padding = 2): number[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.at - spans[b]!.at || a - b);
  const centres = spans.map((s) => s.at);
  let end = min - padding;
  for (const i of order) {
    const { size } = spans[i]!;
    centres[i] = Math.max(centres[i]!, end + padding + size / 2);
    end = centres[i]! + size / 2;
  }
  let start = max + padding;
  for (const i of [...order].reverse()) {
    const { size } = spans[i]!;
    centres[i] = Math.min(centres[i]!, start - padding - size / 2);
    start = centres[i]! - size / 2;
  }
  return centres;
}

export type Extent = readonly [number, number];
export type LabelSide = 'middle' | 'start' | 'end';

/** Clear space between a leader line and the text beside it. */
const LEADER_GAP = 4;

/**
 * Where a label `size` wide may sit along a leader at `anchor`: centred on it, starting just right
 * of it, or ending just left of it, in the order asked for, each shifted to stay within [min, max].
 */
export function extentsAround(anchor: number, size: number, [min, max]: Extent, order: readonly LabelSide[]): Extent[] {
  return order.map((side) => {
    const x0 = side === 'middle' ? anchor - size / 2 : side === 'start' ? anchor + LEADER_GAP : anchor - LEADER_GAP - size;
    const shifted = Math.min(Math.max(x0, min), max - size);
    return [shifted, shifted + size] as const;
  });
}

export interface LaneLabel {
  /** Where its text may go, best first. */
  extents: readonly Extent[];
  /** Where its leader line leaves it, running through the lanes nearer the marks. */
  anchor: number;
}

export interface LanePlace {
  /** Row, counted outward from the marks. */
  lane: number;
  extent: Extent;
}

/**
 * Puts labels into rows (lanes 0, 1, … outward from the marks) in the order given, so put the most
 * important first: each takes the nearest lane, then its best extent, where its text overlaps no
 * other label, its leader crosses no label in a nearer lane, and no leader from an outer lane runs
 * through its text. Null for a label with no room.
 */
export function assignLanes(labels: readonly LaneLabel[], lanes: number): (LanePlace | null)[] {
  const placed: (LanePlace & { anchor: number })[] = [];
  const clear = (a: Extent, b: Extent) => a[1] + 2 * LEADER_GAP <= b[0] || b[1] + 2 * LEADER_GAP <= a[0];
  const crosses = ([x0, x1]: Extent, x: number) => x0 - LEADER_GAP / 2 < x && x < x1 + LEADER_GAP / 2;
  return labels.map(({ extents, anchor }) => {
    for (let lane = 0; lane < lanes; lane++) {
      const extent = extents.find((extent) =>
        placed.every((other) =>
          other.lane === lane ? clear(extent, other.extent) : other.lane < lane ? !crosses(other.extent, anchor) : !crosses(extent, other.anchor),
        ),
      );
      if (extent) {
        placed.push({ lane, extent, anchor });
        return { lane, extent };
      }
    }
    return null;
  });
}

/**
 * Writes `lines` into a D3 text element as tspans, the block vertically centred on the element's y
 * (`lineHeight` apart, text `fontSize` high).
 */
export function appendTextLines(text: Selection<SVGTextElement, unknown, null, undefined>, lines: readonly string[], lineHeight: number, fontSize: number): void {
  const x = text.attr('x');
  const firstBaseline = 0.35 * fontSize - ((lines.length - 1) * lineHeight) / 2;
  lines.forEach((line, i) => {
    text.append('tspan').attr('x', x).attr('dy', i === 0 ? firstBaseline : lineHeight).text(line);
  });
}

/** Plot text options for a white outline that keeps labels legible over lines and marks. */
export const halo = { stroke: '#fff', strokeWidth: 4, strokeLinejoin: 'round', paintOrder: 'stroke' } as const;
