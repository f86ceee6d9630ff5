/** Progress against 时序进度 (time progress) in the wording reports use. */
import { formatNumber } from './number.ts';

/**
 * A gap in percentage points: +0.13 → “超时序进度 0.13 个百分点”, −4.1 → “落后时序进度 4.10 个百分点”;
 * a gap that shows as zero at `decimals` reads “与时序进度持平”.
 */
export function describeGap(gapPp: number, decimals = 2): string {
  const points = formatNumber(Math.abs(gapPp), decimals);
  if (points === formatNumber(0, decimals)) return '与时序进度持平';
  return gapPp > 0 ? `超时序进度${points}个百分点` : `落后时序进度${points}个百分点`;
}
