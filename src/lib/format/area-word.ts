/**
 * How the pages name the whole field a ranking covers, from site.json's region: 全省 for a
 * province (示例省), 全区 for an autonomous region, 全市 for a municipality, 全国 for the country.
 */
export function areaWord(region: string): string {
  const name = region.trim();
  if (name === '全国' || name.endsWith('国')) return '全国';
  if (name.endsWith('自治区')) return '全区';
  if (name.endsWith('市')) return '全市';
  return '全省';
}
