/** The data folder's files as received, byte for byte, under source/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { sourceTitle } from '../../src/lib/publish/file-titles.ts';
import { SOURCE_FOLDER } from '../../src/lib/publish/manifest.ts';
import { sourceFiles } from '../../src/lib/publish/source-files.ts';
import type { DownloadLog } from './download-log.ts';

export function copySources(log: DownloadLog, dataDir: string, dataset: Dataset): void {
  for (const file of sourceFiles(dataset)) {
    const from = join(dataDir, file.path);
    // An optional file the folder does not have.
    if (!existsSync(from)) continue;
    const { zh, en } = sourceTitle(file);
    log.write(`${SOURCE_FOLDER}/${file.path}`, readFileSync(from), { group: 'source', title_zh: zh, title_en: en, table: file.table, period: file.period, rows: file.rows });
  }
}
