/** Chinese number style: thousands grouping, fixed decimals, 亿元/万元 units. */

const formatters = new Map<number, Intl.NumberFormat>();

function formatter(decimals: number): Intl.NumberFormat {
  let f = formatters.get(decimals);
  if (!f) {
    f = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(decimals, f);
  }
  return f;
}

/** 12345.678 → "12,345.68"; null → "—" (shown as missing). */
export function formatNumber(value: number | null | undefined, decimals = 2): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '—' : formatter(decimals).format(value);
}

/** A value in 元 as 亿元 or 万元, whichever reads naturally: 1.23亿元, 4,560万元. */
export function formatYuan(yuan: number | null | undefined, decimals = 2): string {
  if (yuan === null || yuan === undefined || !Number.isFinite(yuan)) return '—';
  return Math.abs(yuan) >= 1e8 ? `${formatNumber(yuan / 1e8, decimals)}亿元` : `${formatNumber(yuan / 1e4, decimals)}万元`;
}

/** A number of places moved: ↑3 / ↓2 / 持平; — when there is nothing to compare (see views/park-status.ts for why). */
export function formatRankChange(change: number | null | undefined): string {
  if (change === null || change === undefined) return '—';
  if (change > 0) return `↑${change}`;
  if (change < 0) return `↓${-change}`;
  return '持平';
}
