/** File sizes as a file manager shows them: 512 B, 12.3 KB, 4.56 MB (1 KB = 1,024 bytes). */
import { formatNumber } from './number.ts';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatNumber(bytes, 0)} B`;
  if (bytes < 1024 ** 2) return `${formatNumber(bytes / 1024, 1)} KB`;
  return `${formatNumber(bytes / 1024 ** 2, 2)} MB`;
}
