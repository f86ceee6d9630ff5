import { describe, expect, it } from 'vitest';
import { buildDeck, type Slide } from '../../src/lib/briefing/deck.ts';
import { homeRankingSlide } from '../../src/lib/briefing/home-ranking-slide.ts';
import { titleSlide } from '../../src/lib/briefing/title-slide.ts';
import type { RankingRow } from '../../src/lib/sql/scoring.ts';
import type { BriefingTables } from '../../src/lib/briefing/tables.ts';
import { handWorked } from '../fixtures/hand-worked/dataset.ts';
import * as expected from '../fixtures/hand-worked/expected.ts';

const tables: BriefingTables = {
  ...handWorked,
  rankings: expected.officialRankings,
  categoryScores: expected.categoryScores,
  publishedCategoryScores: [],
  indicatorScores: expected.indicatorScores,
  rewardHits: expected.rewardHits,
  targetProgress: expected.targetProgress,
};

const deck2025 = buildDeck(tables, '2025');
const deck2024 = buildDeck(tables, '2024');

function slideOf<K extends Slide['kind']>(slides: readonly Slide[], kind: K, id?: string): Extract<Slide, { kind: K }> {
  return slides.find((s) => s.kind === kind && (id === undefined || s.id === id)) as Extract<Slide, { kind: K }>;
}

describe('the deck', () => {
  it('has the slides in showing order, one per home park ranked first, vetoed last', () => {
    expect(deck2025.slides.map((s) => s.id)).toEqual(['title', 'home-ranking', 'movers', 'targets', 'alerts', 'park-C', 'park-A', 'park-E', 'leaders']);
  });

  it('names the period, its as-of date and status', () => {
    expect(deck2025).toMatchObject({ period: '2025', title: '东江市产业园区评价简报 · 2025年度', asOf: '2025年度评价结果（公示稿） · 结果公布于2026年4月15日', sample: true });
    expect(deck2024.asOf).toBe('2024年度评价结果（正式结果） · 结果公布于2025年4月15日');
  });

  it('refuses a period that does not exist', () => {
    expect(() => buildDeck(tables, '2019')).toThrow('No period 2019');
  });
});

describe('a deck for a year known only from a published list', () => {
  const published = expected.officialRankings.map((r): RankingRow => ({ ...r, list_kind: 'top_n', rank_source: 'published' }));
  const deck = buildDeck({ ...tables, rankings: published, categoryScores: [], indicatorScores: [], targetProgress: [] }, '2025');

  it('leaves out the slides that would be empty: alerts without targets or values, and category leaders without scores', () => {
    expect(deck.slides.map((s) => s.kind)).not.toContain('alerts');
    expect(deck.slides.map((s) => s.kind)).not.toContain('leaders');
    expect(deck.slides.slice(0, 3).map((s) => s.id)).toEqual(['title', 'home-ranking', 'movers']);
  });

  it('keeps the alerts slide when targets are reported, and names the home city on it', () => {
    const withTargets = buildDeck({ ...tables, rankings: published, categoryScores: [], indicatorScores: [] }, '2025');
    expect(slideOf(withTargets.slides, 'alerts').homeCity).toBe('东江市');
  });
});

describe('title slide', () => {
  const title = slideOf(deck2025.slides, 'title');

  it('gives the evaluation, the place and the headline figures', () => {
    expect(title).toMatchObject({ heading: '东江市产业园区评价简报', evaluation: '2025年度开发区综合评价（手算示例）', region: '示例省', homeCity: '东江市' });
    expect(title.figures.map((f) => `${f.prefix ?? ''}${f.value}${f.unit} ${f.label}`)).toEqual([
      '5个 全省参评园区', '3个 东江市参评园区', '第1位 东江市最高名次', '2个 进入全省前10',
    ]);
  });

  it('on a published top list, counts the parks evaluated (not the rows listed) and the home parks on the list', () => {
    const top = expected.officialRankings
      .filter((r) => r.period === '2025' && r.rank !== null && r.rank <= 2)
      .map((r): RankingRow => ({ ...r, list_kind: 'top_n', rank_source: 'published', ranked_count: 229 }));
    const figures = (rows: RankingRow[]) => titleSlide(tables.site, tables.snapshots.find((s) => s.period === '2025')!, rows).figures.map((f) => `${f.prefix ?? ''}${f.value}${f.unit} ${f.label}`);
    expect(figures(top)).toEqual(['229个 全省参评园区', '1个 东江市上榜园区', '第1位 东江市最高名次', '1个 进入全省前10']);
    expect(figures(top.map((r) => ({ ...r, ranked_count: null })))[0]).toBe(`${top.length}个 公布名单所列园区`);
  });

  it('has no QR code address when site.json gives no base_url', () => {
    expect(title.publicUrl).toBeNull();
    const withUrl = buildDeck({ ...tables, site: { ...tables.site, base_url: 'https://parks.example.org//' } }, '2025');
    expect(slideOf(withUrl.slides, 'title').publicUrl).toBe('https://parks.example.org/');
  });
});

describe('home ranking slide', () => {
  it('lists the home parks in rank order with their movement, vetoed last', () => {
    const slide = slideOf(deck2025.slides, 'home-ranking');
    expect(slide.summary).toBe('全省4个园区参与排名；较上年度1个进位、1个退位、0个持平');
    expect(slide.rankedCount).toBe(4);
    expect(slide.rows.items.map((r) => [r.parkId, r.rank, r.tier, r.movement, r.direction])).toEqual([
      ['C', 1, 'A', '较上年度前进4位', 'up'],
      ['A', 4, 'D', '较上年度后退3位', 'down'],
      ['E', null, null, '一票否决，不参与排名', 'none'],
    ]);
    expect(slide.rows.more).toBe(0);
  });

  it('on a published list that is not the whole ranking, says how many it names and counts only the moves it can show', () => {
    const top = expected.officialRankings
      .filter((r) => r.period === '2025' && r.rank !== null)
      .map((r): RankingRow => ({ ...r, list_kind: 'top_n', rank_source: 'published' }));
    expect(homeRankingSlide('东江市', '全省', top).summary).toBe('全省4个园区参评，所录公布名单列出4个；较上年度1个进位、1个退位');
    const acrossMethods = top.map((r) => ({ ...r, previous_rank: null, rank_change: null, method_changed: true }));
    expect(homeRankingSlide('东江市', '全国', acrossMethods).summary).toBe('全国4个园区参评，所录公布名单列出4个；与上年度无可比的名次变化');
  });

  it('says when the period is the first', () => {
    expect(slideOf(deck2024.slides, 'home-ranking').summary).toBe('全省5个园区参与排名；本期为首期评价');
  });
});

describe('movers slide', () => {
  const slide = slideOf(deck2025.slides, 'movers');

  it('lists the province’s rises and falls against the previous year', () => {
    expect(slide.comparedWith).toBe('上年度');
    expect(slide.up.map((r) => [r.parkId, r.previousRank, r.rank, r.change, r.isHome])).toEqual([['C', 5, 1, 4, true], ['D', 4, 1, 3, false]]);
    expect(slide.down.map((r) => [r.parkId, r.change])).toEqual([['A', -3]]);
  });

  it('lists the home parks’ rules met, rewards first, with the consequences, and counts the province’s', () => {
    expect(slide.hits.items.map((h) => [h.name, h.kind, h.rule, h.consequence])).toEqual([
      ['东江工业园区', 'reward', '前进2位及以上', '奖励资金50万元'],
      ['东江工业园区', 'reward', '全省第一', '通报表扬'],
      ['东江高新技术产业开发区', 'penalty', '后退2位及以上', '约谈园区主要负责人'],
      ['东江高新技术产业开发区', 'penalty', '全省末位', '通报批评'],
      ['东江高新技术产业开发区', 'penalty', '本市末位', '扣减绩效奖金20%'],
    ]);
    expect(slide.provinceHits).toEqual({ reward: 4, penalty: 3 });
  });

  it('has no movement in the first period', () => {
    const first = slideOf(deck2024.slides, 'movers');
    expect([first.comparedWith, first.up, first.down]).toEqual([null, [], []]);
  });
});

describe('targets slide', () => {
  const slide = slideOf(deck2025.slides, 'targets');

  it('judges the city targets against time progress at the latest month reported', () => {
    expect(slide).toMatchObject({ heading: '2025年目标与时序进度', asOf: '2025年10月', ahead: 0, behind: 1 });
    expect(slide.timePct).toBeCloseTo(83.33, 2);
    // The revenue target last reported in July: its row says so.
    expect(slide.lines).toEqual([{
      targetId: 'city-revenue', name: '全市园区技工贸总收入', kind: 'cumulative', completionPct: 57.5, status: 'behind',
      statusText: '落后', gap: '−0.83', detail: '落后时序进度0.83个百分点（截至2025年7月）',
    }]);
  });

  it('gives the 双过半 verdict from June', () => {
    expect(slide.doubleHalf).toEqual({ achieved: true, detail: '6月末时序进度50.00%，1项全市累计目标均完成年度任务的50%以上。' });
  });

  it('is left out when no target reported progress', () => {
    const none = buildDeck({ ...tables, targetProgress: [] }, '2025');
    expect(none.slides.map((s) => s.kind)).not.toContain('targets');
  });
});

describe('alerts slide', () => {
  const slide = slideOf(deck2025.slides, 'alerts');

  it('lists the targets behind time progress (a milestone done since is not)', () => {
    expect(slide.targetsAsOf).toBe('2025年10月');
    expect(slide.behind).toEqual({ items: [{ scope: '全市', name: '全市园区技工贸总收入', detail: '落后时序进度0.83个百分点' }], more: 0 });
  });

  it('lists the home parks vetoed and those missing data, with how the gaps were scored', () => {
    expect(slide.vetoed.items).toEqual([{ name: '东江现代物流园区', reason: '发生较大生产安全事故' }]);
    expect(slide.missing.items).toEqual([{ name: '东江工业园区', indicators: '亩均增加值缺失（按有数据园区的平均分处理）' }]);
  });

  it('puts city targets and overdue ones first, then the furthest behind', () => {
    const progress = [
      ...expected.targetProgress.filter((r) => r.target_id === 'C-expansion' && r.month <= 9),
      ...expected.targetProgress.filter((r) => r.target_id === 'city-revenue'),
      { ...expected.targetProgress.at(-1)!, target_id: 'park-tax', scope: 'A', name_zh: '税收', gap_pp: -9 },
    ];
    const alerts = slideOf(buildDeck({ ...tables, targetProgress: progress }, '2025').slides, 'alerts');
    expect(alerts.behind.items.map((t) => [t.scope, t.detail])).toEqual([
      ['全市', '落后时序进度0.83个百分点'],
      ['东江工业园区', '逾期未完成（应于9月完成）'],
      ['东江高新技术产业开发区', '落后时序进度9.00个百分点'],
    ]);
  });
});

describe('park slides', () => {
  it('show a ranked park’s standing, categories against median and best, and history', () => {
    const c = slideOf(deck2025.slides, 'park', 'park-C');
    expect(c).toMatchObject({
      heading: '东江工业园区', facts: '省级 · 工业园区', rank: 1, rankedCount: 4, vetoReason: null,
      movement: '较上年度前进4位', direction: 'up', score: 79.6, tier: 'A', maxRanked: 5,
    });
    expect(c.categories.map((r) => [r.category, r.score, r.points])).toEqual([['发展质量', 60.2, 60], ['资源环境', 20, 40]]);
    expect(c.history).toEqual([{ period: '2024', rank: 5, label: '第5位' }, { period: '2025', rank: 1, label: '第1位' }]);
  });

  it('show the rules a park meets, its weakest indicators, and why a score is above full marks', () => {
    const c = slideOf(deck2025.slides, 'park', 'park-C');
    expect(c.hits).toEqual([
      { kind: 'reward', label: '前进2位及以上', consequence: '奖励资金50万元' },
      { kind: 'reward', label: '全省第一', consequence: '通报表扬' },
    ]);
    // 发展质量 60.20 of 60: 亩均税收 is benchmark-scored with a cap of 2 × its points.
    expect(c.categories.map((r) => r.note ?? '')).toEqual(['*', '']);
    expect(c.overFull).toBe('* 高于满分：优于标杆值的指标最高可得分值的 2 倍');
    const a = slideOf(deck2025.slides, 'park', 'park-A');
    expect(a.hits.map((h) => [h.kind, h.label])).toEqual([['penalty', '后退2位及以上'], ['penalty', '全省末位'], ['penalty', '本市末位']]);
    expect(a.overFull).toBeNull();
    expect(a.weakest.length).toBeGreaterThan(0);
    expect(a.weakest.every((name) => tables.indicators.some((i) => i.name_zh === name))).toBe(true);
  });

  it('show a vetoed park with its reason and no rank', () => {
    const e = slideOf(deck2025.slides, 'park', 'park-E');
    expect(e).toMatchObject({ rank: null, vetoReason: '发生较大生产安全事故', movement: '一票否决，不参与排名', tier: null });
    expect(e.history.map((h) => h.label)).toEqual(['第2位', '一票否决']);
  });
});

describe('leaders slide', () => {
  const slide = slideOf(deck2025.slides, 'leaders');

  it('ranks the ranked parks in each category, a vetoed park left out, equal scores sharing a place', () => {
    const [quality, environment] = slide.categories;
    expect(quality!.leaders.map((l) => [l.parkId, l.place, l.score])).toEqual([['C', 1, 60.2], ['D', 2, 56.6], ['A', 3, 51]]);
    expect(environment!.leaders.map((l) => [l.parkId, l.place])).toEqual([['B', 1], ['A', 2], ['C', 3]]);
    expect(slide.categories.every((c) => c.leaders.every((l) => l.parkId !== 'E'))).toBe(true);
  });

  it('names the home city’s best-placed park in each category', () => {
    expect(slide.categories.map((c) => [c.category, c.homeBest?.parkId, c.homeBest?.place])).toEqual([['发展质量', 'C', 1], ['资源环境', 'A', 2]]);
  });
});

describe('an earlier period’s park slide', () => {
  it('shows the history up to that period only', () => {
    const a = slideOf(deck2024.slides, 'park', 'park-A');
    expect(a.history).toEqual([{ period: '2024', rank: 1, label: '第1位' }]);
    expect(a.movement).toBe('首期评价，无上期排名');
  });
});
