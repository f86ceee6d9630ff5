/** npm run serve: serves dist/ (or the folder given) on http://127.0.0.1:4321 (PORT overrides). */
import { resolve } from 'node:path';
import { createStaticServer } from './static-server.ts';

const dir = resolve(process.argv[2] ?? 'dist');
const port = Number(process.env.PORT ?? 4321);
createStaticServer(dir).listen(port, '127.0.0.1', () => {
  console.log(`园区评价看板 / Park Scorecard: http://127.0.0.1:${port}/  (serving ${dir})`);
});
