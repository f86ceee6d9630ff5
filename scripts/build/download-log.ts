/** Writes the download files into a folder and keeps the manifest entry of each: size, SHA-256, rows. */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { DownloadFile } from '../../src/lib/publish/manifest.ts';

/** What the writer knows of a file before it exists. */
export type FileAbout = Omit<DownloadFile, 'path' | 'bytes' | 'sha256' | 'format'>;

const FORMATS = ['csv', 'parquet', 'json', 'sql', 'zip'] as const;

function formatOf(path: string): DownloadFile['format'] {
  const format = FORMATS.find((f) => path.endsWith(`.${f}`));
  if (!format) throw new Error(`No download format for ${path}`);
  return format;
}

export class DownloadLog {
  readonly files: DownloadFile[] = [];

  constructor(readonly dir: string) {}

  /** The absolute path of `path` (inside the data folder), its folder made. */
  prepare(path: string): string {
    const target = join(this.dir, path);
    mkdirSync(dirname(target), { recursive: true });
    return target;
  }

  write(path: string, bytes: Uint8Array, about: FileAbout): void {
    writeFileSync(this.prepare(path), bytes);
    this.record(path, about);
  }

  /** Lists a file put at prepare(path) whose entry is known already (a cached copy). */
  adopt(file: DownloadFile): void {
    this.files.push(file);
  }

  /** Lists a file something else wrote at prepare(path), such as DuckDB's COPY. */
  record(path: string, about: FileAbout): void {
    const bytes = readFileSync(join(this.dir, path));
    this.files.push({ path, format: formatOf(path), ...about, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') });
  }
}
