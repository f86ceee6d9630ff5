import { describe, expect, it } from 'vitest';
import { chineseQuotes, displayText, formatPct, formatPoints, tidySpacing } from '../../src/lib/format/typography.ts';

describe('Chinese typography', () => {
  it('turns ASCII double quotes into “ ” pairs', () => {
    expect(chineseQuotes('丰乡"智谷"数字经济产业园')).toBe('丰乡“智谷”数字经济产业园');
    expect(chineseQuotes('"甲""乙"')).toBe('“甲”“乙”');
    expect(chineseQuotes('没有引号')).toBe('没有引号');
  });

  it('drops spaces between Chinese text and figures, keeps them between Latin words', () => {
    expect(tidySpacing('示例市 12 个园区中 排名最高')).toBe('示例市12个园区中排名最高');
    expect(tidySpacing('完成 50.13% ，超时序进度')).toBe('完成50.13%，超时序进度');
    expect(tidySpacing('DuckDB WASM 查询')).toBe('DuckDB WASM 查询');
    expect(tidySpacing('第 3 位')).toBe('第3位');
  });

  it('shows data text with both rules', () => {
    expect(displayText('丰乡"智谷" 数字经济产业园')).toBe('丰乡“智谷”数字经济产业园');
  });

  it('uses one number of decimals per unit', () => {
    expect(formatPoints(3)).toBe('3.00');
    expect(formatPoints(102.1)).toBe('102.10');
    expect(formatPct(50.125)).toBe('50.13%');
    expect(formatPct(null)).toBe('—');
  });
});
