import { describeGap } from '../../src/lib/format/gap.ts';
import { describe, expect, it } from 'vitest';
import type { TargetProgressRow } from '../../src/lib/sql/scoring.ts';
import {
  amountDecimals, describeCompletion, describeVerdict, doubleHalfVerdict, formatGap, latestPerTarget, monthDone, statusBadge, statusLabel, targetsPageText,
} from '../../src/lib/views/target-verdict.ts';

/** A target_progress row as the SQL computes it, for `completion` % done by `month`. */
function row(target_id: string, month: number, completion: number, extra: Partial<TargetProgressRow> = {}): TargetProgressRow {
  const time = (100 * month) / 12;
  return {
    year: 2026, target_id, scope: 'city', parent_id: null, name_zh: target_id, unit: '亿元', kind: 'cumulative',
    target: 100, due_month: 12, month, actual: completion, completion_pct: completion, time_pct: time,
    gap_pp: completion - time, status: completion >= time ? 'ahead' : 'behind', ...extra,
  };
}

describe('gap and completion wording', () => {
  it('words a gap as reports do', () => {
    expect(describeGap(0.13)).toBe('超时序进度0.13个百分点');
    expect(describeGap(-4.1)).toBe('落后时序进度4.10个百分点');
    expect(describeGap(0)).toBe('与时序进度持平');
  });

  it('signs a gap for tables with a true minus sign', () => {
    expect(formatGap(0.13)).toBe('+0.13');
    expect(formatGap(-4.1)).toBe('−4.10');
    expect(formatGap(0)).toBe('0.00');
  });

  it('words the SQL status, an ahead target with no gap as on time', () => {
    expect(statusLabel({ status: 'behind', gap_pp: -0.01 })).toBe('落后');
    expect(statusLabel({ status: 'ahead', gap_pp: 0 })).toBe('持平');
    expect(statusLabel({ status: 'overdue', gap_pp: -50 })).toBe('逾期未完成');
  });

  it('badges an overdue milestone more gravely than a target behind time progress', () => {
    expect(statusBadge('overdue')).toEqual({ text: '逾期未完成', className: 'badge badge-alert' });
    expect(statusBadge('behind')).toEqual({ text: '落后', className: 'badge badge-warn' });
    expect(statusBadge('ahead')).toBeNull();
    expect(statusBadge('done')).toBeNull();
  });

  it('words completion with grouping and two decimals', () => {
    expect(describeCompletion(50.13)).toBe('完成年度任务的50.13%');
    expect(describeCompletion(1234.5)).toBe('完成年度任务的1,234.50%');
  });
});

describe('doubleHalfVerdict', () => {
  it('is achieved when June time progress and every city-wide cumulative target reach half', () => {
    const rows = [
      row('revenue', 5, 45), row('revenue', 6, 50.13), row('tax', 6, 50),
      row('revenue_SL-01', 6, 30, { scope: 'SL-01', parent_id: 'revenue' }),
      row('bonded_zone', 6, 0, { kind: 'milestone', status: 'overdue' }),
    ];
    const verdict = doubleHalfVerdict(rows)!;
    expect(verdict.achieved).toBe(true);
    expect(verdict.judged.map((r) => r.target_id)).toEqual(['revenue', 'tax']);
    expect(describeVerdict(verdict)).toEqual({
      headline: '实现双过半',
      detail: '6月末时序进度50.00%，2项全市累计目标均完成年度任务的50%以上。',
    });
  });

  it('is not achieved when a target is under half, and names it', () => {
    const verdict = doubleHalfVerdict([row('revenue', 6, 52), row('tax', 6, 45.9)])!;
    expect(verdict.achieved).toBe(false);
    expect(verdict.missed.map((r) => r.target_id)).toEqual(['tax']);
    expect(describeVerdict(verdict)).toEqual({
      headline: '未实现双过半',
      detail: '6月末时序进度50.00%；未过半的目标：tax（完成年度任务的45.90%）。',
    });
  });

  it('has no verdict before June is reported', () => {
    expect(doubleHalfVerdict([row('revenue', 5, 45)])).toBeNull();
  });
});

describe('picking rows', () => {
  it('takes each target at its latest month', () => {
    const latest = latestPerTarget([row('a', 1, 5), row('b', 2, 10), row('a', 3, 20), row('b', 1, 4)]);
    expect(latest.map((r) => [r.target_id, r.month])).toEqual([['a', 3], ['b', 2]]);
  });

  it('finds the month a milestone was first done', () => {
    const rows = [4, 5, 6].map((month) => row('zone', month, month >= 5 ? 100 : 0, { kind: 'milestone', status: month >= 5 ? 'done' : 'pending' }));
    expect(monthDone(rows, 'zone')).toBe(5);
    expect(monthDone(rows, 'other')).toBeNull();
  });

  it('shows whole amounts without decimals', () => {
    expect(amountDecimals([275, 230])).toBe(0);
    expect(amountDecimals([4656, 3900.12])).toBe(2);
  });
});

describe('targetsPageText', () => {
  it('names the year when there are targets, and no year (never -Infinity) when the data hold none', () => {
    expect(targetsPageText(4, 2026, '示例市')).toEqual({ title: '2026年目标进度', description: '示例市2026年全市及各园区目标完成情况，与时序进度对比，年中双过半情况与里程碑。', empty: '2026年尚无目标进度数据。' });
    expect(targetsPageText(0, -Infinity, '江苏省')).toEqual({ title: '年度目标进度', description: '江苏省全市及各园区目标完成情况，与时序进度对比，年中双过半情况与里程碑。', empty: '本站数据没有年度目标（targets.csv），无目标进度可显示。' });
  });
});
