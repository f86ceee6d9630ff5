/** The path the site under test is served at: / for the root build, E2E_BASE_PATH (e.g. /yqpj/) for the sub-path build. */
import { normalizeBase, sitePath } from '../../src/lib/site-path.ts';

export const BASE = normalizeBase(process.env.E2E_BASE_PATH ?? '/');

/** A path from the site's root ('rankings/') as the browser asks for it. */
export const at = (path: string): string => sitePath(path, BASE);
