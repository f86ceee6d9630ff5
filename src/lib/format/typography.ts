/**
 * Chinese typography for text the site shows: “ ” quotes instead of ASCII ones, no spaces
 * between Chinese characters and the figures or words next to them, and one number of decimals
 * for each unit.
 */
import { formatNumber } from './number.ts';

// Chinese characters, CJK and full-width punctuation, and Chinese quotes.
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”';
// A space between Chinese text and a figure or other Chinese text: Chinese sets none.
const STRAY_SPACE = new RegExp(`(?<=[${CJK}])[ \\t]+(?=[${CJK}\\d])|(?<=[${CJK}\\d%])[ \\t]+(?=[${CJK}])`, 'gu');

/** 丰乡"智谷"数字经济产业园 → 丰乡“智谷”数字经济产业园: ASCII double quotes become “ ” in pairs. */
export function chineseQuotes(text: string): string {
  let open = true;
  return text.replace(/"/g, () => {
    const quote = open ? '“' : '”';
    open = !open;
    return quote;
  });
}

/** 12 个园区中 排名最高 → 12个园区中排名最高; spaces between Latin words are kept. */
export const tidySpacing = (text: string): string => text.replace(STRAY_SPACE, '');

/** Text from the data as the site shows it. */
export const displayText = (text: string): string => tidySpacing(chineseQuotes(text));

/** Decimals by unit: every score in 分 and every percentage shows two, as the published results do. */
export const UNIT_DECIMALS = { 分: 2, '%': 2 } as const;

/** Points (分): scores, bonuses, deductions, weights. */
export const formatPoints = (value: number | null | undefined): string => formatNumber(value, UNIT_DECIMALS['分']);

/** A percentage: 50.13%. */
export const formatPct = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '—' : `${formatNumber(value, UNIT_DECIMALS['%'])}%`;
