/** site.json: the site's settings. */
import { column } from './inputs.ts';
import type { Column, TableDef } from './schema.ts';

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
  column('base_path', 'string', ['站点路径', 'Base path', '站点在服务器上的路径，如 /yqpj/；留空为根路径 /（环境变量 BASE_PATH 优先）', 'The path the site is served under, e.g. /yqpj/; empty for the root / (the BASE_PATH environment variable wins)'], { required: false, default: '' }),
  column('sample', 'boolean', ['示例数据', 'Sample', 'true 表示数据为虚构示例', 'true: the data are synthetic']),
];


/** site.json described as a one-record table, for the documentation. */
export const siteFile: TableDef = {
  name: 'site', file: 'site.json', perPeriod: false, optional: false,
  title_zh: '站点设置', title_en: 'Site settings',
  description_zh: 'JSON 对象；带点的字段名表示嵌套，如 `licence.id` 即 `{"licence": {"id": …}}`。',
  description_en: 'A JSON object; a dotted name is nested: `licence.id` is `{"licence": {"id": …}}`.',
  columns: [...SITE_FIELDS], primaryKey: [], foreignKeys: [],
};
