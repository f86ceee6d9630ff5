/** Issues as text lines: `FILE:LINE:COLUMN CODE 中文 / English`, then a summary. */
import type { Counts, Issue } from './issues.ts';

export const ISSUES_SHOWN_PER_FILE = 50;

export function formatIssue(issue: Issue): string {
  const place = issue.cell
    ? `${issue.file}:${issue.cell}`
    : [issue.file, issue.line, issue.line === null ? null : issue.column].filter((part) => part !== null).join(':');
  return `${place} ${issue.code} ${issue.zh} / ${issue.en}`;
}

const total = (counts: Counts) => counts.error + counts.warning + counts.notice;

/** At most `shown` issues per file, then a line telling how many more the file has. */
export function formatIssues(issues: readonly Issue[], counts: Readonly<Record<string, Counts>>, shown = ISSUES_SHOWN_PER_FILE): string[] {
  return Object.entries(counts).flatMap(([file, fileCounts]) => {
    const lines = issues.filter((issue) => issue.file === file).slice(0, shown).map(formatIssue);
    const more = total(fileCounts) - lines.length;
    return more > 0 ? [...lines, `${file} …另有 ${more} 个问题未列出 / ${more} more not shown`] : lines;
  });
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function formatSummary(counts: Readonly<Record<string, Counts>>): string {
  const sum: Counts = { error: 0, warning: 0, notice: 0 };
  for (const fileCounts of Object.values(counts)) {
    sum.error += fileCounts.error;
    sum.warning += fileCounts.warning;
    sum.notice += fileCounts.notice;
  }
  const ok = sum.error === 0;
  const notices = sum.notice > 0 ? { zh: `，${sum.notice} 条提示`, en: `, ${plural(sum.notice, 'notice')}` } : { zh: '', en: '' };
  return `${ok ? '通过' : '失败'}：${sum.error} 个错误，${sum.warning} 个警告${notices.zh} / ${ok ? 'OK' : 'FAILED'}: ${plural(sum.error, 'error')}, ${plural(sum.warning, 'warning')}${notices.en}`;
}

/** The issues, then the summary. */
export function formatReport(result: { issues: readonly Issue[]; counts: Readonly<Record<string, Counts>> }): string[] {
  return [...formatIssues(result.issues, result.counts), formatSummary(result.counts)];
}
