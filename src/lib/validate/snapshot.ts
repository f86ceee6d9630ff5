/** snapshots/<period>/snapshot.json: one period's description, by the `snapshots` table definition. */
import { snapshots } from '../contract/inputs.ts';
import type { IssueLog } from './issues.ts';
import { readJsonRecord } from './json.ts';
import { fileOf, jsonRow, type Row } from './rows.ts';

/** The period's row; its `period` is always the folder name, which is the period's code. */
export function readSnapshot(bytes: Uint8Array, period: string, log: IssueLog): Row {
  const file = fileOf(snapshots, period);
  const data = readJsonRecord(bytes, file, snapshots.columns, log) ?? {};
  if (typeof data.period === 'string' && data.period !== period) {
    log.add({ file, line: null, column: null, columnName: 'period' }, {
      code: 'PERIOD_MISMATCH',
      zh: `字段“period”的值“${data.period}”与文件夹名“${period}”不一致`,
      en: `field "period": "${data.period}" differs from the folder name "${period}"`,
    });
  }
  return jsonRow(file, { ...data, period });
}
