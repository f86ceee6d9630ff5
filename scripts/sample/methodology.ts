/**
 * The sample evaluation method: five categories, 29 indicators (domain.md's list), tiers and
 * reward rules. Each indicator also carries the model its sample values are drawn from.
 */
import type { CategoryRow, IndicatorRow, RewardRow, TierRow } from '../../src/lib/contract/dataset.ts';

/**
 * How the sample draws an indicator's values, at the latest period's level. Values stay strictly
 * between min and max (see values.ts): a lognormal shape with log-scale spread `sigma` at the
 * median, or a bounded one (percentages, scores) with logit-scale spread `spread`.
 * `driver`: the park trait the indicator follows (per-mu and rate figures follow strength, totals follow size).
 * `loading`: how closely it follows that trait (negative for lower-is-better indicators).
 * `growth`: yearly change of the level; earlier periods are scaled down (or up) by it.
 * `innovation`: shifted up for high-tech zones and down for agricultural, logistics and tourism parks.
 */
export interface ValueModel {
  shape: { kind: 'lognormal'; median: number; sigma: number; min: number; max: number }
    | { kind: 'bounded'; median: number; spread: number; min: number; max: number };
  driver: 'strength' | 'size';
  loading: number;
  growth: number;
  innovation?: boolean;
}

export interface SampleIndicator extends IndicatorRow {
  model: ValueModel;
}

export const CATEGORIES: readonly CategoryRow[] = [
  { category_id: 'quality', name_zh: '发展质量', name_en: 'Development quality', points: 25, sort_order: 1 },
  { category_id: 'results', name_zh: '发展实效', name_en: 'Development results', points: 25, sort_order: 2 },
  { category_id: 'momentum', name_zh: '发展动力', name_en: 'Innovation momentum', points: 20, sort_order: 3 },
  { category_id: 'resources', name_zh: '资源环境', name_en: 'Resources and environment', points: 15, sort_order: 4 },
  { category_id: 'management', name_zh: '园区管理', name_en: 'Park management', points: 15, sort_order: 5 },
];

const lognormal = (median: number, sigma: number, min: number, max: number): ValueModel['shape'] =>
  ({ kind: 'lognormal', median, sigma, min, max });
const bounded = (median: number, spread: number, min: number, max: number): ValueModel['shape'] =>
  ({ kind: 'bounded', median, spread, min, max });

type Spec = Omit<SampleIndicator, 'sort_order' | 'cap' | 'missing' | 'tiebreak' | 'benchmark' | 'direction'>
  & Partial<Pick<SampleIndicator, 'cap' | 'missing' | 'tiebreak' | 'benchmark' | 'direction'>>;

const SPECS: readonly Spec[] = [
  // 发展质量 25
  {
    indicator_id: 'tax_per_mu', category_id: 'quality', name_zh: '亩均税收', name_en: 'Tax per mu', unit: '万元/亩',
    points: 6, method: 'benchmark', benchmark: 30, cap: 1.2, decimals: 2, tiebreak: true,
    definition_zh: '园区内企业年度实缴税收总额除以园区已供应工业用地面积（亩）。',
    model: { shape: lognormal(20, 0.65, 2, 110), driver: 'strength', loading: 0.85, growth: 0.05 },
  },
  {
    indicator_id: 'value_added_per_mu', category_id: 'quality', name_zh: '亩均增加值', name_en: 'Value added per mu', unit: '万元/亩',
    points: 5, method: 'benchmark', benchmark: 136, decimals: 1,
    definition_zh: '园区规模以上工业增加值除以已供应工业用地面积（亩）。',
    model: { shape: lognormal(95, 0.6, 20, 400), driver: 'strength', loading: 0.85, growth: 0.05 },
  },
  {
    indicator_id: 'gdp_per_mu', category_id: 'quality', name_zh: '单位土地面积生产总值', name_en: 'GDP per mu of land', unit: '万元/亩',
    points: 3, method: 'benchmark', benchmark: 150, decimals: 1,
    definition_zh: '园区地区生产总值除以园区已开发土地面积（亩）。',
    model: { shape: lognormal(105, 0.6, 25, 450), driver: 'strength', loading: 0.8, growth: 0.05 },
  },
  {
    indicator_id: 'investment_intensity', category_id: 'quality', name_zh: '亩均固定资产投资（投资强度）', name_en: 'Fixed-asset investment per mu (investment intensity)', unit: '万元/亩',
    points: 4, method: 'benchmark', benchmark: 450, decimals: 1,
    definition_zh: '园区工业项目累计固定资产投资除以项目用地面积（亩）。',
    model: { shape: lognormal(330, 0.4, 120, 1000), driver: 'strength', loading: 0.6, growth: 0.04 },
  },
  {
    indicator_id: 'labour_productivity', category_id: 'quality', name_zh: '全员劳动生产率', name_en: 'Labour productivity', unit: '万元/人',
    points: 4, method: 'benchmark', benchmark: 18.14, decimals: 2,
    definition_zh: '园区规模以上工业增加值除以年平均从业人员数。',
    model: { shape: lognormal(16, 0.4, 6, 60), driver: 'strength', loading: 0.7, growth: 0.05 },
  },
  {
    indicator_id: 'manufacturing_value_added_rate', category_id: 'quality', name_zh: '制造业增加值率', name_en: 'Manufacturing value-added rate', unit: '%',
    points: 3, method: 'benchmark', benchmark: 28, missing: 'average', decimals: 1,
    definition_zh: '园区制造业增加值占制造业总产值的比重。',
    model: { shape: bounded(24, 0.5, 10, 45), driver: 'strength', loading: 0.5, growth: 0, innovation: true },
  },
  // 发展实效 25
  {
    indicator_id: 'total_revenue', category_id: 'results', name_zh: '技工贸总收入', name_en: 'Total technical, industrial and trade revenue', unit: '亿元',
    points: 5, method: 'benchmark', benchmark: 800, decimals: 2,
    definition_zh: '园区内企业技术性收入、工业销售收入和商贸收入之和。',
    model: { shape: lognormal(200, 1.2, 10, 4000), driver: 'size', loading: 0.9, growth: 0.07 },
  },
  {
    indicator_id: 'total_tax', category_id: 'results', name_zh: '税收总额', name_en: 'Total tax revenue', unit: '亿元',
    points: 5, method: 'benchmark', benchmark: 25, decimals: 2,
    definition_zh: '园区内企业年度实缴税收总额（不含海关代征）。',
    model: { shape: lognormal(6, 1.2, 0.3, 200), driver: 'size', loading: 0.9, growth: 0.05 },
  },
  {
    indicator_id: 'net_revenue_increase', category_id: 'results', name_zh: '当年净增营业收入', name_en: 'Net increase in operating revenue', unit: '亿元',
    points: 3, method: 'benchmark', benchmark: 60, decimals: 2,
    definition_zh: '园区企业营业收入本年度较上年度的净增加额。',
    model: { shape: lognormal(15, 1.2, 0.2, 500), driver: 'size', loading: 0.8, growth: 0.03 },
  },
  {
    indicator_id: 'city_gdp_share', category_id: 'results', name_zh: '园区增加值占所在城市GDP比重', name_en: 'Park value added as a share of city GDP', unit: '%',
    points: 3, method: 'benchmark', benchmark: 15, decimals: 2,
    definition_zh: '园区增加值占所在设区市地区生产总值的比重。',
    model: { shape: lognormal(8, 0.75, 0.3, 70), driver: 'size', loading: 0.8, growth: 0.01 },
  },
  {
    indicator_id: 'target_completion_rate', category_id: 'results', name_zh: '年度目标完成率', name_en: 'Annual target completion rate', unit: '%',
    points: 3, method: 'benchmark', benchmark: 100, cap: 1.2, decimals: 1,
    definition_zh: '园区主要经济指标年度实际完成值与年初目标值之比的平均数，可超过100%。',
    model: { shape: bounded(101, 0.5, 70, 130), driver: 'strength', loading: 0.5, growth: 0 },
  },
  {
    indicator_id: 'foreign_investment_used', category_id: 'results', name_zh: '实际使用外资', name_en: 'Foreign investment actually used', unit: '亿美元',
    points: 3, method: 'benchmark', benchmark: 3, missing: 'average', decimals: 2,
    definition_zh: '园区年度实际到位的外商直接投资金额。',
    model: { shape: lognormal(0.8, 1.3, 0.01, 50), driver: 'size', loading: 0.7, growth: 0.03 },
  },
  {
    indicator_id: 'import_export_total', category_id: 'results', name_zh: '进出口总额', name_en: 'Total imports and exports', unit: '亿元',
    points: 3, method: 'benchmark', benchmark: 150, decimals: 2,
    definition_zh: '园区内企业年度货物进出口总额。',
    model: { shape: lognormal(30, 1.4, 0.3, 3000), driver: 'size', loading: 0.8, growth: 0.04 },
  },
  // 发展动力 20
  {
    indicator_id: 'rd_intensity', category_id: 'momentum', name_zh: '企业R&D经费投入强度', name_en: 'Business R&D intensity', unit: '%',
    points: 4, method: 'benchmark', benchmark: 3.02, cap: 2, decimals: 2,
    definition_zh: '园区规模以上企业研究与试验发展（R&D）经费支出占营业收入的比重。',
    model: { shape: lognormal(2.3, 0.45, 0.3, 10), driver: 'strength', loading: 0.75, growth: 0.03, innovation: true },
  },
  {
    indicator_id: 'high_tech_enterprises', category_id: 'momentum', name_zh: '高新技术企业数', name_en: 'High-tech enterprises', unit: '家',
    points: 4, method: 'benchmark', benchmark: 150, decimals: 0,
    definition_zh: '年末园区内有效期内的国家高新技术企业数量。',
    model: { shape: lognormal(60, 1, 2, 2000), driver: 'size', loading: 0.8, growth: 0.1, innovation: true },
  },
  {
    indicator_id: 'research_institutions', category_id: 'momentum', name_zh: '省级及以上研发机构数', name_en: 'Provincial and national R&D institutions', unit: '个',
    points: 3, method: 'minmax', decimals: 0,
    definition_zh: '园区内经认定的省级及以上重点实验室、工程技术研究中心、企业技术中心等研发机构数量。',
    model: { shape: lognormal(15, 0.9, 0.5, 400), driver: 'size', loading: 0.75, growth: 0.05, innovation: true },
  },
  {
    indicator_id: 'rd_staff_share', category_id: 'momentum', name_zh: '研发人员全时当量占从业人员比重', name_en: 'R&D staff (full-time equivalent) as a share of employees', unit: '%',
    points: 3, method: 'benchmark', benchmark: 8, missing: 'average', decimals: 2,
    definition_zh: '园区规模以上企业研发人员全时当量占年平均从业人员数的比重。',
    model: { shape: lognormal(6, 0.5, 0.8, 35), driver: 'strength', loading: 0.7, growth: 0.02, innovation: true },
  },
  {
    indicator_id: 'high_tech_value_added_share', category_id: 'momentum', name_zh: '高新技术产业增加值占比', name_en: 'High-tech industry share of value added', unit: '%',
    points: 3, method: 'benchmark', benchmark: 50, decimals: 1,
    definition_zh: '园区高新技术产业增加值占规模以上工业增加值的比重。',
    model: { shape: bounded(42, 0.6, 5, 90), driver: 'strength', loading: 0.7, growth: 0, innovation: true },
  },
  {
    indicator_id: 'new_above_scale_enterprises', category_id: 'momentum', name_zh: '新增规模以上企业数', name_en: 'New above-scale enterprises', unit: '家',
    points: 3, method: 'minmax', decimals: 0,
    definition_zh: '园区本年度新纳入统计的规模以上工业企业和限额以上服务业企业数量。',
    model: { shape: lognormal(12, 0.8, 0.5, 200), driver: 'size', loading: 0.6, growth: 0.02 },
  },
  // 资源环境 15
  {
    indicator_id: 'energy_per_value_added', category_id: 'resources', name_zh: '规上工业单位增加值能耗', name_en: 'Energy use per unit of industrial value added', unit: '吨标煤/万元',
    direction: 'lower', points: 3, method: 'benchmark', benchmark: 0.35, decimals: 3,
    definition_zh: '园区规模以上工业综合能源消费量除以规模以上工业增加值。',
    model: { shape: lognormal(0.45, 0.5, 0.1, 2), driver: 'strength', loading: -0.6, growth: -0.03 },
  },
  {
    indicator_id: 'co2_per_value_added', category_id: 'resources', name_zh: '单位增加值二氧化碳排放', name_en: 'CO₂ emissions per unit of value added', unit: '吨/万元',
    direction: 'lower', points: 2.5, method: 'benchmark', benchmark: 0.9, decimals: 3,
    definition_zh: '园区能源活动二氧化碳排放量除以园区增加值。',
    model: { shape: lognormal(1.1, 0.5, 0.2, 4.5), driver: 'strength', loading: -0.6, growth: -0.04 },
  },
  {
    indicator_id: 'value_added_per_emission', category_id: 'resources', name_zh: '单位排放增加值', name_en: 'Value added per tonne of pollutants', unit: '万元/吨',
    points: 2.5, method: 'benchmark', benchmark: 4000, missing: 'average', decimals: 1,
    definition_zh: '园区工业增加值除以化学需氧量、氨氮、二氧化硫、氮氧化物四项主要污染物排放总量。',
    model: { shape: lognormal(2500, 0.8, 150, 40000), driver: 'strength', loading: 0.6, growth: 0.06 },
  },
  {
    indicator_id: 'floor_area_ratio', category_id: 'resources', name_zh: '综合容积率', name_en: 'Overall floor area ratio', unit: '',
    points: 2, method: 'benchmark', benchmark: 1.2, decimals: 2,
    definition_zh: '园区已建成建筑总面积与已开发土地面积之比。',
    model: { shape: lognormal(1, 0.25, 0.4, 2.5), driver: 'strength', loading: 0.4, growth: 0.01 },
  },
  {
    indicator_id: 'land_development_rate', category_id: 'resources', name_zh: '土地开发率', name_en: 'Land development rate', unit: '%',
    points: 2.5, method: 'benchmark', benchmark: 90, decimals: 1,
    definition_zh: '园区已达到供地条件的土地面积占规划可建设用地面积的比重。',
    model: { shape: bounded(82, 0.6, 45, 99.5), driver: 'strength', loading: 0.4, growth: 0 },
  },
  {
    indicator_id: 'solid_waste_utilisation', category_id: 'resources', name_zh: '工业固体废物综合利用率', name_en: 'Industrial solid waste utilisation rate', unit: '%',
    points: 2.5, method: 'benchmark', benchmark: 95, missing: 'average', decimals: 1,
    definition_zh: '园区一般工业固体废物综合利用量占产生量（含综合利用往年贮存量）的比重。',
    model: { shape: bounded(90, 0.6, 55, 100), driver: 'strength', loading: 0.4, growth: 0 },
  },
  // 园区管理 15
  {
    indicator_id: 'regional_assessment_reform', category_id: 'management', name_zh: '区域评估及“标准地”改革', name_en: 'Regional assessment and “standard land” reform', unit: '分',
    points: 4, method: 'minmax', decimals: 1,
    definition_zh: '省级主管部门对园区开展区域评估、推行“标准地”出让等改革工作的评分（0–100）。',
    model: { shape: bounded(80, 0.6, 40, 100), driver: 'strength', loading: 0.5, growth: 0 },
  },
  {
    indicator_id: 'smart_park', category_id: 'management', name_zh: '智慧园区建设', name_en: 'Smart park development', unit: '分',
    points: 4, method: 'minmax', decimals: 1,
    definition_zh: '省级主管部门对园区数字化管理平台、智慧服务建设情况的评分（0–100）。',
    model: { shape: bounded(75, 0.6, 40, 100), driver: 'strength', loading: 0.55, growth: 0 },
  },
  {
    indicator_id: 'co_built_parks', category_id: 'management', name_zh: '合作共建园区数', name_en: 'Jointly built parks', unit: '个',
    points: 3, method: 'minmax', decimals: 0,
    definition_zh: '园区与省内外地区签约合作共建并已实质运营的园区数量。',
    model: { shape: lognormal(2, 0.7, 0.5, 20), driver: 'size', loading: 0.4, growth: 0.04 },
  },
  {
    indicator_id: 'statistics_quality', category_id: 'management', name_zh: '统计工作质量', name_en: 'Quality of statistical reporting', unit: '分',
    points: 4, method: 'minmax', decimals: 1,
    definition_zh: '统计部门对园区统计数据报送及时性、准确性的评分（0–100）。',
    model: { shape: bounded(88, 0.6, 50, 100), driver: 'strength', loading: 0.3, growth: 0 },
  },
];

export const INDICATORS: readonly SampleIndicator[] = SPECS.map((spec, index) => ({
  direction: 'higher',
  benchmark: null,
  cap: 1,
  missing: 'zero',
  tiebreak: false,
  ...spec,
  // numbered from 1 within the category
  sort_order: 1 + index - SPECS.findIndex((s) => s.category_id === spec.category_id),
}));

export const TIERS: readonly TierRow[] = [
  { tier: 'A', name_zh: '优秀', name_en: 'Excellent', from_pct: 0, to_pct: 25 },
  { tier: 'B', name_zh: '良好', name_en: 'Good', from_pct: 25, to_pct: 70 },
  { tier: 'C', name_zh: '一般', name_en: 'Fair', from_pct: 70, to_pct: 95 },
  { tier: 'D', name_zh: '较差', name_en: 'Poor', from_pct: 95, to_pct: 100 },
];

export const REWARDS: readonly RewardRow[] = [
  { rule_id: 'moved_up_5', kind: 'reward', condition: 'moved_up', threshold: 5, scope: 'all', label_zh: '进位奖', label_en: 'Moved up 5+ places', consequence_zh: '奖励园区工作经费50万元' },
  { rule_id: 'moved_up_10', kind: 'reward', condition: 'moved_up', threshold: 10, scope: 'all', label_zh: '显著进位奖', label_en: 'Moved up 10+ places', consequence_zh: '奖励园区工作经费100万元' },
  { rule_id: 'top_10', kind: 'reward', condition: 'top_n', threshold: 10, scope: 'all', label_zh: '全省前十', label_en: 'Province top 10', consequence_zh: '通报表扬，优先安排用地指标' },
  { rule_id: 'bottom_3', kind: 'penalty', condition: 'bottom_n', threshold: 3, scope: 'all', label_zh: '全省后三', label_en: 'Province bottom 3', consequence_zh: '通报批评' },
  { rule_id: 'last_in_city', kind: 'penalty', condition: 'last_in_city', threshold: null, scope: 'home_city', label_zh: '全市末位', label_en: 'Last in the city', consequence_zh: '通报批评并扣减绩效奖金20%' },
  { rule_id: 'moved_down_10', kind: 'penalty', condition: 'moved_down', threshold: 10, scope: 'home_city', label_zh: '大幅退位', label_en: 'Fell 10+ places', consequence_zh: '约谈园区主要负责人' },
];
