/** How to cite the published data, in Chinese (GB/T 7714 style) and English. */
import type { Site, Snapshot } from '../contract/dataset.ts';

export interface Citation {
  zh: string;
  en: string;
}

/** The data folder's address, or a placeholder where the site's address is not known. */
export function dataUrl(site: Site): { zh: string; en: string } {
  if (site.base_url) {
    const url = `${site.base_url.replace(/\/+$/, '')}/data/`;
    return { zh: url, en: url };
  }
  return { zh: '〔本站网址〕/data/', en: '[site address]/data/' };
}

export function citation(site: Site, snapshots: readonly Snapshot[], version: string): Citation {
  const periods = snapshots.map((s) => s.period);
  const span = periods.length > 1 ? `${periods[0]}—${periods.at(-1)}` : (periods[0] ?? '');
  const url = dataUrl(site);
  return {
    zh: `${site.publisher}. ${site.title}：${site.region}产业园区评价数据（${span}）[DS/OL]. 版本 ${version}. ${url.zh}. [引用日期 YYYY-MM-DD].`,
    en: `${site.publisher}. ${site.title}: industrial park evaluation data, ${site.region}, ${span.replace('—', '–')} [Data set]. Version ${version}. ${url.en}. Accessed YYYY-MM-DD.`,
  };
}
