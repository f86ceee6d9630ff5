/**
 * A park's strengths and weaknesses: the indicators where its share of the points available is
 * furthest above, and furthest below, the median park's share.
 */
import type { IndicatorStanding } from './indicator-standing.ts';

export interface Edge {
  standing: IndicatorStanding;
  /** (score − median score) ÷ points available: +0.25 means a quarter of the points more than the median park. */
  edge: number;
}

const EDGES_SHOWN = 3;

function edgeOverMedian(s: IndicatorStanding): number {
  return (s.score - s.medianScore) / s.points;
}

/** Up to `count` indicators above the median (largest edge first) and below it (largest shortfall first). */
export function strengthsAndWeaknesses(standings: readonly IndicatorStanding[], count = EDGES_SHOWN): { strengths: Edge[]; weaknesses: Edge[] } {
  const edges = standings.filter((s) => s.points > 0).map((standing) => ({ standing, edge: edgeOverMedian(standing) }));
  return {
    strengths: edges.filter((e) => e.edge > 0).sort((a, b) => b.edge - a.edge).slice(0, count),
    weaknesses: edges.filter((e) => e.edge < 0).sort((a, b) => a.edge - b.edge).slice(0, count),
  };
}
