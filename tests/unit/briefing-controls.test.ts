import { describe, expect, it } from 'vitest';
import {
  briefingPath, DEFAULT_INTERVAL_S, digitJump, keyAction, parseInterval, selectSlides,
} from '../../src/lib/briefing/controls.ts';
import { rankStripX } from '../../src/lib/charts/rank-strip.ts';
import { capped } from '../../src/lib/briefing/tables.ts';
import { publicUrl } from '../../src/lib/briefing/title-slide.ts';

const IDS = ['title', 'home-ranking', 'movers', 'targets', 'alerts', 'park-SL-01', 'park-SL-02', 'leaders'];
const select = (query: string) => selectSlides(IDS, new URLSearchParams(query));

describe('?slides= and ?park=', () => {
  it('shows the whole deck by default', () => {
    expect(select('')).toEqual({ order: [0, 1, 2, 3, 4, 5, 6, 7], unknown: [] });
  });

  it('picks slides by id or number, in the order asked, once each', () => {
    expect(select('slides=targets,title')).toEqual({ order: [3, 0], unknown: [] });
    expect(select('slides=8,2,park-SL-02,2')).toEqual({ order: [7, 1, 6], unknown: [] });
    expect(select('slides= movers , ,alerts')).toEqual({ order: [2, 4], unknown: [] });
  });

  it('reports what it cannot find, and falls back to the whole deck when nothing is left', () => {
    expect(select('slides=title,nope,0,9')).toEqual({ order: [0], unknown: ['nope', '0', '9'] });
    expect(select('slides=nope').order).toHaveLength(IDS.length);
  });

  it('picks a park’s set: the title and its slide', () => {
    expect(select('park=SL-02')).toEqual({ order: [0, 6], unknown: [] });
    expect(select('park=XX')).toEqual({ order: [0], unknown: ['XX'] });
    expect(select('park=SL-02&slides=leaders').order).toEqual([7]);
  });
});

describe('?interval=', () => {
  it('is in seconds, 20 by default, kept between 2 s and an hour', () => {
    expect(parseInterval(null)).toBe(DEFAULT_INTERVAL_S);
    expect(parseInterval('')).toBe(20);
    expect(parseInterval('abc')).toBe(20);
    expect(parseInterval('7.5')).toBe(7.5);
    expect(parseInterval('0')).toBe(2);
    expect(parseInterval('99999')).toBe(3600);
  });
});

describe('keys and clickers', () => {
  const key = (k: string, modifiers: Partial<KeyboardEvent> = {}) => keyAction({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

  it('moves on with → PageDown Space, back with ← PageUp, to the ends with Home End', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => key(k))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => key(k))).toEqual(['previous', 'previous']);
    expect([key('Home'), key('End')]).toEqual(['first', 'last']);
  });

  it('pauses with P, goes full screen with F, and reads digits', () => {
    expect([key('p'), key('P'), key('f'), key('F')]).toEqual(['pause', 'pause', 'fullscreen', 'fullscreen']);
    expect(key('7')).toEqual({ digit: 7 });
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(key('x')).toBeNull();
    expect(key('Tab')).toBeNull();
    expect(key('f', { ctrlKey: true })).toBeNull();
    expect(key('ArrowRight', { altKey: true })).toBeNull();
  });
});

describe('typed slide numbers', () => {
  it('jumps at once when no longer number exists, else waits for the next digit', () => {
    expect(digitJump('3', 18)).toEqual({ slide: 3, complete: true });
    expect(digitJump('1', 18)).toEqual({ slide: 1, complete: false });
    expect(digitJump('12', 18)).toEqual({ slide: 12, complete: true });
    expect(digitJump('1', 9)).toEqual({ slide: 1, complete: true });
  });

  it('names no slide with 0 or a number past the end', () => {
    expect(digitJump('0', 18)).toEqual({ slide: null, complete: false });
    expect(digitJump('19', 18)).toEqual({ slide: null, complete: true });
  });
});

describe('small pieces', () => {
  it('puts the latest period at /briefing/ and earlier ones in their own folder', () => {
    expect(briefingPath('2025', '2025')).toBe('/briefing/');
    expect(briefingPath('2023', '2025')).toBe('/briefing/2023/');
  });

  it('places a rank on the position strip, rank 1 at the left end', () => {
    const geometry = { width: 100, radius: 10 };
    expect(rankStripX(1, 5, geometry)).toBe(10);
    expect(rankStripX(5, 5, geometry)).toBe(90);
    expect(rankStripX(3, 5, geometry)).toBe(50);
    expect(rankStripX(1, 1, geometry)).toBe(10);
    expect(rankStripX(null, 5, geometry)).toBeNull();
  });

  it('caps a list and counts what was left off', () => {
    expect(capped([1, 2, 3], 2)).toEqual({ items: [1, 2], more: 1 });
    expect(capped([1], 2)).toEqual({ items: [1], more: 0 });
  });

  it('makes the QR code’s address from base_url', () => {
    expect(publicUrl('https://parks.example.org')).toBe('https://parks.example.org/');
    expect(publicUrl(' https://parks.example.org/sub/ ')).toBe('https://parks.example.org/sub/');
    expect(publicUrl('')).toBeNull();
  });
});
