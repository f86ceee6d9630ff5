/**
 * The published tables a single file is checked against, so the check page finds what
 * `npm run validate` finds across files: unknown park_id, indicator_id or target_id, units.
 */
import { PUBLISHED_TABLES } from '../contract/published.ts';
import { LOADED_TABLES } from '../contract/inputs.ts';
import type { TableDef } from '../contract/schema.ts';
import { validateTableFile } from '../validate/file.ts';
import { RULES } from '../validate/rules.ts';

/** Tables that `def`'s foreign keys and rules read, other than itself. */
export function referenceTables(def: TableDef): string[] {
  const needed = [...def.foreignKeys.map((key) => key.table), ...RULES.filter((rule) => rule.table === def.name).flatMap((rule) => rule.uses)];
  const loaded = new Set(LOADED_TABLES.map((table) => table.name));
  return [...new Set(needed)].filter((name) => name !== def.name && loaded.has(name));
}

/**
 * The rows of a table as the site publishes it for the browser (data/browser/<name>.csv, with
 * its `period` column), read by the validator itself so they are typed exactly as a folder's are.
 */
export function referenceRows(name: string, bytes: Uint8Array): Record<string, unknown>[] {
  const def = PUBLISHED_TABLES.find((table) => table.name === name);
  if (!def) throw new Error(`${name} is not a published table`);
  const { rows } = validateTableFile(def, bytes);
  if (!rows) throw new Error(`${name}.csv could not be read`);
  return rows;
}
