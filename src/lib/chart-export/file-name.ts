/** Names of the files a chart is downloaded as: the chart and its view, e.g. rankings_rank-history_示例市. */

/** Characters no file system accepts in a name, and whitespace, which downloads handle badly. */
const UNSAFE = /[\\/:*?"<>|\s\u0000-\u001f]+/g;

/** Parts joined by “_”, each made safe for a file name; empty parts are left out. */
export function exportFileName(parts: readonly (string | number)[]): string {
  return parts
    .map((part) => String(part).trim().replace(UNSAFE, '-').replace(/^-+|-+$/g, ''))
    .filter((part) => part !== '')
    .join('_');
}
