import { describe, expect, it } from 'vitest';
import { parkStatus, previousPeriodWord } from '../../src/lib/views/park-status.ts';

const ranked = { period: '2025', vetoed: false, previous_period: '2024', previous_vetoed: false, rank_change: 0 };
const words = (row: Parameters<typeof parkStatus>[0]) => {
  const s = parkStatus(row);
  return [s.kind, s.direction, s.short, s.phrase];
};

describe('park status wording', () => {
  it('words a park that moved up, down or stayed', () => {
    expect(words({ ...ranked, rank_change: 3 })).toEqual(['up', 'up', '↑3', '较上年度前进3位']);
    expect(words({ ...ranked, rank_change: -2 })).toEqual(['down', 'down', '↓2', '较上年度后退2位']);
    expect(words(ranked)).toEqual(['level', 'level', '持平', '较上年度持平']);
  });

  it('tells a park vetoed last period from a park that was not evaluated then', () => {
    // 丰山滨江工业园区: ranked 2022 and 2023, vetoed 2024, ranked again 2025 — not 新参评.
    expect(words({ ...ranked, previous_vetoed: true, rank_change: null })).toEqual(['previously-vetoed', 'none', '上年度一票否决', '上年度一票否决，未排名']);
    expect(words({ ...ranked, previous_vetoed: null, rank_change: null })).toEqual(['new', 'none', '新参评', '新参评']);
  });

  it('puts this period’s veto and the first period before any comparison', () => {
    expect(words({ ...ranked, vetoed: true, previous_vetoed: true, rank_change: null })).toEqual(['vetoed', 'none', '一票否决', '一票否决，不参与排名']);
    expect(words({ ...ranked, previous_period: null, previous_vetoed: null, rank_change: null })).toEqual(['first-period', 'none', '—', '首期评价，无上期排名']);
  });

  it('says 上期 unless both periods are years', () => {
    expect(previousPeriodWord('2025', '2024')).toBe('上年度');
    expect(previousPeriodWord('2025H2', '2025H1')).toBe('上期');
    expect(parkStatus({ ...ranked, period: '2025H2', previous_period: '2025H1', rank_change: 2 }).phrase).toBe('较上期前进2位');
    expect(parkStatus({ ...ranked, period: '2025H2', previous_period: '2025H1', previous_vetoed: true, rank_change: null }).short).toBe('上期一票否决');
  });
});
