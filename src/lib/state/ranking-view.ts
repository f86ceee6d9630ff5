/**
 * The ranking page's view state — period, filters, sort, picked parks, what-if weights — as one
 * typed object, read from and written to the URL query string so a reload or a shared link
 * shows the same view. Defaults are left out of the URL.
 */

export type SortDirection = 'asc' | 'desc';

export interface RankingView {
  period: string;
  city: string;
  level: string;
  kind: string;
  /** Search text matched against park names. */
  q: string;
  /** A rankings column, or `cat:<category_id>` for a category score. */
  sort: string;
  dir: SortDirection;
  /** Parks drawn in the rank-history chart; empty means the home city's parks. */
  parks: string[];
  /** What-if category weights by category_id; empty means the official weights. */
  weights: Record<string, number>;
}

/** The view fields the ranking page's filter form sets, by the names of its fields. */
export const FILTER_FIELDS = ['period', 'city', 'level', 'kind', 'q'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

export const SORTABLE = ['rank', 'name_zh', 'city', 'level', 'kind', 'score', 'previous_rank', 'rank_change', 'tier', 'bonus', 'deduction'] as const;

export function defaultView(period: string): RankingView {
  return { period, city: '', level: '', kind: '', q: '', sort: 'rank', dir: 'asc', parks: [], weights: {} };
}

const isSortKey = (key: string) => (SORTABLE as readonly string[]).includes(key) || /^cat:[\w-]+$/.test(key);

function parseWeights(text: string): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const pair of text.split(',')) {
    const [id, value] = pair.split(':');
    const n = Number(value);
    if (id && value !== undefined && value !== '' && Number.isFinite(n) && n >= 0) weights[id] = n;
  }
  return weights;
}

/** Unknown or malformed parameters fall back to the defaults; periods must be one of `periods`. */
export function parseView(search: string, periods: readonly string[]): RankingView {
  const params = new URLSearchParams(search);
  const view = defaultView(periods.at(-1) ?? '');
  const period = params.get('period');
  if (period && periods.includes(period)) view.period = period;
  view.city = params.get('city') ?? '';
  view.level = params.get('level') ?? '';
  view.kind = params.get('kind') ?? '';
  view.q = params.get('q') ?? '';
  const sort = params.get('sort');
  if (sort && isSortKey(sort)) view.sort = sort;
  if (params.get('dir') === 'desc' || params.get('dir') === 'asc') view.dir = params.get('dir') as SortDirection;
  view.parks = (params.get('parks') ?? '').split(',').filter(Boolean);
  view.weights = parseWeights(params.get('weights') ?? '');
  return view;
}

export function viewToSearch(view: RankingView, periods: readonly string[]): string {
  const defaults = defaultView(periods.at(-1) ?? '');
  const params = new URLSearchParams();
  if (view.period !== defaults.period) params.set('period', view.period);
  for (const key of ['city', 'level', 'kind', 'q', 'sort', 'dir'] as const) {
    if (view[key] !== defaults[key]) params.set(key, view[key]);
  }
  if (view.parks.length > 0) params.set('parks', view.parks.join(','));
  const weights = Object.entries(view.weights);
  if (weights.length > 0) params.set('weights', weights.map(([id, w]) => `${id}:${w}`).join(','));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The view with these filter form values (a field left out keeps its value); a period must be one of `periods`. */
export function withFilters(view: RankingView, values: Partial<Record<FilterField, string>>, periods: readonly string[]): RankingView {
  const next = { ...view };
  for (const field of FILTER_FIELDS) {
    const value = values[field];
    if (value === undefined || (field === 'period' && !periods.includes(value))) continue;
    next[field] = field === 'q' ? value.trim() : value;
  }
  return next;
}
