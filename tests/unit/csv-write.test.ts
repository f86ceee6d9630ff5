import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../src/lib/csv/write.ts';

describe('writeCsv', () => {
  const rows = [
    { name: '=HYPERLINK("http://x")', note: 'a,b', value: -3.5, flag: true },
    { name: '示例"园区"', note: null, value: 1234.5, flag: false },
    { name: '@SUM(A1)', note: '+1', value: null, flag: null },
    { name: '\tTab', note: '-', value: 0, flag: true },
  ];

  it('quotes what needs quoting and writes CRLF lines', () => {
    expect(writeCsv(['name', 'note'], [rows[1]!])).toBe('name,note\r\n"示例""园区""",\r\n');
  });

  it('neutralises formula-looking text cells for spreadsheets, and leaves numbers as numbers', () => {
    const csv = writeCsv(['name', 'note', 'value', 'flag'], rows, { bom: true, formulaSafe: true });
    expect(csv.startsWith('\uFEFFname,note,value,flag\r\n')).toBe(true);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `"'=HYPERLINK(""http://x"")","a,b",-3.5,true`,
      `"示例""园区""",,1234.5,false`,
      `'@SUM(A1),'+1,,`,
      `'\tTab,'-,0,true`,
    ]);
  });

  it('writes text unchanged without formulaSafe', () => {
    expect(writeCsv(['note'], [{ note: '+1' }])).toBe('note\r\n+1\r\n');
  });
});
