import { describe, expect, it } from 'vitest';
import type { Snapshot } from '../../src/lib/contract/dataset.ts';
import { periodLine, resultDates, staleProvisionalNote, targetsAsOf } from '../../src/lib/views/period-dates.ts';

const provisional: Snapshot = {
  period: '2025', title: '', published: '2026-04-20', comment_until: '2026-04-26', status: 'provisional', source: '示例省商务厅', notes: '',
};

describe('what each date is', () => {
  it('names publication, the comment period and the source', () => {
    expect(periodLine(provisional)).toBe('2025年度评价结果（公示稿） · 结果公布于2026年4月20日，公示期至2026年4月26日 · 来源：示例省商务厅');
    expect(resultDates({ ...provisional, status: 'revised', comment_until: null })).toBe('修订版公布于2026年4月20日');
    expect(resultDates({ ...provisional, status: 'final', comment_until: null })).toBe('结果公布于2026年4月20日');
    expect(targetsAsOf(2026, 10)).toBe('目标数据截至2026年10月');
  });

  it('explains a 公示稿 only once a whole month of newer figures lies past its comment period', () => {
    expect(staleProvisionalNote(provisional, 2026, 4)).toBeNull();
    expect(staleProvisionalNote(provisional, 2026, 5)).toBe(
      '2025年度结果的公示期已于2026年4月26日结束，正式结果尚未收录本站；在正式结果发布前，本站各页仍按2026年4月20日公布的公示稿显示，名次和得分可能调整。');
    expect(staleProvisionalNote({ ...provisional, status: 'final' }, 2026, 10)).toBeNull();
    expect(staleProvisionalNote({ ...provisional, comment_until: null }, 2026, 10)).toBeNull();
  });
});
