/**
 * Run once the console's tables are loaded. From then on DuckDB reads no file or URL and loads no
 * extension, so no query can reach the network; the lock keeps a query from switching it back.
 */
export const SANDBOX_SQL = `
SET autoinstall_known_extensions = false;
SET autoload_known_extensions = false;
SET enable_external_access = false;
SET lock_configuration = true`;
