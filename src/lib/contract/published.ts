/**
 * The published tables: what the build computes and hands to readers (pages, downloads,
 * datapackage.json, the browser's DuckDB). Input tables are published as loaded; the computed
 * ones are the views of src/lib/sql/scoring.sql.
 */
import type { Column, TableDef } from './schema.ts';
import { column, LOADED_TABLES, PERIOD_COLUMN } from './inputs.ts';
import { loadedColumns } from '../sql/load-inputs.ts';

const computed = (def: Omit<TableDef, 'file' | 'perPeriod' | 'optional'>): TableDef => ({
  ...def,
  file: `(computed)`,
  perPeriod: false,
  optional: false,
});

const parkId = column('park_id', 'string', ['园区代码', 'Park ID', '园区代码，见 parks', 'Park code, see parks']);
const categoryId = column('category_id', 'string', ['类别代码', 'Category ID', '类别代码，见 categories', 'Category code, see categories']);
const indicatorId = column('indicator_id', 'string', ['指标代码', 'Indicator ID', '指标代码，见 indicators', 'Indicator code, see indicators']);

export const computedRankings = computed({
  name: 'computed_rankings',
  title_zh: '计算排名',
  title_en: 'Computed rankings',
  description_zh: '按计分方法由指标数值计算的每期每个园区的总分、各级排名、名次变化和等次。被一票否决的园区列出但不排名。有公布结果的期次，正式排名见 rankings，两者的差异见 reconciliation。',
  description_en: 'Each park’s total score, ranks, movement and tier as the scoring method computes them from the indicator values. Vetoed parks are listed but not ranked. In a period with published results the official ranking is rankings, and reconciliation lists where the two differ.',
  columns: [
    PERIOD_COLUMN,
    parkId,
    column('name_zh', 'string', ['园区名称', 'Park name', '园区中文名称', 'Park name in Chinese']),
    column('city', 'string', ['所在城市', 'City', '园区所在城市', 'City of the park']),
    column('level', 'enum', ['级别', 'Level', 'national 国家级；provincial 省级', 'national or provincial'], { values: ['national', 'provincial'] }),
    column('kind', 'string', ['类型', 'Kind', '园区类型代码', 'Park kind code']),
    column('base_score', 'number', ['指标得分', 'Indicator score', '各类别得分之和（未计加减分）', 'Sum of the category scores, before bonus and deduction'], { unit: '分' }),
    column('bonus', 'number', ['加分', 'Bonus', '加分合计', 'Bonus points in total'], { unit: '分' }),
    column('deduction', 'number', ['减分', 'Deduction', '减分合计', 'Points deducted in total'], { unit: '分' }),
    column('score', 'number', ['总分', 'Total score', '总分 = 指标得分 + 加分 − 减分', 'Total = indicator score + bonus − deduction'], { unit: '分' }),
    column('vetoed', 'boolean', ['一票否决', 'Vetoed', '是否被一票否决（不参与排名）', 'Vetoed: listed but not ranked']),
    column('veto_reason', 'string', ['否决事由', 'Veto reason', '一票否决的事由', 'Why the park was vetoed'], { required: false }),
    column('missing_count', 'integer', ['缺失指标数', 'Missing values', '本期缺失数据的指标个数', 'Indicators without a value this period']),
    column('tiebreak_value', 'number', ['同分排序值', 'Tie-breaker value', '总分相同时用于排序的指标数值', 'Value of the tie-breaker indicator'], { required: false }),
    column('rank', 'integer', ['全省排名', 'Province rank', '在全省参评园区中的名次（并列同名次）', 'Rank in the province (equal parks share a rank)'], { required: false }),
    column('rank_level', 'integer', ['同级排名', 'Rank in level', '在同级别（国家级/省级）园区中的名次', 'Rank among parks of the same level'], { required: false }),
    column('rank_city', 'integer', ['市内排名', 'Rank in city', '在所在城市园区中的名次', 'Rank among the parks of its city'], { required: false }),
    column('ranked_count', 'integer', ['参评园区数', 'Parks ranked', '本期参与排名的园区数', 'Parks ranked this period']),
    column('level_count', 'integer', ['同级园区数', 'Parks in level', '本期同级别参与排名的园区数', 'Parks of the same level ranked this period']),
    column('city_count', 'integer', ['市内园区数', 'Parks in city', '本期所在城市参与排名的园区数', 'Parks of the same city ranked this period']),
    column('percentile', 'number', ['排名百分位', 'Rank percentile', '名次 ÷ 参评园区数 × 100', 'Rank ÷ parks ranked × 100'], { required: false, unit: '%' }),
    column('tier', 'string', ['等次', 'Tier', '按排名百分位确定的等次', 'Tier by rank percentile'], { required: false }),
    column('previous_period', 'string', ['上一期次', 'Previous period', '用于比较的上一期次', 'The period compared with'], { required: false }),
    column('previous_rank', 'integer', ['上期排名', 'Previous rank', '上一期全省排名', 'Province rank in the previous period'], { required: false }),
    column('rank_change', 'integer', ['名次变化', 'Rank change', '上期排名 − 本期排名：正数为进位，负数为退位；新参评或上期被否决为空', 'Previous rank − rank: positive moved up, negative moved down; empty when new or vetoed in the previous period'], { required: false }),
    column('is_home_city', 'boolean', ['本市园区', 'Home city', '是否为本市园区', 'Whether the park is in the home city']),
    column('previous_vetoed', 'boolean', ['上期一票否决', 'Vetoed last period', '上一期是否被一票否决；上期未参评为空', 'Whether the park was vetoed in the previous period; empty when it was not evaluated then'], { required: false }),
  ],
  primaryKey: ['period', 'park_id'],
  foreignKeys: [{ fields: ['park_id'], table: 'parks', reference: ['park_id'] }],
});

const optional = (c: Column): Column => ({ ...c, required: false });
const PUBLISHED_NULLABLE = new Set(['base_score', 'bonus', 'deduction', 'score', 'missing_count', 'ranked_count', 'level_count', 'city_count']);

export const rankings = computed({
  name: 'rankings',
  title_zh: '综合排名',
  title_en: 'Rankings',
  description_zh: '正式排名：有公布结果（results.csv）的期次为公布的名次、总分和等次，只含公布了的园区和项目；其余期次为计算排名。名次变化只在同一方法版本、同类来源的两期之间计算。',
  description_en: 'The official ranking: in a period with published results (results.csv), the published ranks, scores and tiers, only for the parks and items published; in other periods the computed ranking. Rank change is only worked out between two periods of one method version and one kind of source.',
  columns: [
    ...computedRankings.columns.map((c) => (PUBLISHED_NULLABLE.has(c.name) ? optional(c) : c)),
    column('rank_source', 'enum', ['名次来源', 'Rank source', 'published 评价机关公布；self_reported 园区自报；computed 由指标数值计算', 'published by the evaluating body, self_reported by the park, or computed from the values'], { values: ['published', 'self_reported', 'computed'] }),
    column('list_kind', 'string', ['公布形式', 'List kind', '公布名单的类型，见 snapshots（计算排名为空）', 'Kind of published list, see snapshots (empty when computed)'], { required: false }),
    column('published_name', 'string', ['公布名称', 'Name as published', '公布结果中的园区名称写法', 'The park’s name as the list printed it'], { required: false }),
    column('source_url', 'string', ['来源链接', 'Source URL', '本行来源网址', 'Where this row was published'], { required: false }),
    column('source_doc', 'string', ['来源文件', 'Source document', '本行来源文件', 'The document this row comes from'], { required: false }),
    column('source_date', 'string', ['来源日期', 'Source date', '来源发布日期', 'When the source was published'], { required: false }),
    column('method_changed', 'boolean', ['口径变化', 'Method changed', '与上一期的方法版本不同，名次不直接比较', 'The method version differs from the previous period’s, so ranks are not compared']),
  ],
  primaryKey: ['period', 'park_id'],
  foreignKeys: [{ fields: ['park_id'], table: 'parks', reference: ['park_id'] }],
});

export const reconciliation = computed({
  name: 'reconciliation',
  title_zh: '公布与计算核对',
  title_en: 'Published against computed',
  description_zh: '同时有公布结果和指标数值的期次：每个园区公布的名次、总分、等次（及类别得分）与按计分方法计算的结果对照及差异。总分相差小于 0.005 分视为一致。',
  description_en: 'In periods with both published results and values: each park’s published rank, score and tier beside what the scoring computes, and the difference. Scores within 0.005 points agree.',
  columns: [
    PERIOD_COLUMN,
    parkId,
    column('name_zh', 'string', ['园区名称', 'Park name', '园区中文名称', 'Park name in Chinese']),
    column('city', 'string', ['所在城市', 'City', '园区所在城市', 'City of the park']),
    column('is_published', 'boolean', ['已公布', 'Published', '公布结果中有该园区；false 为计算应入榜而未公布', 'The published results list the park; false: computed inside the list but not published']),
    column('published_rank', 'integer', ['公布名次', 'Published rank', '公布的名次', 'Published rank'], { required: false }),
    column('computed_rank', 'integer', ['计算名次', 'Computed rank', '按计分方法计算的名次', 'Rank as computed'], { required: false }),
    column('rank_difference', 'integer', ['名次差', 'Rank difference', '计算名次 − 公布名次', 'Computed rank − published rank'], { required: false }),
    column('published_score', 'number', ['公布总分', 'Published score', '公布的总分', 'Published total score'], { required: false, unit: '分' }),
    column('computed_score', 'number', ['计算总分', 'Computed score', '按计分方法计算的总分', 'Total score as computed'], { required: false, unit: '分' }),
    column('score_difference', 'number', ['总分差', 'Score difference', '计算总分 − 公布总分', 'Computed score − published score'], { required: false, unit: '分' }),
    column('published_tier', 'string', ['公布等次', 'Published tier', '公布的等次', 'Published tier'], { required: false }),
    column('computed_tier', 'string', ['计算等次', 'Computed tier', '按计分方法确定的等次', 'Tier as computed'], { required: false }),
    column('rank_agrees', 'boolean', ['名次一致', 'Rank agrees', '公布与计算名次相同；未公布名次为空', 'Published and computed ranks are equal; empty when no rank was published'], { required: false }),
    column('score_agrees', 'boolean', ['总分一致', 'Score agrees', '相差小于 0.005 分；未公布总分为空', 'Within 0.005 points; empty when no score was published'], { required: false }),
    column('tier_agrees', 'boolean', ['等次一致', 'Tier agrees', '公布与计算等次相同；未公布等次为空', 'Published and computed tiers are equal; empty when no tier was published'], { required: false }),
    column('categories_agree', 'boolean', ['类别得分一致', 'Categories agree', '公布的各类别得分均与计算相差小于 0.005 分（见 published_category_scores）；未公布类别得分为空', 'Every published category score is within 0.005 points of the computed one (see published_category_scores); empty when none was published'], { required: false }),
    column('agrees', 'boolean', ['一致', 'Agrees', '公布了的各项（含类别得分）均与计算一致', 'Every published item, category scores included, agrees with the computation']),
  ],
  primaryKey: ['period', 'park_id'],
  foreignKeys: [{ fields: ['park_id'], table: 'parks', reference: ['park_id'] }],
});

export const publishedCategoryScores = computed({
  name: 'published_category_scores',
  title_zh: '公布类别得分',
  title_en: 'Published category scores',
  description_zh: '公布结果中的各类别得分（result_categories.csv）；该园区当期有指标数值时，并列计算得分、差值和是否一致（相差小于 0.005 分）。',
  description_en: 'The category scores published with the results (result_categories.csv); where the park has values that period, the computed score, the difference and whether they agree (within 0.005 points).',
  columns: [
    PERIOD_COLUMN,
    parkId,
    categoryId,
    column('points', 'number', ['分值', 'Points available', '该类别满分（categories.csv）', 'Full marks of the category (categories.csv)'], { unit: '分' }),
    column('published_score', 'number', ['公布得分', 'Published score', '公布的该类别得分', 'Published score in the category'], { unit: '分' }),
    column('computed_score', 'number', ['计算得分', 'Computed score', '按计分方法计算的该类别得分；无指标数值时为空', 'The category score as computed; empty without values'], { required: false, unit: '分' }),
    column('score_difference', 'number', ['得分差', 'Score difference', '计算得分 − 公布得分', 'Computed score − published score'], { required: false, unit: '分' }),
    column('score_agrees', 'boolean', ['得分一致', 'Score agrees', '相差小于 0.005 分；无计算得分时为空', 'Within 0.005 points; empty without a computed score'], { required: false }),
  ],
  primaryKey: ['period', 'park_id', 'category_id'],
  foreignKeys: [
    { fields: ['park_id'], table: 'parks', reference: ['park_id'] },
    { fields: ['category_id'], table: 'categories', reference: ['category_id'] },
  ],
});

export const indicatorScores = computed({
  name: 'indicator_scores',
  title_zh: '指标得分',
  title_en: 'Indicator scores',
  description_zh: '每期每个园区每项指标的数值、标杆值、分值和得分，以及得分所用规则。',
  description_en: 'Each park’s value, benchmark, points available and score on each indicator, and the rule that scored it.',
  columns: [
    PERIOD_COLUMN,
    parkId,
    categoryId,
    indicatorId,
    column('value', 'number', ['数值', 'Value', '指标数值，单位见 indicators；缺失为空', 'The value in the indicator’s unit; empty when missing'], { required: false }),
    column('is_missing', 'boolean', ['数据缺失', 'Missing', '本期该指标是否缺失数据', 'Whether the value is missing']),
    column('benchmark', 'number', ['标杆值', 'Benchmark', '本期使用的标杆值（极差法为空）', 'Benchmark used this period (empty for min–max)'], { required: false }),
    column('points', 'number', ['分值', 'Points available', '该指标可得满分', 'Points available on the indicator'], { unit: '分' }),
    column('score', 'number', ['得分', 'Score', '该指标得分', 'Points earned on the indicator'], { unit: '分' }),
    column('score_rule', 'enum', ['计分规则', 'Scoring rule', 'benchmark 标杆值比值；minmax 极差法；missing_zero 缺失记 0；missing_average 缺失记平均分', 'benchmark, minmax, missing_zero or missing_average'], { values: ['benchmark', 'minmax', 'missing_zero', 'missing_average'] }),
  ],
  primaryKey: ['period', 'park_id', 'indicator_id'],
  foreignKeys: [
    { fields: ['park_id'], table: 'parks', reference: ['park_id'] },
    { fields: ['indicator_id'], table: 'indicators', reference: ['indicator_id'] },
  ],
});

export const categoryScores = computed({
  name: 'category_scores',
  title_zh: '类别得分',
  title_en: 'Category scores',
  description_zh: '每期每个园区在各评价类别的得分。',
  description_en: 'Each park’s score in each category, per period.',
  columns: [
    PERIOD_COLUMN,
    parkId,
    categoryId,
    column('points', 'number', ['分值', 'Points available', '该类别可得满分', 'Points available in the category'], { unit: '分' }),
    column('score', 'number', ['得分', 'Score', '该类别得分', 'Points earned in the category'], { unit: '分' }),
  ],
  primaryKey: ['period', 'park_id', 'category_id'],
  foreignKeys: [
    { fields: ['park_id'], table: 'parks', reference: ['park_id'] },
    { fields: ['category_id'], table: 'categories', reference: ['category_id'] },
  ],
});

export const rewardHits = computed({
  name: 'reward_hits',
  title_zh: '奖惩触发',
  title_en: 'Rules met',
  description_zh: '每期满足奖惩规则的园区。',
  description_en: 'The parks that meet a reward or penalty rule, per period.',
  columns: [
    PERIOD_COLUMN,
    parkId,
    column('rule_id', 'string', ['规则代码', 'Rule ID', '规则代码，见 rewards', 'Rule code, see rewards']),
    column('kind', 'enum', ['类型', 'Kind', 'reward 奖励；penalty 惩戒', 'reward or penalty'], { values: ['reward', 'penalty'] }),
    column('label_zh', 'string', ['规则', 'Rule', '规则简称', 'Short label of the rule']),
    column('consequence_zh', 'string', ['奖惩措施', 'Consequence', '满足规则的后果', 'What follows']),
  ],
  primaryKey: ['period', 'park_id', 'rule_id'],
  foreignKeys: [
    { fields: ['park_id'], table: 'parks', reference: ['park_id'] },
    { fields: ['rule_id'], table: 'rewards', reference: ['rule_id'] },
  ],
});

export const targetProgress = computed({
  name: 'target_progress',
  title_zh: '目标进度与时序进度',
  title_en: 'Progress against time',
  description_zh: '每个目标每月的累计完成率、时序进度（月份 ÷ 12）和两者之差（百分点）。',
  description_en: 'Each target’s completion by month against time progress (month ÷ 12), and the gap in percentage points.',
  columns: [
    column('year', 'integer', ['年度', 'Year', '目标年度', 'Target year']),
    column('target_id', 'string', ['目标代码', 'Target ID', '目标代码，见 targets', 'Target code, see targets']),
    column('scope', 'string', ['范围', 'Scope', 'city 或园区代码', 'city or a park_id']),
    column('parent_id', 'string', ['上级目标', 'Parent target', '所分解自的全市目标', 'The city target this is a share of'], { required: false }),
    column('name_zh', 'string', ['目标名称', 'Target', '目标中文名称', 'Target name in Chinese']),
    column('unit', 'string', ['单位', 'Unit', '目标单位', 'Unit'], { required: false }),
    column('kind', 'enum', ['类型', 'Kind', 'cumulative 累计量；milestone 里程碑', 'cumulative or milestone'], { values: ['cumulative', 'milestone'] }),
    column('target', 'number', ['目标值', 'Target', '年度目标值', 'The year’s target']),
    column('due_month', 'integer', ['完成月份', 'Due month', '里程碑应完成月份', 'Month a milestone is due']),
    column('month', 'integer', ['月份', 'Month', '进度所至月份', 'Month of the progress figure']),
    column('actual', 'number', ['累计完成', 'Actual to date', '截至该月末累计完成值', 'Cumulative actual to the end of the month']),
    column('completion_pct', 'number', ['完成率', 'Completion', '累计完成 ÷ 目标 × 100', 'Actual ÷ target × 100'], { unit: '%' }),
    column('time_pct', 'number', ['时序进度', 'Time progress', '月份 ÷ 12 × 100', 'Month ÷ 12 × 100'], { unit: '%' }),
    column('gap_pp', 'number', ['超/落后时序进度', 'Gap to time progress', '完成率 − 时序进度，百分点', 'Completion − time progress, in percentage points'], { unit: '百分点' }),
    column('status', 'enum', ['状态', 'Status', 'ahead 超时序；behind 落后时序；done 已完成；overdue 逾期；pending 未到期', 'ahead, behind, done, overdue or pending'], { values: ['ahead', 'behind', 'done', 'overdue', 'pending'] }),
  ],
  primaryKey: ['year', 'target_id', 'month'],
  foreignKeys: [{ fields: ['year', 'target_id'], table: 'targets', reference: ['year', 'target_id'] }],
});

/** What a row of `revisions` compares: an indicator value, a benchmark, a park's bonus or deduction total, or its veto. */
export const REVISION_ITEMS = ['value', 'benchmark', 'bonus', 'deduction', 'veto'] as const;

const previousPublished = column('previous_published', 'date', ['修订前版本发布日期', 'Earlier version published', '修订前版本的发布日期，即 previous/ 下的文件夹名', 'When the earlier version was published: its folder name under previous/']);
const currentPublished = column('current_published', 'date', ['修订后版本发布日期', 'Revision published', '当前（修订后）版本的发布日期', 'When the current, revised version was published']);
const parkFk = { fields: ['park_id'], table: 'parks', reference: ['park_id'] };

export const revisions = computed({
  name: 'revisions',
  title_zh: '修订变更',
  title_en: 'Revision changes',
  description_zh: '已修订期次的每个修订前版本与当前版本之间不同的指标数值、标杆值、加减分和一票否决（修订前 → 修订后）。',
  description_en: 'For each earlier version of a revised period, every indicator value, benchmark, bonus, deduction or veto that differs from the current version (before → after).',
  columns: [
    PERIOD_COLUMN,
    previousPublished,
    currentPublished,
    column('item', 'enum', ['变更项目', 'Item', 'value 指标数值；benchmark 标杆值；bonus 加分合计；deduction 减分合计；veto 一票否决（1 否决，0 未否决）', 'value, benchmark, bonus (total), deduction (total) or veto (1 vetoed, 0 not)'], { values: REVISION_ITEMS }),
    column('park_id', 'string', ['园区代码', 'Park ID', '园区代码，见 parks（标杆值为空）', 'Park code, see parks (empty for a benchmark)'], { required: false }),
    column('name_zh', 'string', ['园区名称', 'Park name', '园区中文名称', 'Park name in Chinese'], { required: false }),
    column('indicator_id', 'string', ['指标代码', 'Indicator ID', '指标代码，见 indicators（加减分与否决为空）', 'Indicator code, see indicators (empty for bonus, deduction and veto)'], { required: false }),
    column('indicator_zh', 'string', ['指标名称', 'Indicator', '指标中文名称', 'Indicator name in Chinese'], { required: false }),
    column('unit', 'string', ['单位', 'Unit', '修订前后数值的单位', 'Unit of the figures before and after'], { required: false }),
    column('before', 'number', ['修订前', 'Before', '修订前版本的数值；空为缺失或无此行', 'The figure in the earlier version; empty when missing or absent'], { required: false }),
    column('after', 'number', ['修订后', 'After', '当前版本的数值；空为缺失或无此行', 'The figure in the current version; empty when missing or absent'], { required: false }),
  ],
  primaryKey: [],
  foreignKeys: [parkFk, { fields: ['indicator_id'], table: 'indicators', reference: ['indicator_id'] }],
});

export const revisionRanks = computed({
  name: 'revision_ranks',
  title_zh: '修订前后排名',
  title_en: 'Ranks before and after a revision',
  description_zh: '修订前版本按同一计分方法重新计算后，总分、全省排名或等次与当前版本不同的园区。',
  description_en: 'The parks whose total score, province rank or tier differs between an earlier version, scored by the same method, and the current version.',
  columns: [
    PERIOD_COLUMN,
    previousPublished,
    currentPublished,
    parkId,
    column('name_zh', 'string', ['园区名称', 'Park name', '园区中文名称', 'Park name in Chinese']),
    column('city', 'string', ['所在城市', 'City', '园区所在城市', 'City of the park']),
    column('score_before', 'number', ['修订前总分', 'Score before', '按修订前版本计算的总分；未参评为空', 'Total score from the earlier version; empty when not evaluated'], { required: false, unit: '分' }),
    column('score_after', 'number', ['修订后总分', 'Score after', '当前版本的总分；未参评为空', 'Total score in the current version; empty when not evaluated'], { required: false, unit: '分' }),
    column('rank_before', 'integer', ['修订前排名', 'Rank before', '按修订前版本计算的全省排名；未排名为空', 'Province rank from the earlier version; empty when not ranked'], { required: false }),
    column('rank_after', 'integer', ['修订后排名', 'Rank after', '当前版本的全省排名；未排名为空', 'Province rank in the current version; empty when not ranked'], { required: false }),
    column('rank_change', 'integer', ['名次变化', 'Rank change', '修订前排名 − 修订后排名：正数为修订后前进', 'Rank before − rank after: positive when the revision moved the park up'], { required: false }),
    column('tier_before', 'string', ['修订前等次', 'Tier before', '按修订前版本确定的等次', 'Tier from the earlier version'], { required: false }),
    column('tier_after', 'string', ['修订后等次', 'Tier after', '当前版本的等次', 'Tier in the current version'], { required: false }),
  ],
  primaryKey: ['period', 'previous_published', 'park_id'],
  foreignKeys: [parkFk],
});

/** Input tables as readers get them: loaded columns, unchanged values. */
const publishedInputs: TableDef[] = LOADED_TABLES.map((table) => ({
  ...table,
  columns: loadedColumns(table),
  primaryKey: table.perPeriod && table.primaryKey.length > 0 ? ['period', ...table.primaryKey] : table.primaryKey,
}));

/** The views of scoring.sql. */
export const COMPUTED_TABLES: readonly TableDef[] = [computedRankings, categoryScores, indicatorScores, rankings, reconciliation, publishedCategoryScores, rewardHits, targetProgress];
/** What revisions changed: computed by scoring each earlier version (src/lib/publish/revisions.ts). */
const REVISION_TABLES: readonly TableDef[] = [revisions, revisionRanks];

/** Every table a reader can download, computed first. */
export const PUBLISHED_TABLES: readonly TableDef[] = [...COMPUTED_TABLES, ...REVISION_TABLES, ...publishedInputs];

/** The tables also published one file per period: the scores of each period and the files read per period. */
export const PERIOD_TABLES: readonly TableDef[] = [
  rankings, computedRankings, reconciliation, publishedCategoryScores, categoryScores, indicatorScores, rewardHits, ...publishedInputs.filter((table) => table.perPeriod),
];
