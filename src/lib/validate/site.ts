/** site.json: the site's settings, field by field as dataset.ts `Site` has them. */
import type { Site } from '../contract/dataset.ts';
import { column } from '../contract/inputs.ts';
import type { Column } from '../contract/schema.ts';
import type { CellValue } from './cells.ts';
import type { IssueLog } from './issues.ts';
import { readJsonRecord } from './json.ts';
import { at, jsonRow, type Row, type Rule } from './rows.ts';

export const SITE_FILE = 'site.json';

/** Nested fields are named with a dot: `licence.id` is `{ "licence": { "id": … } }`. */
export const SITE_FIELDS: readonly Column[] = [
  column('title', 'string', ['站点标题', 'Title', '站点标题', 'Title of the site']),
  column('region', 'string', ['地区', 'Region', '评价所在省份', 'The province evaluated']),
  column('home_city', 'string', ['本市', 'Home city', '本站关注的城市，写法同 parks.csv 的 city', 'The city the site watches, spelled as in parks.csv city']),
  column('publisher', 'string', ['发布单位', 'Publisher', '发布本站的单位', 'Who publishes the site']),
  column('licence.id', 'string', ['许可代码', 'Licence ID', '数据许可的代码，如 CC-BY-4.0', 'Licence code, e.g. CC-BY-4.0']),
  column('licence.title', 'string', ['许可名称', 'Licence', '数据许可的名称', 'Licence name']),
  column('licence.url', 'string', ['许可链接', 'Licence URL', '许可全文的链接', 'Link to the licence text'], { required: false, default: '' }),
  column('contact', 'string', ['联系方式', 'Contact', '数据问题的联系方式', 'Whom to ask about the data']),
  column('base_url', 'string', ['站点地址', 'Base URL', '站点发布地址，未知时留空', 'Where the site is published; empty when unknown'], { required: false, default: '' }),
  column('sample', 'boolean', ['示例数据', 'Sample', 'true 表示数据为虚构示例', 'true: the data are synthetic']),
];

export function readSite(bytes: Uint8Array, log: IssueLog): Row | null {
  const data = readJsonRecord(bytes, SITE_FILE, SITE_FIELDS, log);
  return data && jsonRow(SITE_FILE, data);
}

/** Only for a record read without errors, when every field has its type. */
export function toSite(data: Record<string, CellValue>): Site {
  const text = (name: string) => String(data[name]);
  return {
    title: text('title'),
    region: text('region'),
    home_city: text('home_city'),
    publisher: text('publisher'),
    licence: { id: text('licence.id'), title: text('licence.title'), url: text('licence.url') },
    contact: text('contact'),
    base_url: text('base_url'),
    sample: data.sample === true,
  };
}

/** A home city no park is in leaves every home-city view empty: most likely a spelling slip. */
export const homeCityHasParks: Rule = {
  table: 'site',
  uses: ['parks'],
  check(rows, log) {
    const cities = new Set(rows('parks').map((park) => park.data.city));
    for (const site of rows('site')) {
      const city = site.data.home_city;
      if (typeof city !== 'string' || cities.has(city)) continue;
      log.add(at(site, 'home_city'), {
        code: 'UNKNOWN_REFERENCE',
        zh: `字段“home_city”的值“${city}”不是 parks.csv 中任何园区的 city`,
        en: `field "home_city": "${city}" is not the city of any park in parks.csv`,
      });
    }
  },
};
