/**
 * The stable issue codes the validator reports. Codes never change meaning, so scripts and
 * people can rely on them; the docs list is generated from this table.
 */

export type Severity = 'error' | 'warning' | 'notice';

export interface CodeInfo {
  severity: Severity;
  zh: string;
  en: string;
}

export const CODES = {
  MISSING_FILE: { severity: 'error', zh: '缺少必需的文件', en: 'A required file is missing' },
  NO_PERIODS: { severity: 'error', zh: 'snapshots/ 下没有任何期次文件夹', en: 'snapshots/ holds no period folder' },
  NUL_BYTE: { severity: 'error', zh: '文件含 NUL 字节（二进制文件或 UTF-16 编码？）', en: 'The file holds NUL bytes (a binary or UTF-16 file?)' },
  BAD_ENCODING: { severity: 'error', zh: '文件既不是 UTF-8 也不是 GB18030 编码', en: 'The file is neither UTF-8 nor GB18030 text' },
  ENCODING_GB18030: { severity: 'notice', zh: '文件不是 UTF-8，已按 GB18030（GBK）读取', en: 'The file is not UTF-8; it was read as GB18030 (GBK)' },
  BAD_JSON: { severity: 'error', zh: 'JSON 语法错误', en: 'The JSON does not parse' },
  BAD_TYPE: { severity: 'error', zh: 'JSON 字段的类型不对', en: 'A JSON field has the wrong type' },
  UNKNOWN_FIELD: { severity: 'warning', zh: 'JSON 中有未定义的字段，已忽略', en: 'A JSON field the contract does not define; ignored' },
  PERIOD_MISMATCH: { severity: 'error', zh: 'snapshot.json 的期次与文件夹名不一致', en: 'snapshot.json names another period than its folder' },
  BAD_WORKBOOK: { severity: 'error', zh: '不是可读取的 Excel 工作簿（.xlsx）', en: 'Not a readable Excel workbook (.xlsx)' },
  NO_TABLE_SHEET: { severity: 'error', zh: '工作簿中没有含该表表头的工作表', en: 'No sheet of the workbook has the table’s header row' },
  UNIT_MISMATCH: { severity: 'error', zh: '表头注明的单位与指标的单位不同', en: 'The unit in a header differs from the indicator’s unit' },
  EMPTY_FILE: { severity: 'error', zh: '文件为空，没有表头', en: 'The file is empty: no header row' },
  MISSING_COLUMN: { severity: 'error', zh: '缺少必需的列', en: 'A required column is missing' },
  DUPLICATE_COLUMN: { severity: 'error', zh: '列名重复', en: 'A column name appears twice' },
  UNKNOWN_COLUMN: { severity: 'warning', zh: '有未定义的列，已忽略', en: 'A column the contract does not define; ignored' },
  RAGGED_ROW: { severity: 'error', zh: '该行的字段数与表头不同', en: 'The row has another number of fields than the header' },
  UNCLOSED_QUOTE: { severity: 'error', zh: '引号未闭合', en: 'A quoted field is never closed' },
  BAD_QUOTE: { severity: 'error', zh: '引号字段的结束引号后还有字符', en: 'Characters follow the closing quote of a quoted field' },
  MISSING_VALUE: { severity: 'error', zh: '必填的值为空', en: 'A required value is empty' },
  BAD_NUMBER: { severity: 'error', zh: '不是数字', en: 'Not a number' },
  BAD_INTEGER: { severity: 'error', zh: '不是整数', en: 'Not an integer' },
  BAD_BOOLEAN: { severity: 'error', zh: '不是是/否值', en: 'Not a yes/no value' },
  BAD_DATE: { severity: 'error', zh: '不是 YYYY-MM-DD 格式的日期', en: 'Not a YYYY-MM-DD date' },
  BAD_ENUM: { severity: 'error', zh: '不是允许的取值之一', en: 'Not one of the allowed values' },
  OUT_OF_RANGE: { severity: 'error', zh: '数值超出允许范围', en: 'The number is out of range' },
  DUPLICATE_KEY: { severity: 'error', zh: '主键重复', en: 'The primary key repeats' },
  UNKNOWN_REFERENCE: { severity: 'error', zh: '引用的代码不存在', en: 'A reference to a code that does not exist' },
  POINTS_MISMATCH: { severity: 'error', zh: '类别分值不等于其指标分值之和', en: 'A category’s points differ from the sum of its indicators’ points' },
  MULTIPLE_TIEBREAKS: { severity: 'error', zh: '同分排序指标多于一个', en: 'More than one tie-breaker indicator' },
  TIER_GAP: { severity: 'error', zh: '等次未覆盖 0–100 的某段百分位', en: 'The tiers leave part of 0–100 uncovered' },
  TIER_OVERLAP: { severity: 'error', zh: '等次的百分位区间重叠', en: 'Two tiers’ percentile ranges overlap' },
  NO_ROWS: { severity: 'error', zh: '文件只有表头，没有数据行', en: 'The file has a header and no rows' },
  NO_VALUES: { severity: 'error', zh: '文件的数值列没有一个数值：整期数据缺失', en: 'The file’s value column holds no number at all: the whole period’s figures are missing' },
  COVERAGE_DROP: { severity: 'warning', zh: '本期有数值的园区或指标远少于上一期', en: 'Far fewer parks or indicators have values than in the previous period' },
  INCOMPLETE_VALUES: { severity: 'warning', zh: '园区缺少部分指标的数值行，按缺失处理', en: 'A park has no value rows for some indicators; they count as missing' },
  BAD_PREVIOUS_FOLDER: { severity: 'error', zh: 'previous/ 下的文件夹名不是早于本期发布日期的 YYYY-MM-DD 日期', en: 'A folder under previous/ is not named by a YYYY-MM-DD date before the period’s publication date' },
  REVISION_STATUS: { severity: 'warning', zh: '期次状态与 previous/ 下保留的修订前版本不一致', en: 'The period’s status disagrees with the earlier versions kept under previous/' },
  UNKNOWN_PARK_NAME: { severity: 'error', zh: '公布名称既不是园区名称也不是适用的别名', en: 'A published name is neither a park name nor an alias valid in the period' },
  PARK_NAME_MISMATCH: { severity: 'error', zh: '公布名称与园区代码指向不同园区', en: 'The published name and the park code stand for different parks' },
  DUPLICATE_RESULT: { severity: 'error', zh: '同一园区在同一期次有多行结果', en: 'A park has more than one result in a period' },
  DUPLICATE_ALIAS: { severity: 'error', zh: '别名在同一年指向多个园区，或是另一园区的名称', en: 'An alias stands for more than one park in a year, or is another park’s name' },
  RANK_OUT_OF_RANGE: { severity: 'error', zh: '公布名次超出参评园区数或名单范围', en: 'A published rank is outside the number evaluated or the list’s range' },
  RANK_GAP: { severity: 'error', zh: '完整排名的名次不连续', en: 'A complete list skips ranks' },
  LIST_SIZE_MISSING: { severity: 'error', zh: '前/后 N 名名单缺少 list_size 或 evaluated', en: 'A top-N or bottom-N list lacks list_size or evaluated' },
  LIST_SIZE_MISMATCH: { severity: 'error', zh: '名单行数与 list_size 不符且未标明不全', en: 'The list’s row count differs from list_size and it is not marked partial' },
  CATEGORY_WITHOUT_RESULT: { severity: 'error', zh: '公布类别得分的园区在本期 results.csv 中没有结果行', en: 'A published category score’s park has no row in the period’s results.csv' },
  CATEGORY_ABOVE_FULL: { severity: 'warning', zh: '公布的类别得分高于该类别满分', en: 'A published category score is above the category’s full marks' },
  UNKNOWN_TIER: { severity: 'error', zh: '公布等次不在 tiers.csv 中', en: 'A published tier is not in tiers.csv' },
  PERIOD_WITHOUT_DATA: { severity: 'error', zh: '期次既无指标数值也无公布结果', en: 'A period has neither indicator values nor published results' },
  METHOD_MISSING: { severity: 'error', zh: '有指标数值但缺少评价类别或指标定义', en: 'There are indicator values but no categories or indicators to score them' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;
