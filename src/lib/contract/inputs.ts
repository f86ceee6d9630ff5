/**
 * The data contract: every CSV file a data folder holds, column by column.
 * The validator, data/README.md's column tables, the data dictionary and datapackage.json
 * are all derived from these definitions.
 */
import type { Column, ColumnType, TableDef } from './schema.ts';

type ColumnOptions = Partial<Omit<Column, 'name' | 'type' | 'title_zh' | 'title_en' | 'description_zh' | 'description_en'>>;

/** `[title_zh, title_en, description_zh, description_en]` */
type Words = [string, string, string, string];

export function column(name: string, type: ColumnType, words: Words, options: ColumnOptions = {}): Column {
  const [title_zh, title_en, description_zh, description_en] = words;
  return { name, type, required: true, ...options, title_zh, title_en, description_zh, description_en };
}

/** The column a per-period table gains when loaded, and that computed tables carry. */
export const PERIOD_COLUMN = column('period', 'string', ['期次', 'Period', '评价期次', 'Evaluation period']);

export const LEVELS = ['national', 'provincial'] as const;
export const PARK_KINDS = ['high_tech', 'economic', 'industrial', 'agricultural', 'logistics', 'tourism', 'other'] as const;
export const DIRECTIONS = ['higher', 'lower'] as const;
export const METHODS = ['benchmark', 'minmax'] as const;
export const MISSING_RULES = ['zero', 'average'] as const;
export const ADJUSTMENT_KINDS = ['bonus', 'deduction', 'veto'] as const;
export const TARGET_KINDS = ['cumulative', 'milestone'] as const;
export const REWARD_KINDS = ['reward', 'penalty'] as const;
export const REWARD_CONDITIONS = ['moved_up', 'moved_down', 'top_n', 'bottom_n', 'last_in_city'] as const;
export const REWARD_SCOPES = ['home_city', 'all'] as const;
/** What kind of list a period's published results are. */
export const LIST_KINDS = ['complete', 'top_n', 'bottom_n', 'tiers', 'unordered', 'self_reported', 'mixed'] as const;

const parkId = (words: Words = ['园区代码', 'Park ID', '园区的唯一代码，见 parks.csv', 'Unique park code, see parks.csv']) =>
  column('park_id', 'string', words);
const indicatorId = (words: Words = ['指标代码', 'Indicator ID', '指标代码，见 indicators.csv', 'Indicator code, see indicators.csv']) =>
  column('indicator_id', 'string', words);

export const categories: TableDef = {
  name: 'categories',
  file: 'methodology/categories.csv',
  perPeriod: false,
  optional: true,
  nonEmpty: true,
  title_zh: '评价类别',
  title_en: 'Evaluation categories',
  description_zh: '五大评价类别及其分值。',
  description_en: 'The evaluation categories and the points each carries.',
  columns: [
    column('category_id', 'string', ['类别代码', 'Category ID', '类别的唯一代码', 'Unique category code']),
    column('name_zh', 'string', ['中文名称', 'Name (zh)', '类别中文名称', 'Category name in Chinese']),
    column('name_en', 'string', ['英文名称', 'Name (en)', '类别英文名称', 'Category name in English']),
    column('points', 'number', ['分值', 'Points', '该类别满分，等于其下指标分值之和', 'Full marks of the category; equals the sum of its indicators’ points'], { min: 0, unit: '分' }),
    column('sort_order', 'integer', ['排序', 'Sort order', '显示顺序，小者在前', 'Display order, smallest first'], { min: 0 }),
  ],
  primaryKey: ['category_id'],
  foreignKeys: [],
};

export const indicators: TableDef = {
  name: 'indicators',
  file: 'methodology/indicators.csv',
  perPeriod: false,
  optional: true,
  nonEmpty: true,
  title_zh: '评价指标',
  title_en: 'Indicators',
  description_zh: '各项指标的定义、单位、方向、计分方法、分值和标杆值。',
  description_en: 'Each indicator’s definition, unit, direction, scoring method, points and benchmark.',
  columns: [
    indicatorId(['指标代码', 'Indicator ID', '指标的唯一代码', 'Unique indicator code']),
    column('category_id', 'string', ['所属类别', 'Category ID', '所属类别代码，见 categories.csv', 'Category code, see categories.csv']),
    column('name_zh', 'string', ['中文名称', 'Name (zh)', '指标中文名称', 'Indicator name in Chinese']),
    column('name_en', 'string', ['英文名称', 'Name (en)', '指标英文名称', 'Indicator name in English']),
    column('unit', 'string', ['单位', 'Unit', '计量单位，如 万元/亩、%、亿元', 'Unit of measure, e.g. 万元/亩, %, 亿元'], { required: false, default: '' }),
    column('direction', 'enum', ['方向', 'Direction', 'higher：越高越好；lower：越低越好', 'higher: more is better; lower: less is better'], { values: DIRECTIONS }),
    column('points', 'number', ['分值', 'Points', '该指标满分（权重）', 'Full marks (weight) of the indicator'], { min: 0, unit: '分' }),
    column('method', 'enum', ['计分方法', 'Method', 'benchmark：标杆值比值法；minmax：极差法', 'benchmark: ratio to a benchmark; minmax: position between worst and best'], { values: METHODS }),
    column('benchmark', 'number', ['标杆值', 'Benchmark', '标杆值（benchmark 法必填，可按期在 benchmarks.csv 中覆盖），单位同指标', 'Benchmark value (required for the benchmark method; may be overridden per period in benchmarks.csv), in the indicator’s unit'], { required: false, min: 0, exclusiveMin: true }),
    column('cap', 'number', ['封顶倍数', 'Cap', '得分上限为分值的倍数，默认 1', 'Score cap as a multiple of points; default 1'], { required: false, min: 1, max: 5, default: 1 }),
    column('missing', 'enum', ['缺失处理', 'Missing rule', 'zero：缺失记 0 分；average：记有数据园区的平均得分', 'zero: a missing value scores 0; average: it scores the mean of the parks with data'], { values: MISSING_RULES }),
    column('decimals', 'integer', ['小数位', 'Decimals', '显示小数位数', 'Decimals shown'], { min: 0, max: 6 }),
    column('sort_order', 'integer', ['排序', 'Sort order', '类别内显示顺序，小者在前', 'Display order within the category, smallest first'], { min: 0 }),
    column('tiebreak', 'boolean', ['同分排序指标', 'Tie-breaker', '总分相同时按该指标数值排序（至多一个指标为 true）', 'Equal totals are separated by this indicator’s value (at most one indicator is true)'], { required: false, default: false }),
    column('definition_zh', 'string', ['指标解释', 'Definition (zh)', '指标定义与计算口径', 'Definition and how the figure is computed, in Chinese'], { required: false, default: '' }),
  ],
  primaryKey: ['indicator_id'],
  foreignKeys: [{ fields: ['category_id'], table: 'categories', reference: ['category_id'] }],
};

export const tiers: TableDef = {
  name: 'tiers',
  file: 'methodology/tiers.csv',
  perPeriod: false,
  optional: true,
  nonEmpty: true,
  title_zh: '评价等次',
  title_en: 'Tiers',
  description_zh: '按排名百分位划分的等次：排名百分位 = 名次 ÷ 参与排名园区数 × 100，落在 (from_pct, to_pct] 的园区属于该等次。',
  description_en: 'Tiers by rank percentile: percentile = rank ÷ number of ranked parks × 100; a park whose percentile lies in (from_pct, to_pct] gets the tier.',
  columns: [
    column('tier', 'string', ['等次', 'Tier', '等次代码，如 A', 'Tier code, e.g. A']),
    column('name_zh', 'string', ['中文名称', 'Name (zh)', '等次中文名称', 'Tier name in Chinese']),
    column('name_en', 'string', ['英文名称', 'Name (en)', '等次英文名称', 'Tier name in English']),
    column('from_pct', 'number', ['起始百分位（不含）', 'From percentile (exclusive)', '排名百分位下限（不含）', 'Lower bound of the rank percentile (exclusive)'], { min: 0, max: 100, unit: '%' }),
    column('to_pct', 'number', ['截止百分位（含）', 'To percentile (inclusive)', '排名百分位上限（含）', 'Upper bound of the rank percentile (inclusive)'], { min: 0, max: 100, unit: '%' }),
  ],
  primaryKey: ['tier'],
  foreignKeys: [],
};

export const rewards: TableDef = {
  name: 'rewards',
  file: 'methodology/rewards.csv',
  perPeriod: false,
  optional: true,
  title_zh: '奖惩规则',
  title_en: 'Reward and penalty rules',
  description_zh: '与排名挂钩的奖惩规则。',
  description_en: 'Rules that tie rewards and penalties to the ranking.',
  columns: [
    column('rule_id', 'string', ['规则代码', 'Rule ID', '规则的唯一代码', 'Unique rule code']),
    column('kind', 'enum', ['类型', 'Kind', 'reward：奖励；penalty：惩戒', 'reward or penalty'], { values: REWARD_KINDS }),
    column('condition', 'enum', ['条件', 'Condition', 'moved_up：全省排名较上期前进至少 N 位；moved_down：后退至少 N 位；top_n：全省前 N 名；bottom_n：全省后 N 名；last_in_city：所在城市排名末位', 'moved_up: rose at least N places in the province; moved_down: fell at least N places; top_n: in the province’s top N; bottom_n: in its bottom N; last_in_city: last among its city’s parks'], { values: REWARD_CONDITIONS }),
    column('threshold', 'integer', ['阈值 N', 'Threshold N', '条件中的 N（last_in_city 不需要）', 'The N of the condition (not used by last_in_city)'], { required: false, min: 1 }),
    column('scope', 'enum', ['适用范围', 'Scope', 'home_city：仅本市园区；all：全省园区', 'home_city: the home city’s parks only; all: every park'], { values: REWARD_SCOPES }),
    column('label_zh', 'string', ['中文标签', 'Label (zh)', '规则简称', 'Short label in Chinese']),
    column('label_en', 'string', ['英文标签', 'Label (en)', '规则英文简称', 'Short label in English']),
    column('consequence_zh', 'string', ['奖惩措施', 'Consequence (zh)', '满足规则的后果，如奖励金额或通报批评', 'What follows, e.g. a reward or a public criticism']),
  ],
  primaryKey: ['rule_id'],
  foreignKeys: [],
};

export const parks: TableDef = {
  name: 'parks',
  file: 'parks.csv',
  perPeriod: false,
  optional: false,
  nonEmpty: true,
  title_zh: '园区名录',
  title_en: 'Parks',
  description_zh: '参与评价的园区及其基本信息。',
  description_en: 'The parks evaluated and their basic facts.',
  columns: [
    parkId(['园区代码', 'Park ID', '园区的唯一代码（字母、数字、-、_）', 'Unique park code (letters, digits, - and _)']),
    column('name_zh', 'string', ['园区名称', 'Name (zh)', '园区中文全称', 'Full name in Chinese']),
    column('name_en', 'string', ['英文名称', 'Name (en)', '园区英文名称', 'Name in English'], { required: false, default: '' }),
    column('city', 'string', ['所在城市', 'City', '园区所在地级市', 'Prefecture-level city']),
    column('county', 'string', ['所在县区', 'County', '园区所在县（市、区）', 'County or district'], { required: false, default: '' }),
    column('level', 'enum', ['级别', 'Level', 'national：国家级；provincial：省级', 'national or provincial'], { values: LEVELS }),
    column('kind', 'enum', ['类型', 'Kind', 'high_tech 高新区；economic 经开区；industrial 工业园区；agricultural 农业园区；logistics 物流园区；tourism 旅游度假区；other 其他', 'high_tech, economic (development zone), industrial, agricultural, logistics, tourism or other'], { values: PARK_KINDS }),
    column('area_km2', 'number', ['规划面积', 'Planned area', '规划面积', 'Planned area'], { min: 0, exclusiveMin: true, unit: 'km²' }),
    column('established', 'integer', ['设立年份', 'Established', '园区设立（批准）年份', 'Year the park was approved'], { required: false, min: 1950, max: 2100 }),
  ],
  primaryKey: ['park_id'],
  foreignKeys: [],
};

export const values: TableDef = {
  name: 'values',
  file: 'snapshots/<period>/values.csv',
  perPeriod: true,
  optional: true,
  nonEmpty: true,
  title_zh: '指标数值',
  title_en: 'Indicator values',
  description_zh: '各园区各指标的原始数值（长表：每个园区、每个指标一行）。空白或 -、—、NA、N/A 表示缺失。只有公布结果的期次可以没有此文件（见 results.csv）。',
  description_en: 'Raw indicator values, one row per park and indicator. Empty, -, —, NA or N/A means missing. A period known only from its published results may leave this file out (see results.csv).',
  columns: [
    parkId(),
    indicatorId(),
    column('value', 'number', ['数值', 'Value', '指标数值，单位见 indicators.csv；百分比指标可带 %', 'The value, in the indicator’s unit; a % indicator may carry a trailing %'], { required: false, essential: true }),
    column('note', 'string', ['备注', 'Note', '数据说明，如缺失原因', 'A note, e.g. why a value is missing'], { required: false, default: '' }),
  ],
  primaryKey: ['park_id', 'indicator_id'],
  foreignKeys: [
    { fields: ['park_id'], table: 'parks', reference: ['park_id'] },
    { fields: ['indicator_id'], table: 'indicators', reference: ['indicator_id'] },
  ],
};

export const benchmarks: TableDef = {
  name: 'benchmarks',
  file: 'snapshots/<period>/benchmarks.csv',
  perPeriod: true,
  optional: true,
  title_zh: '本期标杆值',
  title_en: 'Benchmarks for the period',
  description_zh: '覆盖 indicators.csv 中标杆值的本期标杆值（可选）。',
  description_en: 'Per-period benchmarks that override indicators.csv (optional).',
  columns: [
    indicatorId(),
    column('benchmark', 'number', ['标杆值', 'Benchmark', '本期标杆值，单位同指标', 'Benchmark for the period, in the indicator’s unit'], { min: 0, exclusiveMin: true }),
    column('note', 'string', ['备注', 'Note', '标杆值来源', 'Where the benchmark comes from'], { required: false, default: '' }),
  ],
  primaryKey: ['indicator_id'],
  foreignKeys: [{ fields: ['indicator_id'], table: 'indicators', reference: ['indicator_id'] }],
};

export const adjustments: TableDef = {
  name: 'adjustments',
  file: 'snapshots/<period>/adjustments.csv',
  perPeriod: true,
  optional: true,
  title_zh: '加减分与否决',
  title_en: 'Bonuses, deductions and vetoes',
  description_zh: '加分、减分和一票否决事项（可选）。被否决的园区列出但不参与排名。',
  description_en: 'Bonus, deduction and veto items (optional). A vetoed park is listed but not ranked.',
  columns: [
    parkId(),
    column('kind', 'enum', ['类型', 'Kind', 'bonus 加分；deduction 减分；veto 一票否决', 'bonus, deduction or veto'], { values: ADJUSTMENT_KINDS }),
    column('points', 'number', ['分数', 'Points', '加分或减分的分数（正数；veto 留空）', 'Points added or subtracted (positive; empty for veto)'], { required: false, min: 0, max: 100, unit: '分' }),
    column('reason_zh', 'string', ['事由', 'Reason', '加减分或否决的事由', 'Why the points were given, taken or the park vetoed']),
  ],
  primaryKey: [],
  foreignKeys: [{ fields: ['park_id'], table: 'parks', reference: ['park_id'] }],
};

export const targets: TableDef = {
  name: 'targets',
  file: 'targets.csv',
  perPeriod: false,
  optional: true,
  title_zh: '年度目标',
  title_en: 'Annual targets',
  description_zh: '全市及各园区的年度目标。cumulative 为累计量目标；milestone 为里程碑（目标值为 1，完成时进度记 1）。',
  description_en: 'The year’s targets for the city and its parks. cumulative: an amount reached over the year; milestone: done or not (target 1, progress 1 once done).',
  columns: [
    column('year', 'integer', ['年度', 'Year', '目标年度', 'Target year'], { min: 2000, max: 2100 }),
    column('target_id', 'string', ['目标代码', 'Target ID', '目标的唯一代码（同一年度内唯一）', 'Unique target code within the year']),
    column('scope', 'string', ['范围', 'Scope', 'city 表示全市，否则为园区代码', '`city` for the whole city, otherwise a park_id']),
    column('parent_id', 'string', ['上级目标', 'Parent target', '园区目标所分解自的全市目标代码（可空）', 'The city target this park target is a share of (may be empty)'], { required: false, default: '' }),
    column('name_zh', 'string', ['目标名称', 'Name (zh)', '目标中文名称', 'Target name in Chinese']),
    column('name_en', 'string', ['英文名称', 'Name (en)', '目标英文名称', 'Target name in English'], { required: false, default: '' }),
    column('unit', 'string', ['单位', 'Unit', '目标单位，如 亿元', 'Unit, e.g. 亿元'], { required: false, default: '' }),
    column('target', 'number', ['目标值', 'Target', '年度目标值（里程碑为 1）', 'The year’s target (1 for a milestone)'], { min: 0, exclusiveMin: true }),
    column('kind', 'enum', ['类型', 'Kind', 'cumulative 累计量；milestone 里程碑', 'cumulative or milestone'], { values: TARGET_KINDS }),
    column('due_month', 'integer', ['完成月份', 'Due month', '里程碑应完成的月份，默认 12', 'Month a milestone is due; default 12'], { required: false, min: 1, max: 12, default: 12 }),
  ],
  primaryKey: ['year', 'target_id'],
  foreignKeys: [],
};

export const progress: TableDef = {
  name: 'progress',
  file: 'progress.csv',
  perPeriod: false,
  optional: true,
  title_zh: '目标进度',
  title_en: 'Progress against targets',
  description_zh: '各目标截至每月末的累计完成值（里程碑：完成为 1，未完成为 0）。',
  description_en: 'Each target’s cumulative actual to the end of each month (milestones: 1 once done, else 0).',
  columns: [
    column('year', 'integer', ['年度', 'Year', '年度', 'Year'], { min: 2000, max: 2100 }),
    column('month', 'integer', ['月份', 'Month', '月份（1–12），数值为截至该月末的累计值', 'Month (1–12); the value is cumulative to its end'], { min: 1, max: 12 }),
    column('target_id', 'string', ['目标代码', 'Target ID', '目标代码，见 targets.csv', 'Target code, see targets.csv']),
    column('actual', 'number', ['累计完成', 'Actual to date', '截至该月末的累计完成值，单位同目标', 'Cumulative actual to the end of the month, in the target’s unit'], { min: 0 }),
    column('note', 'string', ['备注', 'Note', '说明', 'A note'], { required: false, default: '' }),
  ],
  primaryKey: ['year', 'target_id', 'month'],
  foreignKeys: [{ fields: ['year', 'target_id'], table: 'targets', reference: ['year', 'target_id'] }],
};

export const aliases: TableDef = {
  name: 'aliases',
  file: 'aliases.csv',
  perPeriod: false,
  optional: true,
  title_zh: '园区别名',
  title_en: 'Park aliases',
  description_zh: '公布结果中出现的园区名称写法（简称、旧名、误印）→ 园区代码，可注明使用年份。results.csv 的 park 列通过此表和 parks.csv 的 name_zh 解析为园区代码。',
  description_en: 'Names as published (short forms, former names, misprints) → park code, optionally with the years they were used. The park column of results.csv resolves through this table and parks.csv name_zh.',
  columns: [
    column('alias', 'string', ['名称写法', 'Name as published', '公布结果中出现的园区名称', 'The park’s name as a published list prints it']),
    parkId(),
    column('valid_from', 'integer', ['起始年份', 'Valid from', '该写法适用的第一个期次年份（含），空为不限', 'First period year the name applies to (inclusive); empty: no limit'], { required: false, min: 1950, max: 2100 }),
    column('valid_to', 'integer', ['截止年份', 'Valid to', '该写法适用的最后一个期次年份（含），空为不限', 'Last period year the name applies to (inclusive); empty: no limit'], { required: false, min: 1950, max: 2100 }),
    column('note', 'string', ['说明', 'Note', '如“简称”“2019年更名”“误印”', 'e.g. short form, renamed in 2019, misprint'], { required: false, default: '' }),
  ],
  primaryKey: [],
  foreignKeys: [{ fields: ['park_id'], table: 'parks', reference: ['park_id'] }],
};

/** How a published file names its park: the code, or the name as printed (resolved by the validator). */
const publishedPark: Column[] = [
    column('park_id', 'string', ['园区代码', 'Park ID', '园区代码，见 parks.csv；留空时由 park 解析', 'Park code, see parks.csv; when empty it is resolved from park'], { required: false }),
    column('park', 'string', ['公布名称', 'Name as published', '公布结果中的园区名称（按原文），经 parks.csv 的 name_zh 或 aliases.csv 解析为园区代码', 'The park’s name as published (verbatim), resolved through parks.csv name_zh or aliases.csv']),
];

export const results: TableDef = {
  name: 'results',
  file: 'snapshots/<period>/results.csv',
  perPeriod: true,
  optional: true,
  title_zh: '公布结果',
  title_en: 'Published results',
  description_zh: '评价机关公布的结果，按公布原样录入：每个园区一行，只填公布了的项（名次、总分、等次）。有此文件的期次，网站以它为正式排名，不以计算结果代替；同时有指标数值时另作核对。列表类型、参评总数和方法版本写在 snapshot.json。',
  description_en: 'The results as the evaluating body published them, one row per park, filling only what was published (rank, total score, tier). In a period with this file the site shows these as the official ranking, never a computed rank in their place; where values exist too, the computed result is reconciled against them. The kind of list, the number evaluated and the method version are set in snapshot.json.',
  columns: [
    ...publishedPark,
    column('rank', 'integer', ['公布名次', 'Published rank', '公布的名次（1 起）；只公布等次或名单时留空', 'Published rank (from 1); empty when only a tier or a name list was published'], { required: false, min: 1 }),
    column('total_score', 'number', ['公布总分', 'Published score', '公布的总分；未公布时留空', 'Published total score; empty when not published'], { required: false, unit: '分' }),
    column('tier', 'string', ['公布等次', 'Published tier', '公布的等次，见 tiers.csv；未公布时留空', 'Published tier, see tiers.csv; empty when not published'], { required: false, default: '' }),
    column('self_reported', 'boolean', ['园区自报', 'Self-reported', 'true：名次来自园区或当地媒体自行发布，而非评价机关的名单', 'true: the rank comes from the park itself or local news, not from the evaluating body’s list'], { required: false, default: false }),
    column('source_url', 'string', ['来源链接', 'Source URL', '本行来源的网址；与本期来源不同时填写', 'Where this row was published, when it differs from the period’s source'], { required: false, default: '' }),
    column('source_doc', 'string', ['来源文件', 'Source document', '本行来源的文件或报道名称', 'The document or article this row comes from'], { required: false, default: '' }),
    column('source_date', 'date', ['来源日期', 'Source date', '来源发布日期，YYYY-MM-DD', 'When the source was published, YYYY-MM-DD'], { required: false }),
    column('note', 'string', ['说明', 'Note', '如“原文误作曹河泾”', 'e.g. printed as 曹河泾'], { required: false, default: '' }),
  ],
  primaryKey: [],
  foreignKeys: [{ fields: ['park_id'], table: 'parks', reference: ['park_id'] }],
};

export const resultCategories: TableDef = {
  name: 'result_categories',
  file: 'snapshots/<period>/result_categories.csv',
  perPeriod: true,
  optional: true,
  title_zh: '公布类别得分',
  title_en: 'Published category scores',
  description_zh: '与结果一同公布的各类别得分（长表：每个园区、每个类别一行；从公布的宽表复制时，每个类别一列改为一行）。园区名称与 results.csv 的写法相同，每个园区须在本期 results.csv 中有一行；只录入公布了的类别。同时有指标数值时与计算的类别得分核对；没有指标数值时，园区页显示这些公布的得分。',
  description_en: 'The category scores published with the results, one row per park and category (a published wide table becomes one row per category). Parks are named as in results.csv and need a row there for the period; enter only the categories that were published. Where values exist too they are reconciled against the computed category scores; without values the park page shows these published scores.',
  columns: [
    ...publishedPark,
    column('category_id', 'string', ['类别代码', 'Category ID', '评价类别代码，见 categories.csv', 'Category code, see categories.csv']),
    column('score', 'number', ['公布得分', 'Published score', '公布的该类别得分；高于类别满分时给出警告', 'The published score in the category; a warning when above the category’s full marks'], { unit: '分', min: 0 }),
  ],
  primaryKey: [],
  foreignKeys: [
    { fields: ['park_id'], table: 'parks', reference: ['park_id'] },
    { fields: ['category_id'], table: 'categories', reference: ['category_id'] },
  ],
};

/** Every CSV table of a data folder, in the order they are read and checked. */
export const CSV_TABLES: readonly TableDef[] = [
  categories, indicators, tiers, rewards, parks, aliases, values, benchmarks, adjustments, results, resultCategories, targets, progress,
];

/**
 * A revised period keeps each earlier version in a folder named by the date that version was
 * published. It holds these tables in their usual format: values.csv is required; a benchmarks.csv
 * or adjustments.csv left out means the earlier version had the same file as the current one.
 */
export const PREVIOUS_FOLDER = 'snapshots/<period>/previous/<published>/';
export const REVISABLE_TABLES: readonly TableDef[] = [values, benchmarks, adjustments];

export const previousFolder = (period: string, published: string): string =>
  PREVIOUS_FOLDER.replace('<period>', period).replace('<published>', published);

/** Where an earlier version of a period keeps its copy of a per-period table. */
export const previousFile = (def: TableDef, period: string, published: string): string =>
  def.file.replace('snapshots/<period>/', previousFolder(period, published));

/** snapshot.json, one per period folder, as the table it is loaded into. */
export const snapshots: TableDef = {
  name: 'snapshots',
  file: 'snapshots/<period>/snapshot.json',
  perPeriod: false,
  optional: false,
  title_zh: '评价期次',
  title_en: 'Evaluation periods',
  description_zh: '每个评价期次的说明：名称、发布日期、状态和来源。期次代码即文件夹名。',
  description_en: 'Each evaluation period: title, publication date, status and source. The period code is the folder name.',
  columns: [
    column('period', 'string', ['期次', 'Period', '期次代码，即文件夹名，如 2025', 'Period code, the folder name, e.g. 2025']),
    column('title', 'string', ['标题', 'Title', '本期评价的标题', 'Title of the evaluation']),
    column('published', 'date', ['发布日期', 'Published', '本版本结果发布（公示）日期，YYYY-MM-DD；修订后为修订版的发布日期', 'Date this version of the results was published, YYYY-MM-DD; for a revised period, the revision’s date']),
    column('comment_until', 'date', ['公示截止日期', 'Comment period ends', '公示稿的公示期截止日期，YYYY-MM-DD；非公示稿为空', 'Last day of the public comment period for a provisional result, YYYY-MM-DD; empty otherwise'], { required: false }),
    column('status', 'enum', ['状态', 'Status', 'final 正式；provisional 公示中/暂定；revised 已修订（修订前的版本保存在 previous/ 下）', 'final, provisional (out for comment) or revised (earlier versions kept under previous/)'], { values: ['final', 'provisional', 'revised'] }),
    column('source', 'string', ['来源', 'Source', '数据来源', 'Where the data come from']),
    column('notes', 'string', ['说明', 'Notes', '其他说明', 'Other notes'], { required: false, default: '' }),
    column('list_kind', 'enum', ['公布形式', 'List kind', 'results.csv 是哪种名单：complete 完整排名；top_n 前 N 名；bottom_n 后 N 名；tiers 只有等次；unordered 不分先后的名单（获评、约谈）；self_reported 园区自报；mixed 混合。无 results.csv 时不用', 'What kind of list results.csv holds: complete, top_n, bottom_n, tiers (tiers only), unordered (an award or warning list), self_reported, or mixed. Unused without results.csv'], { required: false, default: 'complete', values: LIST_KINDS }),
    column('list_size', 'integer', ['名单长度 N', 'List size N', 'top_n、bottom_n 名单公布的园区数 N', 'The N of a top_n or bottom_n list'], { required: false, min: 1 }),
    column('evaluated', 'integer', ['参评园区总数', 'Parks evaluated', '本期参评园区总数（含未公布名次者）', 'How many parks were evaluated in all, listed or not'], { required: false, min: 1 }),
    column('partial', 'boolean', ['名单不全', 'Partial', 'true：所见公布文本不全（如转载截断），results.csv 少于公布的行数', 'true: the copy found is incomplete (e.g. a truncated reprint), so results.csv has fewer rows than were published'], { required: false, default: false }),
    column('method_version', 'string', ['方法版本', 'Method version', '评价办法的版本；版本不同的两期名次不直接比较（口径变化）', 'Version of the evaluation method; ranks of two periods under different versions are not compared'], { required: false, default: '' }),
    column('list_note', 'string', ['名单说明', 'List note', '公布范围的说明，如“只公布前30名，不公布分数”', 'What the announcement covered, e.g. top 30 only, no scores'], { required: false, default: '' }),
  ],
  primaryKey: ['period'],
  foreignKeys: [],
};

/** Every input table as loaded into DuckDB: the periods first, then the CSV tables. */
export const LOADED_TABLES: readonly TableDef[] = [snapshots, ...CSV_TABLES];
