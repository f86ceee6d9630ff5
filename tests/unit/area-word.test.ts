import { describe, expect, it } from 'vitest';
import { areaWord } from '../../src/lib/format/area-word.ts';

describe('areaWord', () => {
  it('names the field a ranking covers from the region', () => {
    expect(areaWord('示例省')).toBe('全省');
    expect(areaWord('浙江省')).toBe('全省');
    expect(areaWord('全国')).toBe('全国');
    expect(areaWord('广西壮族自治区')).toBe('全区');
    expect(areaWord('上海市')).toBe('全市');
    expect(areaWord(' 江苏 ')).toBe('全省');
  });
});
