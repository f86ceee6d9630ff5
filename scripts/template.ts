/**
 * npm run template -- --period 2026 [--data DIR] [--out DIR] [--published YYYY-MM-DD]
 * Writes the workbooks an officer fills for a new period (values.xlsx, adjustments.xlsx) and a
 * snapshot.json to complete, into <data>/snapshots/<period>/ unless --out says elsewhere. Parks
 * and indicators come from the data folder (default data/, or DATA_DIR), which must validate.
 * Existing files are never overwritten.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { adjustmentsWorkbook, snapshotDraft, valuesWorkbook } from '../src/lib/template/period-template.ts';
import { writeXlsx } from '../src/lib/template/xlsx-writer.ts';
import { validateAndReport } from '../src/lib/validate/node-source.ts';

const { values: args } = parseArgs({
  options: {
    period: { type: 'string' },
    data: { type: 'string', default: process.env.DATA_DIR ?? 'data' },
    out: { type: 'string' },
    published: { type: 'string', default: new Date().toISOString().slice(0, 10) },
  },
});

if (!args.period || !/^[\w-]+$/.test(args.period)) {
  console.error('用法 / Usage: npm run template -- --period 2026 [--data DIR] [--out DIR] [--published YYYY-MM-DD]');
  process.exit(2);
}
const period = args.period;
const { dataset } = await validateAndReport(resolve(args.data), () => undefined);
if (!dataset) {
  console.error(`${args.data} 未通过校验，请先运行 npm run validate -- ${args.data} / ${args.data} does not validate; run npm run validate first`);
  process.exit(1);
}
const out = resolve(args.out ?? join(args.data, 'snapshots', period));
const files: Record<string, Uint8Array | string> = {
  'values.xlsx': writeXlsx(valuesWorkbook(dataset, period)),
  'adjustments.xlsx': writeXlsx(adjustmentsWorkbook(dataset, period)),
  'snapshot.json': snapshotDraft(dataset, period, args.published),
};
const existing = Object.keys(files).filter((name) => existsSync(join(out, name)));
if (existing.length > 0) {
  console.error(`${out} 已有 ${existing.join('、')}，未覆盖 / already has ${existing.join(', ')}; nothing written`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
for (const [name, content] of Object.entries(files)) writeFileSync(join(out, name), content);
console.log(`已写入 / Wrote ${Object.keys(files).map((name) => join(out, name)).join(', ')}: ${dataset.parks.length} parks, ${dataset.indicators.length} indicators.`);
