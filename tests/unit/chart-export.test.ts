import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartCsv } from '../../src/lib/chart-export/chart-csv.ts';
import { COMPUTED_ONLY } from '../../src/lib/contract/dataset.ts';
import { chartExportJson } from '../../src/lib/chart-export/chart-export.ts';
import { chartPermalink, embedSnippet } from '../../src/lib/chart-export/chart-links.ts';
import { chartSize, composeExportSvg, wrapText } from '../../src/lib/chart-export/compose-svg.ts';
import { creditText, snapshotCredit } from '../../src/lib/chart-export/credit.ts';
import { exportFileName } from '../../src/lib/chart-export/file-name.ts';
import { categoryBars } from '../../src/lib/charts/category-bars.ts';
import { chartSvg, serverDocument } from '../../src/lib/charts/dom.ts';
import { rankHistoryFileName } from '../../src/lib/views/rank-history.ts';

describe('exportFileName', () => {
  it('joins the chart and its view, keeping Chinese and making the rest safe for any file system', () => {
    expect(exportFileName(['rankings', 'rank-history', '示例市', 2025])).toBe('rankings_rank-history_示例市_2025');
    expect(exportFileName(['a/b', ' c:d* ', '', 'e f', '"x"'])).toBe('a-b_c-d_e-f_x');
    expect(rankHistoryFileName('示例市', ['2021', '2022', '2025'])).toBe('rankings_rank-history_示例市_2021-2025');
  });
});

describe('chartCsv', () => {
  const table = {
    columns: [{ key: 'name', label: '园区' }, { key: 'rank', label: '2025年度' }, { key: 'note', label: '备注' }],
    rows: [
      { name: '示例高新区', rank: '第1位', note: '=1+1' },
      { name: '甲, 乙', rank: 3, note: null },
    ],
  };

  it('writes the labels as the header and the rows as shown, with a BOM and formula cells neutralised', () => {
    const csv = chartCsv(table);
    expect(csv.startsWith('\uFEFF园区,2025年度,备注\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data).toEqual([
      ['园区', '2025年度', '备注'],
      ['示例高新区', '第1位', "'=1+1"],
      ['甲, 乙', '3', ''],
    ]);
  });

  it('travels in a JSON block no park name can break out of', () => {
    const json = chartExportJson({ ...table, title: '</script><script>alert(1)</script>', credit: 'x', fileName: 'f' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).title).toBe('</script><script>alert(1)</script>');
  });
});

describe('chart links', () => {
  it('point at the chart in the current view', () => {
    expect(chartPermalink('https://x.test/rankings/?city=%E7%A4%BA&parks=A,B#old', 'rank-history'))
      .toBe('https://x.test/rankings/?city=%E7%A4%BA&parks=A,B#rank-history');
  });

  it('embed the chart page in an iframe, attributes escaped', () => {
    expect(embedSnippet('https://x.test/embed/targets/progress/', '“A” & <B> "C"', 400)).toBe(
      '<iframe src="https://x.test/embed/targets/progress/" title="“A” &amp; &lt;B> &quot;C&quot;" width="100%" height="620" style="border:0" loading="lazy"></iframe>',
    );
  });
});

describe('credit', () => {
  it('says where the figures come from and how recent they are', () => {
    const snapshot = { period: '2025', title: '', published: '2026-04-20', status: 'final' as const, comment_until: null, source: '示例省商务厅', notes: '', ...COMPUTED_ONLY };
    expect(creditText(snapshotCredit(snapshot))).toBe('来源：示例省商务厅　截至2026年4月20日');
  });
});

describe('wrapText', () => {
  it('breaks CJK text by width, a character at a time', () => {
    expect(wrapText('一二三四五六', 60, 20)).toEqual(['一二三', '四五六']);
    expect(wrapText('abcdefghij', 60, 20)).toEqual(['abcde', 'fghij']);
    expect(wrapText('短', 600, 20)).toEqual(['短']);
    expect(wrapText('', 600, 20)).toEqual([]);
  });
});

describe('composeExportSvg', () => {
  const document = serverDocument();
  const chart = categoryBars(
    [{ category: '发展质量 & 效益', score: 20, points: 25, median: 15, best: 24 }],
    { document, width: 640, title: '示例园区分类得分', description: '一句话说明。', area: '全省' },
  );
  const composed = composeExportSvg(document, chart, { title: '示例园区 <2025> 分类得分', credit: '来源：示例省商务厅　截至2026年4月20日' });
  const markup = chartSvg(composed);

  it('puts the title above the chart and the source line below, in a taller image of the same width', () => {
    const { width, height } = chartSize(chart);
    expect(composed.getAttribute('width')).toBe(String(width));
    const texts = [...composed.children].filter((child) => child.localName === 'text');
    expect(texts.map((t) => t.textContent)).toEqual(['示例园区 <2025> 分类得分', '来源：示例省商务厅　截至2026年4月20日']);
    const inner = [...composed.children].find((child) => child.localName === 'svg')!;
    const top = Number(inner.getAttribute('y'));
    expect(Number(texts[0]!.getAttribute('y'))).toBeLessThan(top);
    expect(Number(texts[1]!.getAttribute('y'))).toBeGreaterThan(top + height);
    expect(Number(composed.getAttribute('height'))).toBeGreaterThan(Number(texts[1]!.getAttribute('y')));
  });

  it('is one self-contained SVG image with everything escaped', () => {
    expect(markup.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(markup).toContain('<title>示例园区 &lt;2025&gt; 分类得分</title>');
    expect(markup).toContain('发展质量 &amp; 效益');
    // One image, named once: the chart inside is part of it.
    expect(markup.match(/role="img"/g)).toHaveLength(1);
    expect(composed.getAttribute('aria-label')).toBe('示例园区 <2025> 分类得分');
  });

  it('leaves the page’s chart untouched', () => {
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.hasAttribute('y')).toBe(false);
  });
});
