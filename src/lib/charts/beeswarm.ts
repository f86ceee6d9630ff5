/**
 * Beeswarm layout: dots at fixed x positions spread out along y from a centre line so none
 * overlap. Done here rather than with Plot's dodge transform so the chart knows how tall the swarm
 * is, and where each dot is, before drawing.
 */

/**
 * Offsets from the centre line (positive is up), in input order, for dots of radius `r` at pixel
 * positions `xs`: each dot in turn takes the place nearest the line where it touches no dot placed
 * before it, so dots placed last end up on the outside of the swarm. Dots flagged in `upward`
 * only go up from the line.
 */
export function beeswarm(xs: readonly number[], r: number, upward: readonly boolean[] = []): number[] {
  const distance = 2 * r + 1;
  const placed: { x: number; y: number }[] = [];
  return xs.map((x, i) => {
    const near = placed.filter((p) => Math.abs(p.x - x) < distance);
    const candidates = [0, ...near.flatMap((p) => {
      const dy = Math.sqrt(distance ** 2 - (p.x - x) ** 2);
      return [p.y + dy, p.y - dy];
    })].filter((c) => !upward[i] || c >= 0).sort((a, b) => Math.abs(a) - Math.abs(b) || b - a);
    const y = candidates.find((c) => near.every((p) => (p.x - x) ** 2 + (p.y - c) ** 2 >= distance ** 2 - 1e-6))!;
    placed.push({ x, y });
    return y;
  });
}
