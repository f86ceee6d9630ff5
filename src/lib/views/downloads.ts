/** The downloads page's file tables: the manifest's files as cells. */
import { formatBytes } from '../format/bytes.ts';
import { formatNumber } from '../format/number.ts';
import type { DownloadFile } from '../publish/manifest.ts';
import { sitePath } from '../site-path.ts';

const FORMAT_LABELS: Record<DownloadFile['format'], string> = { csv: 'CSV', parquet: 'Parquet', json: 'JSON', sql: 'SQL', zip: 'ZIP' };

export interface FileCells extends Record<string, string> {
  path: string;
  href: string;
  title: string;
  format: string;
  size: string;
  rows: string;
  sha256: string;
}

export function fileCells(file: DownloadFile): FileCells {
  return {
    path: file.path,
    href: sitePath(`data/${file.path}`),
    title: file.title_zh,
    format: FORMAT_LABELS[file.format],
    size: formatBytes(file.bytes),
    rows: file.rows === null ? '—' : formatNumber(file.rows, 0),
    sha256: file.sha256,
  };
}

/** The per-period files grouped by period, the latest first. */
export function filesByPeriod(files: readonly DownloadFile[]): { period: string; files: DownloadFile[] }[] {
  const periods = [...new Set(files.filter((f) => f.group === 'period').map((f) => f.period!))].sort().reverse();
  return periods.map((period) => ({ period, files: files.filter((f) => f.group === 'period' && f.period === period) }));
}
