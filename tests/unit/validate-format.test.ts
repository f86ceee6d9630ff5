import { describe, expect, it } from 'vitest';
import { values } from '../../src/lib/contract/inputs.ts';
import { validateTableFile } from '../../src/lib/validate/file.ts';
import { ISSUES_SHOWN_PER_FILE, formatIssue, formatIssues, formatReport, formatSummary } from '../../src/lib/validate/format.ts';
import { ISSUES_KEPT_PER_FILE, type Issue } from '../../src/lib/validate/issues.ts';
import { utf8 } from '../fixtures/validate/helpers.ts';

const issue = (over: Partial<Issue>): Issue => ({
  file: 'parks.csv', line: null, column: null, columnName: null, code: 'MISSING_FILE', severity: 'error', zh: '缺少文件', en: 'missing', ...over,
});

describe('formatIssue', () => {
  it('writes FILE:LINE:COLUMN CODE zh / en, leaving out what is not known', () => {
    expect(formatIssue(issue({ line: 15, column: 3, code: 'BAD_NUMBER', zh: '甲', en: 'a' }))).toBe('parks.csv:15:3 BAD_NUMBER 甲 / a');
    expect(formatIssue(issue({ line: 4, code: 'RAGGED_ROW', zh: '乙', en: 'b' }))).toBe('parks.csv:4 RAGGED_ROW 乙 / b');
    expect(formatIssue(issue({}))).toBe('parks.csv MISSING_FILE 缺少文件 / missing');
  });
});

describe('a file with 10,000 errors', () => {
  const text = `park_id,indicator_id,value,note\n${Array.from({ length: 10_000 }, (_, i) => `P${i},x,bad,`).join('\n')}\n`;
  const result = validateTableFile(values, utf8(text), { period: '2024' });

  it('keeps a bounded number of issues but counts them all', () => {
    expect(result.issues).toHaveLength(ISSUES_KEPT_PER_FILE);
    expect(result.counts).toEqual({ 'snapshots/2024/values.csv': { error: 10_000, warning: 0, notice: 0 } });
  });

  it('prints 50 issues, then how many more there are', () => {
    const lines = formatIssues(result.issues, result.counts);
    expect(lines).toHaveLength(ISSUES_SHOWN_PER_FILE + 1);
    expect(lines[0]).toBe('snapshots/2024/values.csv:2:3 BAD_NUMBER 列“value”的值“bad”不是数字 / column "value": "bad" is not a number');
    expect(lines[ISSUES_SHOWN_PER_FILE]).toBe('snapshots/2024/values.csv …另有 9950 个问题未列出 / 9950 more not shown');
  });
});

describe('formatIssues', () => {
  it('caps each file on its own', () => {
    const many = (file: string, n: number) => Array.from({ length: n }, (_, i) => issue({ file, line: i + 1 }));
    const issues = [...many('a.csv', 3), ...many('b.csv', 60)];
    const counts = { 'a.csv': { error: 3, warning: 0, notice: 0 }, 'b.csv': { error: 60, warning: 0, notice: 0 } };
    const lines = formatIssues(issues, counts);
    expect(lines.filter((line) => line.startsWith('a.csv'))).toHaveLength(3);
    expect(lines.filter((line) => line.startsWith('b.csv:'))).toHaveLength(50);
    expect(lines.at(-1)).toBe('b.csv …另有 10 个问题未列出 / 10 more not shown');
  });
});

describe('formatSummary', () => {
  it('passes with no errors, whatever the warnings', () => {
    expect(formatSummary({})).toBe('通过：0 个错误，0 个警告 / OK: 0 errors, 0 warnings');
    expect(formatSummary({ 'a.csv': { error: 0, warning: 2, notice: 0 } })).toBe('通过：0 个错误，2 个警告 / OK: 0 errors, 2 warnings');
  });

  it('fails on any error, adding up the files and naming notices', () => {
    const counts = { 'a.csv': { error: 1, warning: 1, notice: 1 }, 'b.csv': { error: 2, warning: 0, notice: 0 } };
    expect(formatSummary(counts)).toBe('失败：3 个错误，1 个警告，1 条提示 / FAILED: 3 errors, 1 warning, 1 notice');
  });

  it('ends the report', () => {
    expect(formatReport({ issues: [issue({})], counts: { 'parks.csv': { error: 1, warning: 0, notice: 0 } } })).toEqual([
      'parks.csv MISSING_FILE 缺少文件 / missing',
      '失败：1 个错误，0 个警告 / FAILED: 1 error, 0 warnings',
    ]);
  });
});
