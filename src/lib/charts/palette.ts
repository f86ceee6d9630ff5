/**
 * Colours (and symbols) for marks, based on Okabe & Ito's colour-blind-safe set. Light members of that set
 * (orange, sky blue, yellow) are darkened or dropped so every mark colour reaches 3:1 against white.
 * Colour always doubles another cue (a shape, a dash, a label), never carries meaning alone.
 */

/** Text and axis lines. */
export const ink = '#1f1f1f';
/** Secondary text: axis ticks, notes. */
export const muted = '#595959';
/** Gridlines and tracks: decoration, not data. */
export const grid = '#e2e2e2';
/** Reference lines (median, benchmark, time progress). */
export const reference = '#4d4d4d';
/** Parks of the home city, always also drawn with a distinct symbol. */
export const home = '#d55e00';
/** All other parks, or a single data series. */
export const primary = '#0072b2';
/** Bonus points in a waterfall. */
export const gain = '#009e73';
/** Deducted points in a waterfall. */
export const loss = home;

/** Lines drawn only for context (every other park behind the ones in focus): decoration, not data. */
export const context = '#d0d0d0';

/**
 * One colour per series, in order; series are also told apart by direct labels and symbols. Twelve,
 * so a city's parks rarely share one; each reaches 3:1 against white.
 */
export const categorical = [primary, home, gain, '#ad5f8a', '#a86e00', reference, '#6a3d9a', '#b2182b', '#1b7837', '#8c510a', '#01665e', '#c51b7d'] as const;

/** The colour of the i-th series, cycling through the categorical set. */
export function seriesColor(i: number): string {
  return categorical[i % categorical.length]!;
}

/** Plot symbols paired with the series colours, so series differ in shape too. */
const symbols = ['circle', 'square', 'diamond', 'triangle', 'star', 'wye'] as const;

/** The symbol of the i-th series. */
export function seriesSymbol(i: number): string {
  return symbols[i % symbols.length]!;
}
