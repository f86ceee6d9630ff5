import { describe, expect, it } from 'vitest';
import type { BuildCost } from '../../scripts/bench/build-cost.ts';
import { growth, type ScaleResult } from '../../scripts/bench/report.ts';
import { phaseTimes } from '../../scripts/build/phases.ts';

const built = (parks: number, periods: number, seconds: number, ok = true): ScaleResult => ({
  parks, periods, queries: null, pages: [], rebuild: null,
  build: { seconds, peakMB: null, outputMB: 0, files: 0, phases: {}, ok } satisfies BuildCost,
});

describe('the bench table', () => {
  it('reads the phase lines a build prints, and nothing else', () => {
    const output = ['通过：0 个错误', '阶段 / phase validate: 6.2 s', '  阶段 / phase data.zip: 10.0 s', 'phase pages: 3 s', '阶段 / phase pages: 120.5 s, 峰值内存 / peak 1830 MB', '构建完成 / Built dist in 140.1 s'].join('\n');
    expect(phaseTimes(output)).toEqual({ validate: 6.2, 'data.zip': 10, pages: 120.5 });
  });

  it('gives each size its growth over the last smaller size with as many periods', () => {
    const scale = [built(1250, 20, 60), built(150, 5, 5), built(2500, 20, 126), built(5000, 20, 270), built(1500, 5, 40)];
    expect(scale.map((_, i) => growth(scale, i))).toEqual(['—', '—', '2.10 (parks ×2)', '2.14 (parks ×2)', '8.00 (parks ×10)']);
  });

  it('has no growth for a failed build or after one', () => {
    const scale = [built(1250, 20, 60, false), built(2500, 20, 126), built(5000, 20, 1500, false)];
    expect(scale.map((_, i) => growth(scale, i))).toEqual(['—', '—', '—']);
  });
});
