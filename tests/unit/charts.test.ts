import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { bumpChart, bumpScales, type BumpRow } from '../../src/lib/charts/bump-chart.ts';
import { categoryBars, type CategoryBarRow } from '../../src/lib/charts/category-bars.ts';
import { distributionChart, type DistributionRow } from '../../src/lib/charts/distribution-chart.ts';
import { chartSvg, serverDocument } from '../../src/lib/charts/dom.ts';
import { createSvg, FONT_FAMILY, MAX_FOCUSABLE, textSizes } from '../../src/lib/charts/frame.ts';
import { roundCoordinates } from '../../src/lib/charts/round-coordinates.ts';
import { historyLine, type HistoryRow } from '../../src/lib/charts/history-line.ts';
import { assignLanes, BOLD_WIDTH, dodgeSpans, textWidth, wrapText } from '../../src/lib/charts/labels.ts';
import * as palette from '../../src/lib/charts/palette.ts';
import { scoreWaterfall, waterfallSteps, type WaterfallRow } from '../../src/lib/charts/score-waterfall.ts';
import { targetProgress, type TargetProgressRow } from '../../src/lib/charts/target-progress.ts';
import { describeGap } from '../../src/lib/format/gap.ts';
import { rankStripChart, type RankStripRow } from '../../src/lib/charts/rank-strip-chart.ts';
import { targetBullets, type TargetBulletRow } from '../../src/lib/charts/target-bullets.ts';
import { overFullNote, overFullShortNote } from '../../src/lib/views/over-full.ts';

const document = serverDocument();
const WIDTH = 640;
const frame = (title: string) => ({ document, width: WIDTH, title, description: `${title}的一句话说明。`, area: '全省' });

/** One tag per line, so a snapshot diff shows which mark changed. */
const pretty = (svg: SVGSVGElement) => chartSvg(svg).replaceAll('><', '>\n<');
const snapshot = (name: string) => `./__snapshots__/charts/${name}.svg`;
/** The lines of text drawn: each tspan of a multi-line text, or the whole text. */
const texts = (root: Element) => [...root.querySelectorAll('text')].flatMap((t) => {
  const lines = [...t.querySelectorAll('tspan')];
  return (lines.length ? lines : [t]).map((line) => line.textContent ?? '');
});
const focusable = (svg: Element) => [...svg.querySelectorAll('[tabindex="0"]')];

/** The vertices of a path drawn with M and L commands, one array per connected run. */
function runs(d: string): [number, number][][] {
  return d.split('M').filter(Boolean).map((run) =>
    run.replace(/Z$/, '').split('L').map((point) => point.split(',').map(Number) as [number, number]));
}

function expectAccessible(svg: SVGSVGElement, title: string) {
  expect(svg.getAttribute('role')).toBe('img');
  expect(svg.getAttribute('aria-label')).toBe(title);
  expect(svg.firstElementChild?.localName).toBe('title');
  expect(svg.firstElementChild?.textContent).toBe(title);
  expect(svg.children[1]?.localName).toBe('desc');
  expect(svg.children[1]?.textContent).toBe(`${title}的一句话说明。`);
  expect(svg.getAttribute('viewBox')).toMatch(/^0 0 640 \d+$/);
  expect(svg.getAttribute('font-family')).toBe(FONT_FAMILY);
  expect(svg.querySelector('style')).toBeNull();
  const marks = focusable(svg);
  expect(marks.length).toBeLessThanOrEqual(MAX_FOCUSABLE);
  for (const mark of marks) {
    const tip = [...mark.children].find((c) => c.localName === 'title')?.textContent;
    expect(tip).toBeTruthy();
    expect(mark.getAttribute('data-tip')).toBe(tip);
  }
}

function relativeLuminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('palette', () => {
  it('gives every mark colour at least 3:1 contrast against white', () => {
    const marks = [palette.home, palette.primary, palette.gain, palette.loss, palette.reference, palette.muted, palette.ink, ...palette.categorical];
    for (const colour of marks) expect((1.05 / (relativeLuminance(colour) + 0.05))).toBeGreaterThanOrEqual(3);
  });
});

describe('label layout', () => {
  it('wraps at spaces first and inside Chinese runs only when a run is too long', () => {
    expect(wrapText('落后时序进度 2.5 个百分点', 170, 20)).toEqual(['落后时序进度 2.5', '个百分点']);
    expect(wrapText('示例高新技术产业开发区 第3位', 180, 20)).toEqual(['示例高新技术产业开', '发区 第3位']);
  });

  it('nudges overlapping labels apart and keeps them in bounds', () => {
    const centres = dodgeSpans([{ at: 10, size: 20 }, { at: 12, size: 20 }, { at: 200, size: 20 }], [0, 100], 0);
    expect(centres).toEqual([10, 30, 90]);
  });

  it('keeps a leader from crossing a label in a nearer lane', () => {
    const places = assignLanes([
      { anchor: 50, extents: [[0, 100]] },
      { anchor: 60, extents: [[40, 140]] },
      { anchor: 300, extents: [[280, 320]] },
    ], 3);
    expect(places.map((p) => p?.lane ?? null)).toEqual([0, null, 0]);
  });
});

describe('bumpChart', () => {
  const periods = ['2022', '2023', '2024', '2025'];
  const ranks: Record<string, [string, (number | null)[], boolean]> = {
    A: ['甲高新区', [5, 4, 3, 1], true],
    B: ['乙工业园区', [4, 6, null, 5], false],
    C: ['丙经开区', [1, 1, 2, 2], false],
  };
  const rows: BumpRow[] = Object.entries(ranks).flatMap(([park_id, [name, rs, highlight]]) =>
    periods.map((period, i) => ({ period, park_id, name, rank: rs[i]!, highlight })));
  const options = { ...frame('历年排名'), maxRank: 10, focus: ['A', 'B', 'C'] };
  const svg = bumpChart(rows, options);
  const { x, y } = bumpScales(rows, options);
  const line = (park: string) => svg.querySelector(`g[data-mark="${ranks[park]![0]}"] > path`)!.getAttribute('d')!;

  it('is an accessible image', () => expectAccessible(svg, '历年排名'));

  it('draws each park through its rank in each period, rank 1 at the top', () => {
    const vertices = runs(line('A')).flat();
    expect(vertices).toContainEqual([expect.closeTo(x('2024')!, 1), expect.closeTo(y(3), 1)]);
    expect(y(1)).toBeLessThan(y(10));
  });

  it('leaves a gap where a park was not ranked', () => {
    const segments = runs(line('B'));
    expect(segments).toHaveLength(2);
    expect(segments.flat().some(([px]) => Math.abs(px - x('2024')!) < 1)).toBe(false);
  });

  it('marks every ranked period, highlighted parks with diamonds first in tab order', () => {
    const points = svg.querySelectorAll('g.points > path');
    expect(points).toHaveLength(11);
    const tab = focusable(svg);
    expect(tab).toHaveLength(11);
    expect(tab[0]!.getAttribute('data-tip')).toBe('甲高新区，2022：全省第5位');
    expect(tab[0]!.getAttribute('d')).not.toBe(tab[4]!.getAttribute('d'));
  });

  it('labels each line with its name and latest rank', () => {
    const labels = texts(svg).filter((t) => /位|未排名/.test(t));
    expect(labels).toEqual(['甲高新区 第1位', '乙工业园区 第5位', '丙经开区 第2位']);
  });

  it('matches its snapshot', async () => {
    await expect(pretty(svg)).toMatchFileSnapshot(snapshot('bump-chart'));
  });

  it('by default puts the highlighted parks in focus and draws the rest as grey, unlabelled context', () => {
    const context = bumpChart(rows, { ...frame('历年排名'), maxRank: 10 });
    expect(texts(context).filter((t) => /位|未排名/.test(t))).toEqual(['甲高新区 第1位']);
    expect(context.querySelectorAll('g.context > path')).toHaveLength(2);
    expect(context.querySelector('g.context')!.getAttribute('stroke')).toBe(palette.context);
    expect(focusable(context)).toHaveLength(4);
  });

  it('runs the rank axis to the last ranked place, not the lowest rank drawn', () => {
    const axis = texts(bumpChart(rows, { ...frame('历年排名'), maxRank: 140 })).filter((t) => /^\d{1,3}$/.test(t)).map(Number);
    expect(axis[0]).toBe(1);
    expect(axis.at(-1)).toBe(140);
  });
});

/** Text boxes as the charts estimate them, to check labels against each other and the frame. */
function labelBoxes(svg: SVGSVGElement, size: number) {
  return [...svg.querySelectorAll('g.end-labels text')].map((t) => {
    const lines = [...t.querySelectorAll('tspan')].map((l) => l.textContent ?? '');
    const y = Number(t.getAttribute('y'));
    const x = Number(t.getAttribute('x'));
    const height = lines.length * Math.round(size * 1.3);
    return { x, right: x + Math.max(...lines.map((l) => textWidth(l, size * BOLD_WIDTH))), top: y - height / 2, bottom: y + height / 2 };
  });
}

describe('charts drawn for the width they are shown at', () => {
  const periods = ['2021', '2022', '2023', '2024', '2025'];
  // Twelve parks that end within a few places of each other: their labels must stack.
  const crowd: BumpRow[] = Array.from({ length: 12 }, (_, i) => periods.map((period, p) => ({
    period, park_id: `P${i}`, name: `第${i + 1}个示例产业园区`, rank: 40 + i + p, highlight: true,
  }))).flat();

  for (const width of [320, 640, 1100]) {
    it(`keeps text at 13 px and stacks crowded end labels clear of each other and inside the frame at ${width} px`, () => {
      const svg = bumpChart(crowd, { ...frame('历年排名'), width, maxRank: 140 });
      expect(svg.getAttribute('width')).toBe(String(width));
      expect(svg.getAttribute('font-size')).toBe('13');
      const height = Number(svg.getAttribute('height'));
      const boxes = labelBoxes(svg, 13).sort((a, b) => a.top - b.top);
      expect(boxes).toHaveLength(12);
      for (const [i, box] of boxes.entries()) {
        expect(box.right).toBeLessThanOrEqual(width);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.bottom).toBeLessThanOrEqual(height);
        if (i > 0) expect(box.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
      }
    });
  }

  it('wraps labels and grows taller on a narrow screen instead of shrinking text', () => {
    const wide = bumpChart(crowd, { ...frame('历年排名'), width: 1100, maxRank: 140 });
    const narrow = bumpChart(crowd, { ...frame('历年排名'), width: 320, maxRank: 140 });
    const lines = (svg: SVGSVGElement) => svg.querySelectorAll('g.end-labels tspan').length;
    expect(lines(wide)).toBe(12);
    expect(lines(narrow)).toBeGreaterThan(12);
    expect(Number(narrow.getAttribute('height'))).toBeGreaterThan(320 * 0.7);
    expect(narrow.getAttribute('font-size')).toBe(wide.getAttribute('font-size'));
  });

  it('gives text its set size whatever the width, and a smaller tick size never under 11 px', () => {
    expect(textSizes()).toEqual({ label: 13, tick: 12, line: 17 });
    expect(textSizes(32)).toEqual({ label: 32, tick: 31, line: 42 });
    expect(textSizes(11).tick).toBe(11);
  });

  it('makes a target chart tall enough for its stacked end labels at phone width', () => {
    const rows: TargetProgressRow[] = ['甲', '乙', '丙', '丁'].flatMap((name, t) => [1, 2, 3].map((month) => ({
      target_id: name, name: `${name}目标累计完成额`, month, completion_pct: month * 8 + t, gap_pp: month * 8 + t - (month / 12) * 100,
    })));
    const narrow = targetProgress(rows, { ...frame('年度目标进度'), width: 320 });
    const labelLines = [...narrow.querySelectorAll('text')].filter((t) => /目标累计|时序进度/.test(t.textContent ?? '')).flatMap((t) => [...t.querySelectorAll('tspan')]);
    expect(labelLines.length).toBeGreaterThanOrEqual(5);
    expect(Number(narrow.getAttribute('height'))).toBeGreaterThanOrEqual(labelLines.length * 17);
  });
});

describe('distributionChart', () => {
  const values = [12, 14, 15, 15.5, 16, 18, 19, 20, 22, 25, 31, null];
  const rows: DistributionRow[] = values.map((value, i) => ({ park_id: `P${i}`, name: `园区${i}`, value, highlight: i === 1 || i === 10 }));
  const svg = distributionChart(rows, { ...frame('亩均税收分布'), benchmark: 20, unit: '万元/亩' });

  it('is an accessible image', () => expectAccessible(svg, '亩均税收分布'));

  it('draws one mark per park with a value, home-city parks as filled diamonds', () => {
    const dots = [...svg.querySelectorAll('g.parks > path')];
    expect(dots).toHaveLength(11);
    const home = dots.filter((d) => d.getAttribute('fill') === palette.home);
    expect(home.map((d) => d.querySelector('title')!.textContent)).toEqual(['园区1：14.00万元/亩', '园区10：31.00万元/亩']);
    expect(new Set(home.map((d) => d.getAttribute('d')))).not.toContain(dots[0]!.getAttribute('d'));
  });

  it('lets the keyboard reach the home-city parks only', () => {
    expect(focusable(svg).map((d) => d.getAttribute('data-tip'))).toEqual(['园区1：14.00万元/亩', '园区10：31.00万元/亩']);
  });

  it('labels the median, the benchmark and the home-city parks', () => {
    const labels = texts(svg);
    expect(labels).toContain('中位数 18.00');
    expect(labels).toContain('标杆值 20.00');
    expect(labels).toEqual(expect.arrayContaining(['园区1', '园区10']));
  });

  it('matches its snapshot', async () => {
    await expect(pretty(svg)).toMatchFileSnapshot(snapshot('distribution-chart'));
  });
});

describe('categoryBars', () => {
  const rows: CategoryBarRow[] = [
    { category: '发展质量', score: 18.42, points: 25, median: 15.1, best: 23.9 },
    { category: '发展实效', score: 12.05, points: 25, median: 14.3, best: 24.2 },
    { category: '资源环境', score: 9.8, points: 15, median: 10.4, best: 14.6 },
  ];
  const svg = categoryBars(rows, frame('各类别得分'));

  it('is an accessible image', () => expectAccessible(svg, '各类别得分'));

  it('draws each score as a bar in proportion to the points available', () => {
    const bars = [...svg.querySelectorAll('g.scores > rect')];
    expect(bars).toHaveLength(3);
    const width = (i: number) => Number(bars[i]!.getAttribute('width'));
    expect(width(0) / width(1)).toBeCloseTo(18.42 / 12.05, 2);
    expect(focusable(svg)).toHaveLength(3);
  });

  it('labels each category with its score and points, and keys the reference marks', () => {
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(['发展质量', '18.42 / 25.00 分', '9.80 / 15.00 分', '全省中位数', '全省最高']));
  });

  it('matches its snapshot', async () => {
    await expect(pretty(svg)).toMatchFileSnapshot(snapshot('category-bars'));
  });
});

describe('scoreWaterfall', () => {
  const rows: WaterfallRow[] = [{ category: '发展质量', score: 18.42 }, { category: '发展实效', score: 12.05 }];
  const svg = scoreWaterfall(rows, { ...frame('总分构成'), bonus: 1.5, deduction: 0.3 });

  it('is an accessible image', () => expectAccessible(svg, '总分构成'));

  it('steps from zero through each part to the total', () => {
    const steps = waterfallSteps(rows, 1.5, 0.3);
    expect(steps.map((s) => s.label)).toEqual(['发展质量', '发展实效', '加分', '减分', '总分']);
    expect(steps[1]!.from).toBeCloseTo(18.42);
    expect(steps.at(-2)!.to).toBeCloseTo(31.67);
    expect(steps.at(-1)).toMatchObject({ from: 0, to: expect.closeTo(31.67) });
  });

  it('draws bars that add up to the total bar, each labelled with its signed value', () => {
    const widths = [...svg.querySelectorAll('rect')].map((r) => Number(r.getAttribute('width')));
    expect(widths).toHaveLength(5);
    expect(widths[0]! + widths[1]! + widths[2]! - widths[3]!).toBeCloseTo(widths[4]!, 1);
    expect(texts(svg)).toEqual(expect.arrayContaining(['+18.42', '+12.05', '+1.50', '−0.30', '31.67']));
  });

  it('matches its snapshot', async () => {
    await expect(pretty(svg)).toMatchFileSnapshot(snapshot('score-waterfall'));
  });
});

describe('targetProgress', () => {
  const target = (id: string, name: string, pcts: number[]): TargetProgressRow[] =>
    pcts.map((completion_pct, i) => ({ target_id: id, name, month: i + 1, completion_pct, gap_pp: Math.round((completion_pct - ((i + 1) / 12) * 100) * 100) / 100 }));
  const rows = [...target('T1', '技工贸总收入', [7, 15, 25, 33, 42, 53.2]), ...target('T2', '税收', [6, 13, 20, 28, 36.5, 45.9])];
  const svg = targetProgress(rows, frame('年度目标进度'));

  it('words the gap to time progress as reports do', () => {
    expect(describeGap(3.2, 1)).toBe('超时序进度3.2个百分点');
    expect(describeGap(-4.1, 1)).toBe('落后时序进度4.1个百分点');
    expect(describeGap(0.01, 1)).toBe('与时序进度持平');
    expect(describeGap(0.13, 2)).toBe('超时序进度0.13个百分点');
  });

  it('is an accessible image', () => expectAccessible(svg, '年度目标进度'));

  it('draws each month of each target and the dashed time-progress line', () => {
    expect(svg.querySelectorAll('g.points > path')).toHaveLength(12);
    expect(svg.querySelector('[stroke-dasharray="6 4"]')).not.toBeNull();
    expect(texts(svg)).toEqual(expect.arrayContaining(['时序进度', '1月']));
  });

  it('labels each target at its latest month with completion and the gap', () => {
    const labels = texts(svg);
    expect(labels).toEqual(expect.arrayContaining(['技工贸总收入 53.2%', '超时序进度3.2个百分点', '税收 45.9%', '落后时序进度4.1个百分点']));
  });

  it('matches its snapshot', async () => {
    await expect(pretty(svg)).toMatchFileSnapshot(snapshot('target-progress'));
  });
});

describe('historyLine', () => {
  const rows: HistoryRow[] = [
    { period: '2022', value: 18.2, median: 17.5 },
    { period: '2023', value: null, median: 18.9 },
    { period: '2024', value: 23.9, median: 19.6 },
    { period: '2025', value: 25.3, median: 20.3 },
  ];
  const svg = historyLine(rows, { ...frame('亩均税收历年变化'), name: '甲高新区', unit: '万元/亩' });

  it('is an accessible image', () => expectAccessible(svg, '亩均税收历年变化'));

  it('draws the park with a gap where it has no value, and the median dashed', () => {
    const [park, median] = [...svg.querySelectorAll('g[data-mark="line"] > path')].map((p) => runs(p.getAttribute('d')!));
    expect(park).toHaveLength(2);
    expect(median).toHaveLength(1);
    expect(svg.querySelectorAll('g.points > path')).toHaveLength(7);
  });

  it('labels both lines at their ends', () => {
    expect(texts(svg)).toEqual(expect.arrayContaining(['甲高新区 25.30万元/亩', '全省中位数 20.30万元/亩']));
  });

  it('matches its snapshot', async () => {
    await expect(pretty(svg)).toMatchFileSnapshot(snapshot('history-line'));
  });
});

describe('chart markup', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const quoted = '"&<>';

  it('escapes park names in text and attributes', () => {
    const bump = bumpChart([
      { period: '2024', park_id: 'X', name: hostile, rank: 1, highlight: true },
      { period: '2024', park_id: 'Y', name: quoted, rank: 2, highlight: false },
    ], { ...frame('排名'), focus: ['X', 'Y'] });
    const distribution = distributionChart([
      { park_id: 'X', name: hostile, value: 1, highlight: true },
      { park_id: 'Y', name: quoted, value: 2, highlight: true },
    ], frame('分布'));
    for (const svg of [bump, distribution]) {
      const markup = chartSvg(svg);
      expect(markup).not.toContain('<img');
      expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(markup).toContain('&quot;&amp;&lt;&gt;');
      const { document: parsed } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
      expect(parsed.querySelector('img')).toBeNull();
      const tips = [...parsed.querySelectorAll('[data-tip]')].map((m) => m.getAttribute('data-tip'));
      expect(tips.some((tip) => tip?.startsWith(hostile))).toBe(true);
      expect(tips.some((tip) => tip?.startsWith(quoted)) || texts(parsed.body).some((t) => t.includes(quoted))).toBe(true);
    }
  });

  it('comes out the same every time', () => {
    const rows: DistributionRow[] = [{ park_id: 'A', name: '甲', value: 1, highlight: true }, { park_id: 'B', name: '乙', value: 2, highlight: false }];
    const draw = () => chartSvg(distributionChart(rows, frame('分布')));
    expect(draw()).toBe(draw());
  });
});

describe('rankStripChart', () => {
  const rows: RankStripRow[] = [
    { park_id: 'A', name: '甲高新区', rank: 1, previous_rank: 3, movement: '较上年度前进2位' },
    { park_id: 'B', name: '乙工业园区', rank: 90, previous_rank: 60, movement: '较上年度后退30位' },
    { park_id: 'C', name: '丙经开区', rank: null, previous_rank: 50, movement: '一票否决，不参与排名' },
  ];
  const options = { ...frame('本市园区位置'), count: 120 };

  it('is an accessible image', () => expectAccessible(rankStripChart(rows, options), '本市园区位置'));

  it('puts rank 1 at the left end and the last place at the right, with the move drawn from the previous place', () => {
    const svg = rankStripChart(rows, options);
    const at = (d: string | null) => Number(/translate\(([\d.]+),/.exec(d ?? '')![1]);
    const marks = focusable(svg);
    expect(marks.map((m) => m.getAttribute('data-tip'))).toEqual(['甲高新区：全省第1位，较上年度前进2位', '乙工业园区：全省第90位，较上年度后退30位']);
    expect(at(marks[0]!.getAttribute('transform'))).toBeCloseTo(8, 0);
    expect(at(marks[1]!.getAttribute('transform'))).toBeCloseTo(8 + (89 / 119) * (WIDTH - 16), 0);
    const fall = svg.querySelector('g[data-mark="乙工业园区"] line[stroke-width="4"]')!;
    expect(Number(fall.getAttribute('x1'))).toBeLessThan(Number(fall.getAttribute('x2')));
    expect(fall.getAttribute('stroke')).toBe(palette.loss);
    expect(texts(svg)).toEqual(expect.arrayContaining(['第1位', '第120位（末位）', '丙经开区', '一票否决，不参与排名']));
  });

  it('moves the wording under the name when both do not fit one line', () => {
    const wide = rankStripChart(rows, { ...options, width: 640 });
    const narrow = rankStripChart(rows, { ...options, width: 200 });
    expect(Number(narrow.getAttribute('height'))).toBeGreaterThan(Number(wide.getAttribute('height')));
    expect(narrow.getAttribute('font-size')).toBe(wide.getAttribute('font-size'));
  });
});

describe('targetBullets', () => {
  const rows: TargetBulletRow[] = [
    { name: '技工贸总收入', kind: 'cumulative', completion_pct: 50, status: 'behind', status_text: '落后', detail: '落后时序进度 25.00 个百分点', completion_text: '50.00%' },
    { name: '税收总额', kind: 'cumulative', completion_pct: 110, status: 'ahead', status_text: '超时序', detail: '超时序进度 35.00 个百分点', completion_text: '110.00%' },
    { name: '创建国家级高新区', kind: 'milestone', completion_pct: 0, status: 'overdue', status_text: '逾期未完成', detail: '应于6月完成', completion_text: '0.00%' },
  ];
  const options = { ...frame('年度目标'), timePct: 75, timeText: '75.00%' };

  it('is an accessible image', () => expectAccessible(targetBullets(rows, options), '年度目标'));

  it('draws completion over the whole year, time progress as one marker, and a badge per target', () => {
    const svg = targetBullets(rows, options);
    const bars = [...svg.querySelectorAll('rect.completion')];
    expect(bars).toHaveLength(2);
    const width = (bar: Element) => Number(bar.getAttribute('width'));
    // 110% reaches past the 100% (December) tick; 50% is 50/110 of that.
    expect(width(bars[0]!) / width(bars[1]!)).toBeCloseTo(50 / 110, 2);
    expect(texts(svg)).toEqual(expect.arrayContaining(['时序进度 75.00%', '落后', '超时序', '逾期未完成', '里程碑：应于6月完成']));
    expect(texts(svg).some((t) => t.includes('12月末'))).toBe(true);
    expect(svg.querySelector('.badge-overdue rect')!.getAttribute('stroke-width')).toBe('2');
  });

  it('lays a row out on one line when wide and stacks it on a phone, text the same size', () => {
    const wide = targetBullets(rows, { ...options, width: 900 });
    const narrow = targetBullets(rows, { ...options, width: 320 });
    const nameY = (svg: SVGSVGElement) => Number([...svg.querySelectorAll('text')].find((t) => t.textContent === '技工贸总收入')!.getAttribute('y'));
    const barY = (svg: SVGSVGElement) => Number(svg.querySelector('rect.completion')!.getAttribute('y'));
    expect(barY(wide)).toBeLessThan(nameY(wide) + 13);
    expect(barY(narrow)).toBeGreaterThan(nameY(narrow) + 6);
    expect(narrow.getAttribute('font-size')).toBe(wide.getAttribute('font-size'));
  });
});

describe('scores above full marks', () => {
  const indicators = [
    { category_id: 'q', name_zh: '亩均税收', method: 'benchmark' as const, cap: 1.2 },
    { category_id: 'q', name_zh: '亩均增加值', method: 'minmax' as const, cap: 1 },
    { category_id: 'e', name_zh: '能耗', method: 'benchmark' as const, cap: 2 },
  ];
  it('are explained with the caps of the indicators that allow them, in the categories concerned', () => {
    const categories = [{ category_id: 'q', name: '发展质量', score: 26.2, points: 25 }, { category_id: 'e', name: '资源环境', score: 10, points: 15 }];
    expect(overFullNote(categories, indicators)).toBe('* 发展质量 26.20 分高于满分 25.00 分：标杆值法指标按数值与标杆值之比计分，最高可达分值的若干倍（封顶倍数 1.2倍：亩均税收），表现优于标杆值的园区因此可得超过分值的分数。');
    expect(overFullShortNote(categories, indicators)).toBe('* 高于满分：优于标杆值的指标最高可得分值的 1.2 倍');
    expect(overFullNote([{ ...categories[0]!, score: 25 }], indicators)).toBeNull();
  });
});

describe('roundCoordinates', () => {
  it('rounds positions to a tenth of a pixel and leaves short numbers and other attributes alone', () => {
    const svg = createSvg(document, 640, 100);
    const path = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'path'));
    path.setAttribute('d', 'M45.897,372.259L131.608,-0.04L2.5,3');
    path.setAttribute('fill-opacity', '0.125');
    const text = svg.appendChild(document.createElementNS('http://www.w3.org/2000/svg', 'text'));
    text.setAttribute('transform', 'translate(0,27.200000000000003)');
    text.setAttribute('dy', '0.32em');
    roundCoordinates(svg);
    expect(path.getAttribute('d')).toBe('M45.9,372.3L131.6,0L2.5,3');
    expect(path.getAttribute('fill-opacity')).toBe('0.125');
    expect(text.getAttribute('transform')).toBe('translate(0,27.2)');
    expect(text.getAttribute('dy')).toBe('0.32em');
  });
});
