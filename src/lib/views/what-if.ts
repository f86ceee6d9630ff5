/**
 * The what-if panel's decisions: the running total of the weights, scaling them to the official
 * total, what to tell the reader when they do not add up, and where each home-city park would move.
 */
import { formatRankChange } from '../format/number.ts';
import { formatPoints } from '../format/typography.ts';

export type Weights = Record<string, number>;

export const weightTotal = (weights: Readonly<Weights>): number => Object.values(weights).reduce((sum, w) => sum + w, 0);

/**
 * The weights scaled in proportion so they add up to `total`, to two decimals; the largest takes
 * the rounding so the sum is exact. All zero stays all zero.
 */
export function scaleWeights(weights: Readonly<Weights>, total: number): Weights {
  const sum = weightTotal(weights);
  if (sum === 0) return { ...weights };
  const entries = Object.entries(weights).map(([id, w]) => [id, Math.round((w * total / sum) * 100) / 100] as const);
  const largest = entries.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
  const others = entries.filter(([id]) => id !== largest).reduce((s, [, w]) => s + w, 0);
  return Object.fromEntries(entries.map(([id, w]) => [id, id === largest ? Math.round((total - others) * 100) / 100 : w]));
}

/** The line under the weights: their total, and what it means when it is not the official one. */
export function totalNote(total: number, official: number): { balanced: boolean; text: string } {
  const sum = `合计${formatPoints(total)}分`;
  if (Math.abs(total - official) < 0.005) return { balanced: true, text: `${sum}，与官方权重合计相同。` };
  return {
    balanced: false,
    text: `${sum}，不等于官方的${formatPoints(official)}分：模拟总分与官方总分不在同一尺度上。勾选“按比例折算”可把权重折算为合计${formatPoints(official)}分。`,
  };
}

export interface RankShift {
  parkId: string;
  name: string;
  official: number;
  whatIf: number;
  /** Where each rank sits on the strip, 0 (first) to 100 (last), as a CSS percentage. */
  officialAt: number;
  whatIfAt: number;
  direction: 'up' | 'down' | 'level';
  /** 第12位 → 第8位（↑4）. */
  text: string;
}

interface WhatIfRow {
  park_id: string;
  name_zh: string;
  official_rank: number | null;
  whatif_rank: number | null;
  ranked_count: number;
}

const at = (rank: number, count: number) => (count <= 1 ? 0 : ((rank - 1) * 100) / (count - 1));

/** The home-city parks ranked both ways, in what-if order. Vetoed parks have no rank to move. */
export function rankShifts(rows: readonly WhatIfRow[]): RankShift[] {
  return rows
    .filter((r): r is WhatIfRow & { official_rank: number; whatif_rank: number } => r.official_rank !== null && r.whatif_rank !== null)
    .sort((a, b) => a.whatif_rank - b.whatif_rank || a.park_id.localeCompare(b.park_id))
    .map((r) => {
      const moved = r.official_rank - r.whatif_rank;
      return {
        parkId: r.park_id,
        name: r.name_zh,
        official: r.official_rank,
        whatIf: r.whatif_rank,
        officialAt: at(r.official_rank, r.ranked_count),
        whatIfAt: at(r.whatif_rank, r.ranked_count),
        direction: moved > 0 ? 'up' : moved < 0 ? 'down' : 'level',
        text: `第${r.official_rank}位 → 第${r.whatif_rank}位（${formatRankChange(moved)}）`,
      };
    });
}
