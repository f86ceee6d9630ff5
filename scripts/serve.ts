/**
 * npm run serve: serves dist/ (or the folder given) on http://127.0.0.1:4321 (PORT overrides),
 * under BASE_PATH (e.g. /yqpj/) when the site was built for a sub-path.
 */
import { resolve } from 'node:path';
import { normalizeBase } from '../src/lib/site-path.ts';
import { createStaticServer } from './static-server.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
const base = normalizeBase(process.env.BASE_PATH ?? '/');
createStaticServer(dir, base).listen(port, '127.0.0.1', () => {
  console.log(`园区评价看板 / Park Scorecard: http://127.0.0.1:${port}${base}  (serving ${dir})`);
});
