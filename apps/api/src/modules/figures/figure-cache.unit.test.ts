import { describe, expect, it } from 'vitest';
import { FigureCache } from './figure-cache';

describe('FigureCache', () => {
  it('answers only for the revision an entry was computed at', () => {
    const cache = new FigureCache<number>();
    cache.set('m1', 4, 'turnover', 12.5);
    expect(cache.get('m1', 4, 'turnover')).toBe(12.5);
    expect(cache.get('m1', 5, 'turnover')).toBeUndefined();
    expect(cache.get('m2', 4, 'turnover')).toBeUndefined();
  });

  it('drops an older revision’s entries once a newer one is stored', () => {
    const cache = new FigureCache<number>();
    cache.set('m1', 4, 'a', 1);
    cache.set('m1', 5, 'b', 2);
    expect(cache.get('m1', 4, 'a')).toBeUndefined();
    cache.set('m1', 4, 'a', 1);
    expect(cache.get('m1', 4, 'a')).toBeUndefined();
    expect(cache.get('m1', 5, 'b')).toBe(2);
  });

  it('keeps at most the limit of entries per municipality', () => {
    const cache = new FigureCache<number>(2);
    cache.set('m1', 1, 'a', 1);
    cache.set('m1', 1, 'b', 2);
    cache.set('m1', 1, 'c', 3);
    expect([cache.get('m1', 1, 'a'), cache.get('m1', 1, 'b'), cache.get('m1', 1, 'c')]).toEqual([undefined, 2, 3]);
  });
});
