/** Which rows of a result one page shows: the console renders a page, never the whole result. */

export const PAGE_SIZE = 100;

export interface Page {
  /** 0-based page number, clamped to the pages there are. */
  index: number;
  /** Number of pages; 1 for an empty result, so there is always a page to show. */
  count: number;
  /** Rows [start, end) of the result. */
  start: number;
  end: number;
}

export function pageOf(total: number, index: number, size = PAGE_SIZE): Page {
  const count = Math.max(1, Math.ceil(total / size));
  const clamped = Math.min(Math.max(0, Math.trunc(index)), count - 1);
  const start = clamped * size;
  return { index: clamped, count, start, end: Math.min(total, start + size) };
}
