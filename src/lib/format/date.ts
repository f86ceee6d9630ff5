/** Dates as Chinese readers write them: 2026年4月20日. */

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

