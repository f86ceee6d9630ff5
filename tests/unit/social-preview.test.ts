import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPng } from '../../scripts/build/social-preview.ts';
import type { RankStripRow } from '../../src/lib/charts/rank-strip-chart.ts';
import { PAGE_FONT_FAMILY, socialPreviewSvg } from '../../src/lib/site-charts/social-preview.ts';
import { SAMPLE_NOTE, socialPreviewAlt } from '../../src/lib/views/social-preview.ts';

const site = { title: '园区评价看板', region: '示例省', home_city: '示例市', sample: true };
const row = (park_id: string, name: string, rank: number, previous_rank: number | null): RankStripRow =>
  ({ park_id, name, rank, previous_rank, movement: previous_rank === null ? '新进' : rank === previous_rank ? '与上年度持平' : `较上年度${rank < previous_rank ? '前进' : '后退'}${Math.abs(rank - previous_rank)}位` });
const rows = [
  row('SL-01', '示例高新技术产业开发区', 3, 5),
  row('SL-02', '示例经济技术开发区', 12, 9),
  row('SL-03', '示例综合保税区', 20, 20),
  row('SL-04', '示例化工园区', 41, null),
  row('SL-05', '示例临港产业园', 77, 60),
];
const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]+)<\/text>/g)].map(([, text]) => text);
/** The attributes of the <svg> or <text> element that holds `text` (the first <svg> when none is given). */
function attributesOf(svg: string, text?: string): Record<string, string> {
  const match = text === undefined ? /^<svg([^>]*)>/.exec(svg) : new RegExp(`<text([^>]*)>${text}</text>`).exec(svg);
  return Object.fromEntries([...match![1]!.matchAll(/ ([\w:-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
}

describe('social preview image', () => {
  it('names the site, its region and latest period in large type, and says the sample is sample data', () => {
    const svg = socialPreviewSvg({ site, period: '2025', rows, count: 120 });
    expect(attributesOf(svg)).toMatchObject({ width: '1200', height: '630', viewBox: '0 0 1200 630', 'xml:lang': 'zh-CN' });
    expect(attributesOf(svg, '园区评价看板')).toMatchObject({ 'font-size': '72', 'font-weight': 'bold', y: '112' });
    const shown = texts(svg);
    expect(shown).toContain('示例省 · 示例市园区 · 2025年度全省排名');
    expect(shown).toContain(SAMPLE_NOTE);
    // The four best-placed home parks on the overview's strips, the fifth left to the site.
    expect(shown).toContain('示例市名次最前的4个园区（共5个）在全省120个园区中的位置');
    expect(shown).toContain('示例高新技术产业开发区 第3位');
    expect(shown).toContain('示例化工园区 第41位');
    expect(svg).not.toContain('示例临港产业园');
    expect(shown).toContain('第120位（末位）');
  });

  it('a real site’s preview carries no sample note; a long title is set smaller so it fits', () => {
    const title = '某某省某某市开发区和产业园区综合发展水平评价看板';
    const svg = socialPreviewSvg({ site: { ...site, title, sample: false }, period: '2026', rows: rows.slice(0, 2), count: 99 });
    expect(svg).not.toContain(SAMPLE_NOTE);
    expect(texts(svg)).toContain('示例市名次最前的2个园区在全省99个园区中的位置');
    // 24 CJK characters in 1080 px, estimated 1.1 em each in bold: 1080 / 26.4 → 40 px.
    expect(attributesOf(svg, title)).toMatchObject({ 'font-size': '40', 'font-weight': 'bold' });
  });

  it('is set in the pages’ font stack', () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const rootFont = /:root\s*{[^}]*?font-family:\s*([^;]+);/.exec(css)![1]!.replace(/\s+/g, ' ');
    expect(rootFont).toBe(PAGE_FONT_FAMILY);
  });

  it('renders to a 1200 × 630 PNG, the same bytes every time', async () => {
    const svg = socialPreviewSvg({ site, period: '2025', rows, count: 120 });
    const [png, again] = await Promise.all([renderPng(svg), renderPng(svg)]);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.equals(again)).toBe(true);
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', 1200, 630]);
    // No tIME or tEXt chunk: nothing in the file changes from one build to the next.
    expect(png.includes('tIME') || png.includes('tEXt')).toBe(false);
  });

  it('its text alternative names site, place, period and sample', () => {
    expect(socialPreviewAlt(site, '2025')).toBe('园区评价看板：示例省示例市园区2025年度全省排名（示例数据）');
    expect(socialPreviewAlt({ ...site, sample: false }, '2026')).toBe('园区评价看板：示例省示例市园区2026年度全省排名');
    expect(socialPreviewAlt({ ...site, region: '全国', home_city: '江苏省', sample: false }, '2024')).toBe('园区评价看板：全国江苏省园区2024年度全国排名');
  });
});
