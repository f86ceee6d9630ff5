/**
 * The slide show's rules, kept apart from the DOM so they can be tested: which slides a URL picks,
 * the interval, what a key does, how typed digits jump, and where each period's briefing lives.
 */
import { sitePath } from '../site-path.ts';

export const DEFAULT_INTERVAL_S = 20;
const MIN_INTERVAL_S = 2;
const MAX_INTERVAL_S = 3600;

/** ?interval= in seconds; the default when missing or not a number, clamped to 2 s – 1 h. */
export function parseInterval(raw: string | null): number {
  const seconds = raw === null || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(seconds)) return DEFAULT_INTERVAL_S;
  return Math.min(MAX_INTERVAL_S, Math.max(MIN_INTERVAL_S, seconds));
}

/** A park's slide id: park-SL-01. */
export const parkSlideId = (parkId: string) => `park-${parkId}`;

export interface Selection {
  /** Indexes into the deck, in showing order; the whole deck when nothing valid was asked for. */
  order: number[];
  /** What was asked for and not found, to say so on screen. */
  unknown: string[];
}

/**
 * ?slides=title,targets,3 picks slides by id or number (1-based, in deck order) and shows them in
 * that order; ?park=<park_id> (when ?slides= is absent) picks the title and that park's slide.
 */
export function selectSlides(ids: readonly string[], params: URLSearchParams): Selection {
  const all = ids.map((_, i) => i);
  const slides = params.get('slides');
  const park = params.get('park');
  if (slides === null && park === null) return { order: all, unknown: [] };
  const wanted = slides !== null ? slides.split(',').map((s) => s.trim()).filter(Boolean) : ['title', parkSlideId(park!)];
  const order: number[] = [];
  const unknown: string[] = [];
  for (const token of wanted) {
    const index = /^\d+$/.test(token) ? Number(token) - 1 : ids.indexOf(token);
    if (index < 0 || index >= ids.length) unknown.push(slides !== null ? token : park!);
    else if (!order.includes(index)) order.push(index);
  }
  return { order: order.length > 0 ? order : all, unknown };
}

export type Action = 'next' | 'previous' | 'first' | 'last' | 'pause' | 'fullscreen' | { digit: number };

const KEYS: Record<string, Action> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  p: 'pause',
  P: 'pause',
  f: 'fullscreen',
  F: 'fullscreen',
};

/** What a key press does, or null for keys the show leaves alone (and any with Ctrl, Alt or Meta). */
export function keyAction(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'altKey' | 'metaKey'>): Action | null {
  if (event.ctrlKey || event.altKey || event.metaKey) return null;
  if (/^[0-9]$/.test(event.key)) return { digit: Number(event.key) };
  return KEYS[event.key] ?? null;
}

export interface DigitJump {
  /** The slide number typed so far, or null when it names no slide. */
  slide: number | null;
  /** No further digit could name a slide: jump now rather than wait for one. */
  complete: boolean;
}

/** Digits typed in a row (e.g. "1", "12") read as a slide number among `count` slides. */
export function digitJump(typed: string, count: number): DigitJump {
  const number = Number(typed);
  return { slide: number >= 1 && number <= count ? number : null, complete: number * 10 > count };
}

/** How long to wait for another digit before jumping, in ms. */
export const DIGIT_WAIT_MS = 700;

/** The latest period's briefing is /briefing/; earlier ones have their own page. */
export function briefingPath(period: string, latestPeriod: string): string {
  return period === latestPeriod ? sitePath('briefing/') : sitePath(`briefing/${encodeURIComponent(period)}/`);
}
