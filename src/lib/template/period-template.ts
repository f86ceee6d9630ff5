/**
 * The workbooks an officer fills for a new period: values.xlsx (one row per park, one column per
 * indicator, units in the headers, numbers checked as typed) and adjustments.xlsx (park codes and
 * kinds as drop-downs), each with a sheet of instructions, plus a snapshot.json to complete.
 * Parks and indicators come from the data folder, so the sheets read back as the contract says.
 */
import type { Dataset } from '../contract/dataset.ts';
import { ADJUSTMENT_KINDS, adjustments } from '../contract/inputs.ts';
import { columnName, type SheetSpec } from './xlsx-writer.ts';

/** Rows left for adjustment items. */
const ADJUSTMENT_ROWS = 200;
/** Any number: Excel's data validation needs bounds. */
const ANY_NUMBER: [number, number] = [-1e15, 1e15];

const indicatorHeader = (name: string, unit: string) => (unit ? `${name}（${unit}）` : name);

function orderedIndicators(data: Dataset) {
  const category = new Map(data.categories.map((c) => [c.category_id, c.sort_order]));
  return [...data.indicators].sort((a, b) => category.get(a.category_id)! - category.get(b.category_id)! || a.sort_order - b.sort_order || a.indicator_id.localeCompare(b.indicator_id));
}

const instructions = (period: string, lines: readonly string[]): SheetSpec => ({
  name: '填写说明',
  rows: [[`${period} 期次数据填写说明`], [], ...lines.map((line) => [line])],
  widths: [110],
});

export function valuesWorkbook(data: Dataset, period: string): SheetSpec[] {
  const indicators = orderedIndicators(data);
  const last = columnName(indicators.length + 1);
  return [
    instructions(period, [
      '1. 在“指标数值”表中，每个园区一行、每个指标一列，只填写数字；单位见表头括号，不要填写单位或千分位以外的符号。',
      '2. 百分比指标填写百分数的数值，如 35.2 表示 35.2%；没有数据的单元格留空，并可在本说明之外另行说明原因。',
      '3. 不要修改表头、园区代码或工作表名称；不要插入合并单元格。不参评的园区整行留空即可。',
      `4. 保存为 snapshots/${period}/values.xlsx（或在网站“数据文件检查”页的“发布前预览”中拖入），与 adjustments.xlsx、snapshot.json 放在同一文件夹。`,
      '5. 提交前运行 npm run validate，或在网站 /data/check/ 页面检查：问题会指向具体的工作表和单元格。',
      '各指标的代码、单位、方向和解释见“指标说明”表。',
    ]),
    {
      name: '指标数值',
      header: true,
      rows: [
        ['园区代码', '园区名称', ...indicators.map((i) => indicatorHeader(i.name_zh, i.unit))],
        ...data.parks.map((park) => [park.park_id, park.name_zh]),
      ],
      widths: [12, 28, ...indicators.map(() => 16)],
      validations: [{
        range: `C2:${last}${data.parks.length + 1}`,
        rule: { between: ANY_NUMBER },
        prompt: '只填数字，单位见表头；没有数据留空',
        error: '这里只能填数字（单位见表头）；没有数据请留空。',
      }],
    },
    {
      name: '指标说明',
      header: true,
      rows: [
        ['indicator_id', '中文名称', '单位', '方向', '指标解释'],
        ...indicators.map((i) => [i.indicator_id, i.name_zh, i.unit, i.direction === 'higher' ? '越高越好' : '越低越好', i.definition_zh]),
      ],
      widths: [28, 30, 12, 10, 60],
    },
  ];
}

export function adjustmentsWorkbook(data: Dataset, period: string): SheetSpec[] {
  const title = (name: string) => adjustments.columns.find((c) => c.name === name)!.title_zh;
  const rows = ADJUSTMENT_ROWS + 1;
  return [
    instructions(period, [
      '1. 在“加减分”表中，每个加分、减分或一票否决事项一行；没有事项则不填。',
      '2. 园区代码从下拉列表中选择（见“园区名录”）；类型从下拉列表选择：bonus 加分，deduction 减分，veto 一票否决。',
      '3. 分数填正数（减分也填正数）；一票否决的分数留空。事由写明依据，如“中央生态环境保护督察反馈问题2个（每个扣0.3分）”。',
      `4. 保存为 snapshots/${period}/adjustments.xlsx，与 values.xlsx、snapshot.json 放在同一文件夹。`,
    ]),
    {
      name: '加减分',
      header: true,
      rows: [adjustments.columns.map((c) => title(c.name))],
      widths: [14, 12, 10, 60],
      validations: [
        { range: `A2:A${rows}`, rule: { listRange: `'园区名录'!$A$2:$A$${data.parks.length + 1}` }, prompt: '从下拉列表选择园区代码', error: '园区代码须为“园区名录”中的代码。' },
        { range: `B2:B${rows}`, rule: { list: ADJUSTMENT_KINDS }, prompt: 'bonus 加分；deduction 减分；veto 一票否决', error: '类型须为 bonus、deduction 或 veto。' },
        { range: `C2:C${rows}`, rule: { between: [0, 100] }, prompt: '正数；一票否决留空', error: '分数须为 0 到 100 之间的数。' },
      ],
    },
    {
      name: '园区名录',
      header: true,
      rows: [['园区代码', '园区名称', '城市'], ...data.parks.map((p) => [p.park_id, p.name_zh, p.city])],
      widths: [14, 30, 12],
    },
  ];
}

/** snapshot.json for the period, to be completed: its source is the latest period's, its status provisional. */
export function snapshotDraft(data: Dataset, period: string, published: string): string {
  const latest = [...data.snapshots].sort((a, b) => a.period.localeCompare(b.period)).at(-1);
  return `${JSON.stringify({
    period,
    title: `${period}年度${data.site.region}产业园区综合评价`,
    published,
    status: 'provisional',
    source: latest?.source ?? data.site.publisher,
    notes: '',
  }, null, 2)}\n`;
}
