import { describe, expect, it } from 'vitest';
import { keyOf } from '../../src/lib/validate/keys.ts';

describe('row keys', () => {
  it('are equal for equal cells and differ when a cell differs in value or type', () => {
    expect(keyOf({ park: 'SL-01', period: '2025' }, ['park', 'period'])).toBe(keyOf({ period: '2025', park: 'SL-01' }, ['park', 'period']));
    expect(keyOf({ a: 1 }, ['a'])).not.toBe(keyOf({ a: '1' }, ['a']));
    expect(keyOf({ a: true }, ['a'])).not.toBe(keyOf({ a: 'true' }, ['a']));
  });

  it('keep the cells apart whatever text they hold', () => {
    expect(keyOf({ a: 'x', b: 'y,z' }, ['a', 'b'])).not.toBe(keyOf({ a: 'x,y', b: 'z' }, ['a', 'b']));
    expect(keyOf({ a: 's1:b', b: 'c' }, ['a', 'b'])).not.toBe(keyOf({ a: 's1', b: 'b:c' }, ['a', 'b']));
  });

  it('is null when a key cell is empty', () => {
    expect(keyOf({ a: 'x', b: null }, ['a', 'b'])).toBeNull();
    expect(keyOf({ a: 'x' }, ['a', 'b'])).toBeNull();
  });
});
