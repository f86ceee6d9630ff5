/** The typed tables a valid data folder becomes. Row shapes follow ./inputs.ts column for column. */

export interface Site {
  title: string;
  region: string;
  home_city: string;
  publisher: string;
  licence: { id: string; title: string; url: string };
  contact: string;
  /** Where the site is published, for links and QR codes; '' when unknown. */
  base_url: string;
  /** The path the site is served under, e.g. '/yqpj/'; '' for the root. BASE_PATH overrides it. */
  base_path: string;
  /** true: every page says the data are synthetic. */
  sample: boolean;
  /** Shown at the top of every page when not empty. */
  notice: string;
}

export type SnapshotStatus = 'final' | 'provisional' | 'revised';

export type ListKind = 'complete' | 'top_n' | 'bottom_n' | 'tiers' | 'unordered' | 'self_reported' | 'mixed';

export interface Snapshot {
  period: string;
  title: string;
  /** ISO date, YYYY-MM-DD */
  published: string;
  status: SnapshotStatus;
  /** ISO date: the last day of the public comment period of a provisional result. */
  comment_until: string | null;
  source: string;
  notes: string;
  /** What kind of list results.csv holds; 'complete' when the period has none. */
  list_kind: ListKind;
  list_size: number | null;
  evaluated: number | null;
  partial: boolean;
  method_version: string;
  list_note: string;
}

export interface CategoryRow { category_id: string; name_zh: string; name_en: string; points: number; sort_order: number }

export interface IndicatorRow {
  indicator_id: string;
  category_id: string;
  name_zh: string;
  name_en: string;
  unit: string;
  direction: 'higher' | 'lower';
  points: number;
  method: 'benchmark' | 'minmax';
  benchmark: number | null;
  cap: number;
  missing: 'zero' | 'average';
  decimals: number;
  sort_order: number;
  tiebreak: boolean;
  definition_zh: string;
}

export interface TierRow { tier: string; name_zh: string; name_en: string; from_pct: number; to_pct: number }

export interface RewardRow {
  rule_id: string;
  kind: 'reward' | 'penalty';
  condition: 'moved_up' | 'moved_down' | 'top_n' | 'bottom_n' | 'last_in_city';
  threshold: number | null;
  scope: 'home_city' | 'all';
  label_zh: string;
  label_en: string;
  consequence_zh: string;
}

export interface ParkRow {
  park_id: string;
  name_zh: string;
  name_en: string;
  city: string;
  county: string;
  level: 'national' | 'provincial';
  kind: 'high_tech' | 'economic' | 'industrial' | 'agricultural' | 'logistics' | 'tourism' | 'other';
  area_km2: number;
  established: number | null;
}

export interface AliasRow { alias: string; park_id: string; valid_from: number | null; valid_to: number | null; note: string }

/** A published result; park_id is filled in from `park` by the validator when the file gave only the name. */
export interface ResultRow {
  period: string;
  park_id: string;
  park: string;
  rank: number | null;
  total_score: number | null;
  tier: string;
  self_reported: boolean;
  source_url: string;
  source_doc: string;
  source_date: string | null;
  note: string;
}

/** A published category score; park_id resolved from `park` like a result's. */
export interface ResultCategoryRow { period: string; park_id: string; park: string; category_id: string; score: number }

export interface ValueRow { period: string; park_id: string; indicator_id: string; value: number | null; note: string }
export interface BenchmarkRow { period: string; indicator_id: string; benchmark: number; note: string }
export interface AdjustmentRow { period: string; park_id: string; kind: 'bonus' | 'deduction' | 'veto'; points: number | null; reason_zh: string }

export interface TargetRow {
  year: number;
  target_id: string;
  scope: string;
  parent_id: string;
  name_zh: string;
  name_en: string;
  unit: string;
  target: number;
  kind: 'cumulative' | 'milestone';
  due_month: number;
}

export interface ProgressRow { year: number; month: number; target_id: string; actual: number; note: string }

/** An earlier version of a revised period, as kept in snapshots/<period>/previous/<published>/. */
export interface PreviousVersion {
  period: string;
  /** When this earlier version was published (its folder name), YYYY-MM-DD. */
  published: string;
  values: ValueRow[];
  /** null: the folder has no such file, so the earlier version had the current one. */
  benchmarks: BenchmarkRow[] | null;
  adjustments: AdjustmentRow[] | null;
}

export interface Dataset {
  site: Site;
  snapshots: Snapshot[];
  categories: CategoryRow[];
  indicators: IndicatorRow[];
  tiers: TierRow[];
  rewards: RewardRow[];
  parks: ParkRow[];
  aliases: AliasRow[];
  values: ValueRow[];
  benchmarks: BenchmarkRow[];
  adjustments: AdjustmentRow[];
  results: ResultRow[];
  result_categories: ResultCategoryRow[];
  targets: TargetRow[];
  progress: ProgressRow[];
  /** Earlier versions of revised periods, by period, then oldest first. */
  previousVersions: PreviousVersion[];
}

/** The tables of a Dataset that are loaded into DuckDB, in load order. */
export type InputTableName = Exclude<keyof Dataset, 'site' | 'previousVersions'>;

/** The list fields of a period with no published results (snapshot.json's defaults). */
export const COMPUTED_ONLY: Pick<Snapshot, 'list_kind' | 'list_size' | 'evaluated' | 'partial' | 'method_version' | 'list_note'> = {
  list_kind: 'complete', list_size: null, evaluated: null, partial: false, method_version: '', list_note: '',
};
