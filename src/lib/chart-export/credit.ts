/** Where a chart's figures come from and how recent they are: drawn under exported charts and on embeds. */
import type { Snapshot } from '../contract/dataset.ts';
import { formatDate } from '../format/date.ts';

export interface ChartCredit {
  source: string;
  /** The date or month the figures stand at, as a reader writes it: 2026年4月20日. */
  asOf: string;
}

export const creditText = ({ source, asOf }: ChartCredit): string => `来源：${source}　截至${asOf}`;

/** A chart of one evaluation period: its source and publication date. */
export const snapshotCredit = (snapshot: Snapshot): ChartCredit => ({ source: snapshot.source, asOf: formatDate(snapshot.published) });
