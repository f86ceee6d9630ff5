import { describe, expect, it } from 'vitest';
import type { RewardRow } from '../../src/lib/contract/dataset.ts';
import {
  compareRewards, describeCap, describeCaps, describeFormula, describeRewardCondition, describeRewardScope, describeTierRange, listNames,
} from '../../src/lib/views/methodology-text.ts';

describe('methodology wording', () => {
  it('words reward conditions with their threshold', () => {
    expect(describeRewardCondition({ condition: 'moved_up', threshold: 5 }, '全省')).toBe('全省排名较上期前进5位及以上');
    expect(describeRewardCondition({ condition: 'bottom_n', threshold: 3 }, '全国')).toBe('全国排名后3名');
    expect(describeRewardCondition({ condition: 'last_in_city', threshold: null }, '全省')).toBe('在所在城市的园区中排名末位');
    expect(describeRewardScope('home_city', '示例市', '全省')).toBe('仅示例市园区');
    expect(describeRewardScope('all', '示例市', '全国')).toBe('全国园区');
  });

  it('orders rewards before penalties, then by condition and threshold', () => {
    const rule = (rule_id: string, kind: 'reward' | 'penalty', condition: RewardRow['condition'], threshold: number | null): RewardRow => ({
      rule_id, kind, condition, threshold, scope: 'all', label_zh: rule_id, label_en: rule_id, consequence_zh: '',
    });
    const rules = [
      rule('bottom_3', 'penalty', 'bottom_n', 3), rule('moved_up_10', 'reward', 'moved_up', 10),
      rule('top_10', 'reward', 'top_n', 10), rule('moved_up_5', 'reward', 'moved_up', 5), rule('last', 'penalty', 'last_in_city', null),
    ];
    expect(rules.sort(compareRewards).map((r) => r.rule_id)).toEqual(['moved_up_5', 'moved_up_10', 'top_10', 'bottom_3', 'last']);
  });

  it('words tier ranges as (from, to]', () => {
    expect(describeTierRange({ from_pct: 0, to_pct: 25 })).toBe('前25%');
    expect(describeTierRange({ from_pct: 25, to_pct: 70 })).toBe('25%（不含）至70%');
  });

  it('words formulas and caps by method and direction', () => {
    expect(describeFormula({ method: 'benchmark', direction: 'lower' })).toBe('得分 = 分值 × 标杆值 ÷ 数值；数值 ≤ 0时记封顶分');
    expect(describeCap({ method: 'benchmark', cap: 1.2, points: 6 })).toBe('最高7.20分（分值的1.2倍）');
    expect(describeCap({ method: 'minmax', cap: 1, points: 3 })).toBe('最高3.00分（满分）');
  });

  it('groups benchmark indicators by cap and shortens long name lists', () => {
    const indicators = [
      { name_zh: '亩均税收', method: 'benchmark' as const, cap: 1.2 },
      { name_zh: '亩均增加值', method: 'benchmark' as const, cap: 1 },
      { name_zh: '智慧园区建设', method: 'minmax' as const, cap: 1 },
      { name_zh: 'R&D', method: 'benchmark' as const, cap: 2 },
    ];
    expect(describeCaps(indicators)).toBe('1倍：亩均增加值；1.2倍：亩均税收；2倍：R&D');
    expect(listNames(['a', 'b', 'c'], 2)).toBe('a、b等3项');
  });
});
