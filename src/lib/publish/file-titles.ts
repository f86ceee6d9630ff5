/** What each downloadable file holds, in Chinese and English, for the manifest. */
import { LOADED_TABLES } from '../contract/inputs.ts';
import type { TableDef } from '../contract/schema.ts';
import { ZIP_FILE } from './manifest.ts';
import type { SourceFile } from './source-files.ts';

export interface Title {
  zh: string;
  en: string;
}

export const PACKAGE_TITLES: Readonly<Record<string, Title>> = {
  [ZIP_FILE]: { zh: '本页全部文件打包，附中英文说明 README.md', en: 'Every file of this page in one ZIP, with a README.md' },
  'datapackage.json': { zh: '数据包说明：各表的字段、类型、单位和键（Frictionless）', en: 'Data package: each table’s fields, types, units and keys (Frictionless)' },
  'scoring.sql': { zh: '计分与排名 SQL（DuckDB）', en: 'The scoring and ranking SQL (DuckDB)' },
};

export const tableTitle = (table: TableDef): Title => ({ zh: table.title_zh, en: table.title_en });

export function sourceTitle(file: SourceFile): Title {
  const table = LOADED_TABLES.find((t) => t.name === file.table);
  const title = table ? tableTitle(table) : { zh: '站点设置', en: 'Site settings' };
  if (file.previous === null) return title;
  return { zh: `${title.zh}（${file.previous} 发布的修订前版本）`, en: `${title.en} (earlier version published ${file.previous})` };
}
