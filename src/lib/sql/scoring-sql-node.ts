/** scoring.sql for Node (build scripts, tests), where Vite's `?raw` import is not available. */
import { readFileSync } from 'node:fs';

export function readScoringSql(): string {
  return readFileSync(new URL('./scoring.sql', import.meta.url), 'utf8');
}
