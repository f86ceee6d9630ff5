/**
 * The Frictionless Tabular Data Package that describes every published table, whole. Its resources
 * are the CSV copies without byte-order mark (plain/), which every Frictionless reader takes as
 * they are; the per-period files are slices of these resources with the same schema, and the input
 * files as received are listed under `sources` with their paths. `checksums` gives the size and
 * SHA-256 of every file of the package beside it, so that `npm run verify` can check them all.
 */
import type { Column, TableDef } from '../contract/schema.ts';
import type { Site, Snapshot } from '../contract/dataset.ts';
import { dataUrl } from './citation.ts';
import type { DownloadFile } from './manifest.ts';

export interface PublishedFile {
  table: TableDef;
  /** Path relative to datapackage.json */
  path: string;
  bytes: number;
  sha256: string;
  rows: number;
}

const FIELD_TYPES: Record<Column['type'], string> = {
  string: 'string',
  enum: 'string',
  integer: 'integer',
  number: 'number',
  boolean: 'boolean',
  date: 'date',
};

function field(c: Column) {
  const constraints: Record<string, unknown> = {};
  if (c.required) constraints.required = true;
  if (c.values) constraints.enum = [...c.values];
  if (c.min !== undefined && !c.exclusiveMin) constraints.minimum = c.min;
  if (c.max !== undefined) constraints.maximum = c.max;
  return {
    name: c.name,
    title: `${c.title_zh} ${c.title_en}`,
    description: `${c.description_zh}\n${c.description_en}`,
    type: FIELD_TYPES[c.type],
    ...(c.unit ? { unit: c.unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

function resource(file: PublishedFile) {
  const { table } = file;
  return {
    name: table.name,
    path: file.path,
    profile: 'tabular-data-resource',
    title: `${table.title_zh} ${table.title_en}`,
    description: `${table.description_zh}\n${table.description_en}`,
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    bytes: file.bytes,
    hash: `sha256:${file.sha256}`,
    rows: file.rows,
    dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: {
      fields: table.columns.map(field),
      missingValues: [''],
      ...(table.primaryKey.length > 0 ? { primaryKey: table.primaryKey } : {}),
      ...(table.foreignKeys.length > 0
        ? { foreignKeys: table.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: fk.table, fields: fk.reference } })) }
        : {}),
    },
  };
}

/** Calendar version from the latest publication date, e.g. 2026.4.20. */
export function dataVersion(snapshots: readonly Snapshot[]): string {
  const latest = [...snapshots].map((s) => s.published).sort().at(-1) ?? '1970-01-01';
  return latest.split('-').map(Number).join('.');
}

/** Only what the Data Package profile accepts as an email address. */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function buildDataPackage(
  site: Site,
  snapshots: readonly Snapshot[],
  files: readonly PublishedFile[],
  /** Every other file of the package: sources, Parquet, per-period slices, scoring.sql. */
  otherFiles: readonly DownloadFile[],
  created: Date,
) {
  const sourceFiles = otherFiles.filter((file) => file.group === 'source');
  return {
    profile: 'tabular-data-package',
    name: 'park-scorecard',
    title: `${site.title}：${site.region}产业园区评价数据 Park Scorecard data`,
    description:
      `${site.region}省级及以上产业园区综合评价的原始数值、指标得分、排名和${site.home_city}年度目标进度。` +
      `\nRaw values, indicator scores, rankings and the home city’s target progress for the parks evaluated in ${site.region}.` +
      (site.sample ? '\n本数据为合成的示例数据。 These are synthetic sample data.' : ''),
    version: dataVersion(snapshots),
    created: created.toISOString(),
    ...(site.base_url ? { homepage: dataUrl(site).en } : {}),
    licenses: [{ name: site.licence.id, title: site.licence.title, ...(site.licence.url ? { path: site.licence.url } : {}) }],
    sources: [
      ...[...new Set(snapshots.map((s) => s.source))].map((title) => ({ title })),
      ...sourceFiles.map((file) => ({ title: `原始数据文件 Source file: ${file.title_zh} ${file.title_en}`, path: file.path })),
    ],
    contributors: [{ title: site.publisher, ...(EMAIL.test(site.contact) ? { email: site.contact } : {}), role: 'publisher' }],
    keywords: ['产业园区', '亩均论英雄', 'industrial parks', 'evaluation'],
    resources: files.map(resource),
    checksums: otherFiles.map((file) => ({ path: file.path, bytes: file.bytes, hash: `sha256:${file.sha256}` })),
  };
}
