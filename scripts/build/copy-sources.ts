/** The data folder's files as received, byte for byte, under source/. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import { sourceTitle } from '../../src/lib/publish/file-titles.ts';
import { SOURCE_FOLDER } from '../../src/lib/publish/manifest.ts';
import { sourceFiles } from '../../src/lib/publish/source-files.ts';
import { workbookPath } from '../../src/lib/validate/workbook.ts';
import type { DownloadLog } from './download-log.ts';

export function copySources(log: DownloadLog, dataDir: string, dataset: Dataset): void {
  for (const file of sourceFiles(dataset)) {
    // A table may come as an Excel workbook instead (values.xlsx for values.csv); else it is an optional file the folder does not have.
    const path = [file.path, workbookPath(file.path)].find((p) => existsSync(join(dataDir, p)));
    if (!path) continue;
    const { zh, en } = sourceTitle(file);
    log.write(`${SOURCE_FOLDER}/${path}`, readFileSync(join(dataDir, path)), { group: 'source', title_zh: zh, title_en: en, table: file.table, period: file.period, rows: file.rows });
  }
}
