/** README.md of the ZIP of every download: what each file is, the licence, how to cite, how scores are computed. */
import type { Site, Snapshot } from '../contract/dataset.ts';
import { citation, dataUrl } from './citation.ts';
import type { DownloadFile, Manifest } from './manifest.ts';

const cell = (text: string) => text.replaceAll('|', '\\|');

function fileTable(files: readonly DownloadFile[]): string {
  return [
    '| 文件 File | 内容 Contents | 行数 Rows | 字节 Bytes | SHA-256 |',
    '|---|---|---:|---:|---|',
    ...files.map((f) => `| \`${f.path}\` | ${cell(`${f.title_zh} ${f.title_en}`)} | ${f.rows ?? '—'} | ${f.bytes} | \`${f.sha256}\` |`),
  ].join('\n');
}

/** `files` are the ZIP's other files, with paths relative to the README. */
export function zipReadme(site: Site, snapshots: readonly Snapshot[], manifest: Pick<Manifest, 'version' | 'created'>, files: readonly DownloadFile[]): string {
  const cite = citation(site, snapshots, manifest.version);
  const licence = site.licence.url ? `[${site.licence.title}](${site.licence.url})` : site.licence.title;
  return `# ${site.title}：${site.region}产业园区评价数据 · Park Scorecard data

版本 Version ${manifest.version} · 数据日期 Dated ${manifest.created.slice(0, 10)} · 发布 Publisher ${site.publisher} · 联系 Contact ${site.contact}
${site.sample ? '\n> 本数据为合成的示例数据，不代表任何真实园区。 These are synthetic sample data; no real park is meant.\n' : ''}
在线版本与数据字典 Online, with the data dictionary: ${dataUrl(site).zh}

## 文件 Files

- \`<表名>.csv\`：整表，UTF-8 带 BOM（Excel 直接打开不乱码）；以 = + - @、制表符或换行开头的文本前加 \`'\`，电子表格不会把它当作公式执行。
  Whole tables as CSV, UTF-8 with a byte-order mark for Excel; text starting with = + - @, tab, CR or LF is prefixed with \`'\` so no spreadsheet runs it.
- \`plain/<表名>.csv\`：同一张整表，不带 BOM，供数据工具读取；\`datapackage.json\` 的各资源指向这些文件。
  The same whole tables without the byte-order mark, for data tools; \`datapackage.json\`'s resources point at them.
- \`parquet/<表名>.parquet\`：同一张表的 Parquet 文件（DuckDB 写出，zstd 压缩），保留列类型。
  The same tables as Parquet (written by DuckDB, zstd), column types kept.
- \`periods/<期次>/<表名>.csv|.parquet\`：按期次拆分的表（排名、得分、数值、标杆值、加减分、奖惩）。
  Each period's rows of the tables that have one (rankings, scores, values, benchmarks, adjustments, rules met).
- \`source/…\`：收到的原始数据文件，逐字节原样保存（修订期次的修订前版本在 \`previous/<发布日期>/\` 下）。
  The input files as received, byte for byte (a revised period's earlier versions under \`previous/<date published>/\`).
- \`datapackage.json\`：Frictionless 表格数据包说明，列出每张表的字段、中英文说明、类型、单位、主键和外键。
  The Frictionless Tabular Data Package: each table's fields with Chinese and English descriptions, types, units, primary and foreign keys.
- \`scoring.sql\`：计算全部得分与排名的 SQL，构建时由 DuckDB 运行。 The SQL that computes every score and rank, run by DuckDB at build time.

${fileTable(files)}

## 核对 How to check these files

同一份数据重新构建，得到逐字节相同的文件。在本站源代码目录中（Node 20，先运行 \`npm ci\`）运行以下命令，即可离线核对本压缩包：它按 \`datapackage.json\` 核对每个文件的大小和 SHA-256，再用包内的 \`scoring.sql\` 对 \`source/\` 中的原始数据重新计分，逐字节比较每个结果文件，列出任何不符之处。

The same data rebuilt give byte-identical files. In the site's source folder (Node 20, after \`npm ci\`), this checks the ZIP offline: every file's size and SHA-256 against \`datapackage.json\`, then the files in \`source/\` rescored with the enclosed \`scoring.sql\`, every result compared byte for byte; it lists whatever differs.

\`\`\`sh
npm run verify -- park-scorecard-data.zip
\`\`\`

## 得分如何计算 How scores are computed

每项指标按其方法计分：标杆值比值法得分 = 分值 × 数值 ÷ 标杆值（越低越好的指标为 分值 × 标杆值 ÷ 数值），封顶为“封顶倍数 × 分值”；极差法得分 = 分值 × (数值 − 最差值) ÷ (最优值 − 最差值)。缺失值按指标规定记 0 分或有数据园区的平均分。类别得分为其指标得分之和，总分 = 类别得分之和 + 加分 − 减分；被一票否决的园区不排名。总分相同时按同分排序指标的数值排序，仍相同则名次并列。指标、分值和标杆值见 \`methodology\` 各表（\`indicators.csv\` 等），完整规则即 \`scoring.sql\`。

Each indicator is scored by its method: benchmark ratio, points × value ÷ benchmark (points × benchmark ÷ value when lower is better), capped at cap × points; or min–max, points × (value − worst) ÷ (best − worst). A missing value scores 0 or the mean score of the parks with a value, as the indicator says. A category's score is the sum of its indicators'; the total adds bonuses and subtracts deductions; a vetoed park is not ranked. Equal totals are ordered by the tie-breaker indicator's value, and parks still equal share a rank. The indicators, points and benchmarks are in \`indicators.csv\` and the other methodology tables; the full rules are \`scoring.sql\`.

## 许可 Licence

${licence}（${site.licence.id}）

## 引用 How to cite

${cite.zh}

${cite.en}
`;
}
