/**
 * The social preview image (og:image) the build writes when site.json gives base_url: its file,
 * its size, what it shows in words, and the sample note it shares with every page's banner.
 */
import type { Site } from '../contract/dataset.ts';
import { areaWord } from '../format/area-word.ts';

export const SOCIAL_PREVIEW = { file: 'social-preview.png', width: 1200, height: 630 } as const;

export const SAMPLE_NOTE = '本站数据为合成的示例数据，不代表任何真实园区。';

/** The image's text alternative (og:image:alt). */
export function socialPreviewAlt(site: Pick<Site, 'title' | 'region' | 'home_city' | 'sample'>, period: string): string {
  return `${site.title}：${site.region}${site.home_city}园区${period}年度${areaWord(site.region)}排名${site.sample ? '（示例数据）' : ''}`;
}
