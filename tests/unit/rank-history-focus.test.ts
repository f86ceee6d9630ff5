import { describe, expect, it } from 'vitest';
import { defaultFocus, MAX_FOCUS_PARKS } from '../../src/lib/views/rank-history.ts';

describe('defaultFocus', () => {
  it('keeps every home park, in their order, when they fit', () => {
    expect(defaultFocus(['H3', 'H1', 'H2'], [{ park_id: 'H1', rank: 5 }, { park_id: 'H2', rank: 1 }])).toEqual(['H3', 'H1', 'H2']);
  });

  it('keeps the best ranked when the city has more parks than the chart can name', () => {
    expect(MAX_FOCUS_PARKS).toBe(20);
    // H0 … H24 ranked 25 … 1, except H24 (vetoed) and H23 (not evaluated).
    const home = Array.from({ length: 25 }, (_, i) => `H${i}`);
    const latest = home.slice(0, 23).map((id, i) => ({ park_id: id, rank: 25 - i }));
    const withVeto: { park_id: string; rank: number | null }[] = [...latest, { park_id: 'H24', rank: null }];
    const focus = defaultFocus(home, withVeto);
    expect(focus).toEqual(['H22', 'H21', 'H20', 'H19', 'H18', 'H17', 'H16', 'H15', 'H14', 'H13', 'H12', 'H11', 'H10', 'H9', 'H8', 'H7', 'H6', 'H5', 'H4', 'H3']);
  });
});
