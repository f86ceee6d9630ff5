/** One ZIP of every download, laid out as the site's data/ folder, with a README. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { DownloadLog } from './download-log.ts';

/** The folder the ZIP unpacks into. */
export const ZIP_FOLDER = 'park-scorecard-data';

/** Every file of the log so far, and the README; dated `created` so that a rebuild gives the same bytes. */
export function zipDownloads(log: DownloadLog, readme: string, created: Date): Uint8Array {
  const entries: Zippable = { [`${ZIP_FOLDER}/README.md`]: [strToU8(readme), { mtime: created }] };
  for (const file of log.files) {
    // Parquet is compressed already.
    entries[`${ZIP_FOLDER}/${file.path}`] = [readFileSync(join(log.dir, file.path)), { mtime: created, level: file.format === 'parquet' ? 0 : 6 }];
  }
  return zipSync(entries);
}
