/** data/README.md's generated sections: the site.json fields, every table, every validation code. */
import { CODES } from '../validate/codes.ts';
import { CSV_TABLES, PREVIOUS_FOLDER, REVISABLE_TABLES, previousFile, snapshots } from './inputs.ts';
import { replaceSection, tableMarkdown } from './markdown.ts';
import { siteFile } from './site.ts';

function previousMarkdown(): string {
  return [
    `### \`${PREVIOUS_FOLDER}\` — 修订前版本 Earlier versions（可选 optional）`,
    '',
    '期次修订后（snapshot.json 的 status 为 revised），原先发布的版本保存在以其发布日期命名的文件夹中，文件格式与校验规则同当前文件；未提供的可选文件视为与当前文件相同。'
      + ' After a revision (status revised in snapshot.json), each earlier version is kept in a folder named by the date it was published, its files in the same format and checked by the same rules; an optional file left out is taken to be the same as the current one.',
    '',
    '| 文件 file | 必填 required | 格式 format |',
    '|---|---|---|',
    ...REVISABLE_TABLES.map((table) =>
      `| \`${previousFile(table, '<period>', '<published>')}\` | ${table.optional ? '否 no' : '是 yes'} | 同 same as \`${table.file}\` |`),
  ].join('\n');
}

function codesMarkdown(): string {
  return [
    '| 代码 code | 级别 severity | 含义 | meaning |',
    '|---|---|---|---|',
    ...Object.entries(CODES).map(([code, info]) => `| \`${code}\` | ${info.severity} | ${info.zh} | ${info.en} |`),
  ].join('\n');
}

export function renderDataReadme(document: string): string {
  const tables = [tableMarkdown(siteFile), tableMarkdown(snapshots), ...CSV_TABLES.map(tableMarkdown), previousMarkdown()].join('\n\n');
  return replaceSection(replaceSection(document, 'contract', tables), 'codes', codesMarkdown());
}
