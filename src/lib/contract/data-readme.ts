/** data/README.md's generated sections: the site.json fields, every table, every validation code. */
import { CODES } from '../validate/codes.ts';
import { CSV_TABLES, snapshots } from './inputs.ts';
import { replaceSection, tableMarkdown } from './markdown.ts';
import { SITE_FIELDS } from './site.ts';

function siteMarkdown(): string {
  return tableMarkdown({
    name: 'site', file: 'site.json', perPeriod: false, optional: false,
    title_zh: '站点设置', title_en: 'Site settings',
    description_zh: 'JSON 对象；带点的字段名表示嵌套，如 `licence.id` 即 `{"licence": {"id": …}}`。',
    description_en: 'A JSON object; a dotted name is nested: `licence.id` is `{"licence": {"id": …}}`.',
    columns: [...SITE_FIELDS], primaryKey: [], foreignKeys: [],
  });
}

function codesMarkdown(): string {
  return [
    '| 代码 code | 级别 severity | 含义 | meaning |',
    '|---|---|---|---|',
    ...Object.entries(CODES).map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.zh} | ${info.en} |`),
  ].join('\n');
}

export function renderDataReadme(document: string): string {
  const tables = [siteMarkdown(), tableMarkdown(snapshots), ...CSV_TABLES.map(tableMarkdown)].join('\n\n');
  return replaceSection(replaceSection(document, 'contract', tables), 'codes', codesMarkdown());
}
