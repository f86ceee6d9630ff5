/** The sample's fictional cities and parks, with the latent traits their values follow. */
import type { ParkRow } from '../../src/lib/contract/dataset.ts';
import { round, type Rng } from './rng.ts';

export const HOME_CITY = '示例市';

interface City { stem: string; pinyin: string; code: string; weight: number }

/** Home city first; weights are each city's share of the parks (140 in all at the default size). */
const CITIES: readonly City[] = [
  { stem: '示例', pinyin: 'Shili', code: 'SL', weight: 12 },
  { stem: '东岭', pinyin: 'Dongling', code: 'DL', weight: 14 },
  { stem: '南川', pinyin: 'Nanchuan', code: 'NC', weight: 13 },
  { stem: '西岚', pinyin: 'Xilan', code: 'XL', weight: 12 },
  { stem: '北泽', pinyin: 'Beize', code: 'BZ', weight: 11 },
  { stem: '青禾', pinyin: 'Qinghe', code: 'QH', weight: 11 },
  { stem: '云溪', pinyin: 'Yunxi', code: 'YX', weight: 10 },
  { stem: '金穗', pinyin: 'Jinsui', code: 'JS', weight: 10 },
  { stem: '石桥', pinyin: 'Shiqiao', code: 'SQ', weight: 9 },
  { stem: '白鹭', pinyin: 'Bailu', code: 'BL', weight: 9 },
  { stem: '枫林', pinyin: 'Fenglin', code: 'FL', weight: 8 },
  { stem: '桐湾', pinyin: 'Tongwan', code: 'TW', weight: 8 },
  { stem: '星河', pinyin: 'Xinghe', code: 'XH', weight: 7 },
  { stem: '望海', pinyin: 'Wanghai', code: 'WH', weight: 6 },
];

/** County names are two syllables, one from each list. */
const COUNTY_FIRST = [['清', 'Qing'], ['永', 'Yong'], ['安', 'An'], ['丰', 'Feng'], ['和', 'He'], ['福', 'Fu'], ['宁', 'Ning'], ['兴', 'Xing'], ['嘉', 'Jia'], ['瑞', 'Rui'], ['康', 'Kang'], ['长', 'Chang'], ['泰', 'Tai'], ['顺', 'Shun'], ['怀', 'Huai'], ['昌', 'Chang']] as const;
const COUNTY_SECOND = [['源', 'yuan'], ['平', 'ping'], ['阳', 'yang'], ['川', 'chuan'], ['溪', 'xi'], ['山', 'shan'], ['林', 'lin'], ['湖', 'hu'], ['乡', 'xiang'], ['田', 'tian'], ['城', 'cheng'], ['江', 'jiang']] as const;
/** Told apart when a county has several parks of one kind. */
const QUALIFIERS = [['滨江', 'Binjiang'], ['临港', 'Lingang'], ['城北', 'Chengbei'], ['城南', 'Chengnan'], ['东部', 'Eastern'], ['西部', 'Western'], ['科创', 'Sci-Tech'], ['新材料', 'New Materials']] as const;

/** Provincial parks of a city take kinds in this order (from a different start in each city). */
const KIND_CYCLE: readonly ParkRow['kind'][] = [
  'industrial', 'economic', 'high_tech', 'industrial', 'agricultural', 'economic',
  'logistics', 'industrial', 'tourism', 'other', 'high_tech', 'industrial',
];

const NATIONAL_NAMES = {
  high_tech: ['高新技术产业开发区', 'High-tech Industrial Development Zone'],
  economic: ['经济技术开发区', 'Economic and Technological Development Zone'],
} as const;

const PROVINCIAL_NAMES: Record<ParkRow['kind'], readonly [string, string]> = {
  high_tech: ['高新技术产业园区', 'High-tech Industrial Park'],
  economic: ['经济开发区', 'Economic Development Zone'],
  industrial: ['工业园区', 'Industrial Park'],
  agricultural: ['现代农业产业园', 'Modern Agriculture Park'],
  logistics: ['物流园区', 'Logistics Park'],
  tourism: ['旅游度假区', 'Tourism Resort'],
  other: ['数字经济产业园', 'Digital Economy Park'],
};

export interface SamplePark extends ParkRow {
  /** How well the park is developing (about standard normal; national zones higher). */
  strength: number;
  /** How big its economy is; totals such as revenue follow it. */
  size: number;
}

/** Parks per city, in CITIES order: the home city keeps at least one, the rest by largest remainder. */
export function parksPerCity(total: number): number[] {
  const weightSum = CITIES.reduce((sum, c) => sum + c.weight, 0);
  const home = Math.max(1, Math.round((total * CITIES[0]!.weight) / weightSum));
  const others = CITIES.slice(1);
  const otherWeight = weightSum - CITIES[0]!.weight;
  const exact = others.map((c) => (Math.max(0, total - home) * c.weight) / otherWeight);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const leftOver = Math.max(0, total - home) - counts.reduce((sum, n) => sum + n, 0);
  for (let k = 0; k < leftOver; k++) counts[byRemainder[k]!.i]! += 1;
  return [home, ...counts];
}

function countyNames(count: number, used: Set<string>, rng: Rng): { zh: string; pinyin: string }[] {
  const counties: { zh: string; pinyin: string }[] = [];
  while (counties.length < count) {
    const [firstZh, firstPy] = rng.pick(COUNTY_FIRST);
    const [secondZh, secondPy] = rng.pick(COUNTY_SECOND);
    const zh = firstZh + secondZh;
    if (used.has(zh) || CITIES.some((c) => c.stem === zh)) continue;
    used.add(zh);
    counties.push({ zh, pinyin: firstPy + secondPy });
  }
  return counties;
}

/**
 * About 3% of the parks were set up in the years latestYear − 4 … latestYear − 2; as a park takes
 * part only from the period after its founding, later periods have new entrants.
 */
export function generateParks(total: number, latestYear: number, rng: Rng): SamplePark[] {
  const parks: SamplePark[] = [];
  const usedCounties = new Set<string>();
  parksPerCity(total).forEach((count, cityIndex) => {
    const city = CITIES[cityIndex]!;
    const counties = countyNames(Math.min(10, 3 + Math.floor(count / 3)), usedCounties, rng);
    // The biggest cities have a national high-tech zone and a national ETDZ, the middling ones an ETDZ.
    const rankByWeight = [...CITIES].sort((a, b) => b.weight - a.weight).indexOf(city);
    const nationalKinds = (rankByWeight < 5 ? ['high_tech', 'economic'] as const : rankByWeight < 10 ? ['economic'] as const : []).slice(0, count);
    const namesTaken = new Map<string, number>();
    const width = Math.max(2, String(count).length);
    for (let k = 0; k < count; k++) {
      const national = k < nationalKinds.length;
      const kind = national ? nationalKinds[k]! : KIND_CYCLE[(cityIndex + k - nationalKinds.length) % KIND_CYCLE.length]!;
      const county = national ? counties[0]! : rng.pick(counties);
      let name_zh: string;
      let name_en: string;
      if (national) {
        const [zh, en] = NATIONAL_NAMES[kind as keyof typeof NATIONAL_NAMES];
        name_zh = city.stem + zh;
        name_en = `${city.pinyin} ${en}`;
      } else {
        const [zh, en] = PROVINCIAL_NAMES[kind];
        const key = county.zh + zh;
        const seen = namesTaken.get(key) ?? 0;
        namesTaken.set(key, seen + 1);
        const [qualifierZh, qualifierEn] = seen === 0 ? ['', ''] : QUALIFIERS[(seen - 1) % QUALIFIERS.length]!;
        // Only very large sets run out of qualifiers: 滨江2工业园区 and so on.
        const series = seen > QUALIFIERS.length ? String(Math.ceil(seen / QUALIFIERS.length)) : '';
        name_zh = county.zh + qualifierZh + series + zh;
        name_en = [county.pinyin, qualifierEn, series, en].filter(Boolean).join(' ');
      }
      const strength = rng.normal() + (national ? 0.6 : 0);
      const size = 0.5 * strength + 0.85 * rng.normal() + (national ? 0.8 : 0);
      parks.push({
        park_id: `${city.code}-${String(k + 1).padStart(width, '0')}`,
        name_zh,
        name_en,
        city: city.stem + '市',
        county: county.zh + (counties.indexOf(county) < 2 ? '区' : '县'),
        level: national ? 'national' : 'provincial',
        kind,
        area_km2: round(Math.min(100, Math.max(3, Math.exp(Math.log(14) + 0.45 * size + 0.35 * rng.normal()))), 2),
        established: national ? rng.int(1988, 2010) : rng.int(1992, latestYear - 5),
        strength,
        size,
      });
    }
  });
  const provincial = parks.filter((p) => p.level === 'provincial');
  const newcomers = Math.min(provincial.length, Math.max(1, Math.round(total * 0.03)));
  for (let k = 0; k < newcomers; k++) {
    const park = provincial.splice(rng.int(0, provincial.length - 1), 1)[0]!;
    park.established = latestYear - 4 + (k % 3);
  }
  withQuotingCases(parks);
  return parks;
}

/** One name with straight quotes and a comma, so every CSV reader's quoting is exercised. */
function withQuotingCases(parks: SamplePark[]): void {
  const park = parks.find((p) => p.city === HOME_CITY && p.kind === 'other');
  if (!park) return;
  const [zh, en] = PROVINCIAL_NAMES.other;
  park.name_zh = park.name_zh.replace(zh, `"智谷"${zh}`);
  park.name_en = park.name_en.replace(en, `"Smart Valley" ${en}, Phase I`);
}

/** A park takes part in the evaluations held after the year it was set up. */
export const takesPart = (park: ParkRow, year: number): boolean => (park.established ?? 0) < year;
