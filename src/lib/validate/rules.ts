/** Every check that spans cells or tables, and when to run it. */
import { coverageHolds, valuesComplete } from './coverage.ts';
import { FIGURES_PRESENT } from './emptiness.ts';
import type { IssueLog } from './issues.ts';
import { benchmarkGiven, oneTiebreak, pointsAddUp, tiersCover } from './methodology-rules.ts';
import { requiredUnless } from './required-when.ts';
import { categoryScoreHasResult, categoryScoreWithinPoints, oneScorePerCategory } from './result-categories.ts';
import { aliasYearsOrdered, aliasesUnambiguous, listMatchesSnapshot, oneResultPerPark, periodHasData, resultTierKnown, valuesHaveMethod } from './results.ts';
import type { Rule, Tables } from './rows.ts';
import { homeCityHasParks } from './site.ts';
import { parentIsCityTarget, scopeKnown } from './target-rules.ts';

export const RULES: readonly Rule[] = [
  homeCityHasParks,
  pointsAddUp,
  oneTiebreak,
  benchmarkGiven,
  tiersCover,
  requiredUnless('rewards', 'threshold', 'condition', 'last_in_city'),
  requiredUnless('adjustments', 'points', 'kind', 'veto'),
  scopeKnown,
  parentIsCityTarget,
  valuesComplete,
  coverageHolds,
  ...FIGURES_PRESENT,
  valuesHaveMethod,
  periodHasData,
  aliasesUnambiguous,
  aliasYearsOrdered,
  oneResultPerPark,
  listMatchesSnapshot,
  resultTierKnown,
  oneScorePerCategory,
  categoryScoreHasResult,
  categoryScoreWithinPoints,
];

/** Runs the rules whose tables are all at hand; with `table`, only the rules about that table. */
export function runRules(tables: Tables, log: IssueLog, table?: string): void {
  for (const rule of RULES) {
    if (table !== undefined && rule.table !== table) continue;
    if (![rule.table, ...rule.uses].every((name) => tables.has(name))) continue;
    rule.check((name) => tables.get(name) ?? [], log);
  }
}
