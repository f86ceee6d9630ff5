/** site.json: the site's settings, field by field as dataset.ts `Site` has them. */
import type { Site } from '../contract/dataset.ts';
import { SITE_FIELDS } from '../contract/site.ts';
import type { CellValue } from './cells.ts';
import type { IssueLog } from './issues.ts';
import { readJsonRecord } from './json.ts';
import { at, jsonRow, type Row, type Rule } from './rows.ts';

export const SITE_FILE = 'site.json';

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
    base_path: text('base_path'),
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
