import { describe, expect, it } from 'vitest';
import { decode } from '../../src/lib/validate/decode.ts';
import { IssueLog } from '../../src/lib/validate/issues.ts';
import { gb18030, placed, utf8 } from '../fixtures/validate/helpers.ts';

function decoded(bytes: Uint8Array) {
  const log = new IssueLog();
  return { text: decode(bytes, 'parks.csv', log), issues: log.issues() };
}

describe('decode', () => {
  it('reads UTF-8 as is', () => {
    expect(decoded(utf8('park_id,city\nP1,甲市\n'))).toEqual({ text: 'park_id,city\nP1,甲市\n', issues: [] });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decoded(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('a,b')]))).toEqual({ text: 'a,b', issues: [] });
  });

  it('reads bytes that are not UTF-8 as GB18030, with a notice', () => {
    const { text, issues } = decoded(gb18030('name_zh\n甲市高新区\n'));
    expect(text).toBe('name_zh\n甲市高新区\n');
    expect(issues.map((i) => [i.code, i.severity, i.line])).toEqual([['ENCODING_GB18030', 'notice', null]]);
  });

  it('rejects NUL bytes, naming the line', () => {
    const { text, issues } = decoded(utf8('a,b\n1,2\nx\0y\n'));
    expect(text).toBeNull();
    expect(placed(issues)).toEqual(['parks.csv:3:null NUL_BYTE']);
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    const { text, issues } = decoded(new Uint8Array([0x61, 0xff, 0xff]));
    expect(text).toBeNull();
    expect(placed(issues)).toEqual(['parks.csv:null:null BAD_ENCODING']);
  });
});
