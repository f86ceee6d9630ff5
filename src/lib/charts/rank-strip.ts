/** Where a rank sits on a position strip: rank 1 at the left end, the last rank at the right. */

export interface StripGeometry {
  width: number;
  /** The mark's radius; the track runs between the centres of the two end positions. */
  radius: number;
}

export const RANK_STRIP: StripGeometry = { width: 280, radius: 11 };

/** The x of `rank` among `count` ranked parks; null when there is no rank to place. */
export function rankStripX(rank: number | null, count: number, { width, radius }: StripGeometry = RANK_STRIP): number | null {
  if (rank === null || count < 1) return null;
  const share = count === 1 ? 0 : (Math.min(rank, count) - 1) / (count - 1);
  return radius + share * (width - 2 * radius);
}
