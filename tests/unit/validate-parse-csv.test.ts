import { describe, expect, it } from 'vitest';
import { IssueLog } from '../../src/lib/validate/issues.ts';
import { parseCsv } from '../../src/lib/validate/parse-csv.ts';
import { placed } from '../fixtures/validate/helpers.ts';

function parsed(text: string) {
  const log = new IssueLog();
  const csv = parseCsv(text, 'f.csv', log);
  return { csv, lines: csv?.records.map((r) => r.line), issues: log.issues() };
}

describe('parseCsv', () => {
  it('numbers records by the editor line they start on, past multi-line quoted cells', () => {
    const { csv, lines, issues } = parsed('a,b\n1,"x\ny\nz"\n2,w\n');
    expect(lines).toEqual([2, 5]);
    expect(csv?.records[0]?.fields).toEqual(['1', 'x\ny\nz']);
    expect(issues).toEqual([]);
  });

  it('counts CRLF and lone CR line breaks like LF', () => {
    expect(parsed('a,b\r\n1,"x\r\ny"\r\n2,w\r\n').lines).toEqual([2, 4]);
    expect(parsed('a,b\r1,2\r3,4').lines).toEqual([2, 3]);
    expect(parsed('a,b\r\n1,"x\r\ny"\r\n').csv?.records[0]?.fields).toEqual(['1', 'x\ny']);
  });

  it('skips blank lines and rows of empty cells but keeps counting lines', () => {
    expect(parsed('a,b\n\n1,2\n , \n,\n3,4\n\n').lines).toEqual([3, 6]);
  });

  it('trims header names and starts at the first non-blank line', () => {
    expect(parsed('\n a , b \n1,2\n').csv?.header).toEqual({ line: 2, fields: ['a', 'b'] });
  });

  it('reports a row with too many or too few fields, and leaves it out', () => {
    const { lines, issues } = parsed('a,b,c\n1,2,3\nP1,x,1,234.5\n4,5\n6,7,8\n');
    expect(lines).toEqual([2, 5]);
    expect(placed(issues)).toEqual(['f.csv:3:null RAGGED_ROW', 'f.csv:4:null RAGGED_ROW']);
    expect(issues[0]?.zh).toBe('该行有 4 个字段，表头有 3 列（未加引号的数字中有千位分隔逗号？）');
    expect(issues[1]?.en).toBe('the row has 2 fields, the header 3');
  });

  it('reports an unclosed quote at the line and column it opens', () => {
    const { lines, issues } = parsed('a,b\n1,"x\ny"\n3,"4\n5,6\n');
    expect(lines).toEqual([2]);
    expect(placed(issues)).toEqual(['f.csv:4:2 UNCLOSED_QUOTE']);
    expect(issues[0]?.columnName).toBe('b');
    expect(issues[0]?.zh).toBe('列“b”从这里开始的引号直到文件末尾都没有闭合');
  });

  it('reports characters after a closing quote', () => {
    const { lines, issues } = parsed('a,b,c\n1,2,3\n4,"a"b"c",6\n7,8,9\n');
    expect(lines).toEqual([2, 4]);
    expect(placed(issues)).toEqual(['f.csv:3:2 BAD_QUOTE']);
  });

  it('reports the stray closing quote, not the unclosed quote it leads to', () => {
    expect(placed(parsed('a,b,c\n1,2,3\n4,"ab"c,6\n7,8,9\n').issues)).toEqual(['f.csv:3:2 BAD_QUOTE']);
  });

  it('reports a file without a header', () => {
    for (const text of ['', '\n\n', ',,\n']) {
      const { csv, issues } = parsed(text);
      expect(csv).toBeNull();
      expect(placed(issues)).toEqual(['f.csv:null:null EMPTY_FILE']);
    }
  });
});
