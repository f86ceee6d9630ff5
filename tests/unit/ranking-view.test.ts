import { describe, expect, it } from 'vitest';
import { defaultView, parseView, viewToSearch, withFilters } from '../../src/lib/state/ranking-view.ts';

const PERIODS = ['2023', '2024', '2025'];

describe('ranking view state ⇄ URL', () => {
  it('reads an empty query as the defaults: the latest period, ranked order', () => {
    expect(parseView('', PERIODS)).toEqual(defaultView('2025'));
    expect(viewToSearch(defaultView('2025'), PERIODS)).toBe('');
  });

  it('round-trips every field through the query string', () => {
    const view = {
      period: '2024', city: '示例市', level: 'national', kind: 'high_tech', q: '高新 区',
      sort: 'cat:quality', dir: 'desc' as const, parks: ['SL-01', 'NC-02'], weights: { quality: 40, results: 10.5 },
    };
    const search = viewToSearch(view, PERIODS);
    expect(search).toBe('?period=2024&city=%E7%A4%BA%E4%BE%8B%E5%B8%82&level=national&kind=high_tech&q=%E9%AB%98%E6%96%B0+%E5%8C%BA&sort=cat%3Aquality&dir=desc&parks=SL-01%2CNC-02&weights=quality%3A40%2Cresults%3A10.5');
    expect(parseView(search, PERIODS)).toEqual(view);
  });

  it('ignores what it cannot use instead of failing', () => {
    const view = parseView('?period=1999&sort=drop table&dir=sideways&weights=quality:-3,results:abc,momentum:25', PERIODS);
    expect(view.period).toBe('2025');
    expect(view.sort).toBe('rank');
    expect(view.dir).toBe('asc');
    expect(view.weights).toEqual({ momentum: 25 });
  });

  it('takes the filters a reader set over the URL\'s, keeping the rest of the URL\'s view', () => {
    const fromUrl = parseView('?period=2023&level=national&sort=score', PERIODS);
    expect(withFilters(fromUrl, { city: '示例市', q: ' 高新 ' }, PERIODS)).toEqual({ ...fromUrl, city: '示例市', q: '高新' });
    expect(withFilters(fromUrl, { level: '', period: '1999' }, PERIODS)).toEqual({ ...fromUrl, level: '' });
  });
});
