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

describe('writeCsv with a header of its own', () => {
  it('writes the labels as the header and looks cells up by key, so keys may stand for repeated names', () => {
    const csv = writeCsv(['0', '1'], [{ 0: 1, 1: 2 }], { header: ['v', 'v'] });
    expect(csv).toBe('v,v\r\n1,2\r\n');
  });

  it('neutralises a formula-looking label too', () => {
    expect(writeCsv(['a'], [], { header: ['=cmd'], formulaSafe: true })).toBe(`'=cmd\r\n`);
  });
});
