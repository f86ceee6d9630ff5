import { describe, expect, it } from 'vitest';
import { normalizeBase, sitePath } from '../../src/lib/site-path.ts';

describe('site path', () => {
  it('normalises a base path however it is written', () => {
    expect(['', '/', '//'].map(normalizeBase)).toEqual(['/', '/', '/']);
    expect(['yqpj', '/yqpj', 'yqpj/', '/yqpj/', ' /gov/yqpj// '].map(normalizeBase)).toEqual(['/yqpj/', '/yqpj/', '/yqpj/', '/yqpj/', '/gov/yqpj/']);
  });

  it('puts a path from the site root under the base', () => {
    expect(sitePath('data/x.csv', '/yqpj/')).toBe('/yqpj/data/x.csv');
    expect(sitePath('/parks/SL-01/', '/yqpj/')).toBe('/yqpj/parks/SL-01/');
    expect(sitePath('', '/yqpj/')).toBe('/yqpj/');
    expect(sitePath('rankings/', '/')).toBe('/rankings/');
  });

  it('takes the base the build was made with (the tests build for /)', () => {
    expect(sitePath('data/')).toBe('/data/');
  });
});
