/**
 * What each published table is computed from, by input table name: a copy of the table made
 * earlier stays right while these inputs are unchanged (and the code that computes it).
 */
import { targetProgress } from '../contract/published.ts';
import type { TableDef } from '../contract/schema.ts';
import { SCORING_INPUTS } from '../sql/load-inputs.ts';

/** The earlier versions of revised periods: not an input table, but the revision tables are worked out from them. */
export const PREVIOUS_VERSIONS = 'previous_versions';

/** target_progress reads these two and nothing else; no other view reads them. */
const TARGET_INPUTS: readonly string[] = ['targets', 'progress'];
const SCORED_FROM: readonly string[] = [...SCORING_INPUTS.map((t) => t.name).filter((name) => !TARGET_INPUTS.includes(name)), PREVIOUS_VERSIONS];

export function tableInputs(table: TableDef): readonly string[] {
  if (table.name === targetProgress.name) return TARGET_INPUTS;
  // An input table published as it was read.
  if (SCORING_INPUTS.some((input) => input.name === table.name)) return [table.name];
  return SCORED_FROM;
}

/** Whether writing the table needs the scoring run, rather than only the loaded inputs and the views. */
export const needsScoring = (table: TableDef): boolean => tableInputs(table).includes(PREVIOUS_VERSIONS);
