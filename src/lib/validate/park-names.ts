/**
 * Park names as published → park ids: the parks' own names and the alias table, each alias only in
 * the years it was used. Shared by the validator and `npm run import-results`.
 */

export interface NamedPark { park_id: string; name_zh: string }
export interface Alias { alias: string; park_id: string; valid_from: number | null; valid_to: number | null }

/** The year a period code stands for (its first four digits), or null for a code without one. */
export function periodYear(period: string): number | null {
  const match = /^(\d{4})/.exec(period);
  return match ? Number(match[1]) : null;
}

/** Spacing, full-width blanks and brackets differ between copies of one list; they do not make another name. */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/gu, '').replaceAll('（', '(').replaceAll('）', ')');
}

const validIn = (alias: Alias, year: number | null) =>
  year === null || ((alias.valid_from === null || alias.valid_from <= year) && (alias.valid_to === null || year <= alias.valid_to));

export interface NameIndex {
  /** The park a name stands for in a period; null when no name or alias matches. */
  resolve(name: string, period: string): string | null;
  /** Known names (park names and aliases) closest to `name`: most character pairs in common, then fewest edits. */
  closest(name: string, count?: number): string[];
}

/** Edit distance between two strings, by code point. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length]!;
}

/** Character pairs of a name: 漕河泾 → 漕河, 河泾. */
const bigrams = (text: string): string[] => {
  const chars = [...text];
  return chars.slice(1).map((char, i) => chars[i]! + char);
};

/** Dice similarity of two names' character pairs (0–1): a misprint keeps most pairs, another park shares few. */
export function nameSimilarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.length + y.length === 0) return a === b ? 1 : 0;
  const left = [...y];
  let common = 0;
  for (const pair of x) {
    const at = left.indexOf(pair);
    if (at >= 0) {
      common += 1;
      left.splice(at, 1);
    }
  }
  return (2 * common) / (x.length + y.length);
}

export function nameIndex(parks: readonly NamedPark[], aliases: readonly Alias[]): NameIndex {
  const byName = new Map(parks.map((park) => [normalizeName(park.name_zh), park.park_id]));
  const byAlias = new Map<string, Alias[]>();
  for (const alias of aliases) {
    const key = normalizeName(alias.alias);
    byAlias.set(key, [...(byAlias.get(key) ?? []), alias]);
  }
  const known = [...new Set([...parks.map((park) => park.name_zh), ...aliases.map((alias) => alias.alias)])];
  return {
    resolve(name, period) {
      const key = normalizeName(name);
      const year = periodYear(period);
      return byAlias.get(key)?.find((alias) => validIn(alias, year))?.park_id ?? byName.get(key) ?? null;
    },
    closest(name, count = 3) {
      const key = normalizeName(name);
      // The name itself is left out: an alias known only for other years is no suggestion.
      return known
        .filter((candidate) => normalizeName(candidate) !== key)
        .map((candidate) => {
          const other = normalizeName(candidate);
          return { candidate, similarity: nameSimilarity(key, other), distance: editDistance(key, other) };
        })
        .sort((a, b) => b.similarity - a.similarity || a.distance - b.distance || a.candidate.localeCompare(b.candidate, 'zh'))
        .slice(0, count)
        .map((entry) => entry.candidate);
    },
  };
}
