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
}

export type SnapshotStatus = 'final' | 'provisional' | 'revised';

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
  values: ValueRow[];
  benchmarks: BenchmarkRow[];
  adjustments: AdjustmentRow[];
  targets: TargetRow[];
  progress: ProgressRow[];
  /** Earlier versions of revised periods, by period, then oldest first. */
  previousVersions: PreviousVersion[];
}

/** The tables of a Dataset that are loaded into DuckDB, in load order. */
export type InputTableName = Exclude<keyof Dataset, 'site' | 'previousVersions'>;
