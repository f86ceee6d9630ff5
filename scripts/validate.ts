/** Checks a data folder against the data contract: `npx tsx scripts/validate.ts [DIR]` (default data/). Exits 1 on any error. */
import { validateAndReport } from '../src/lib/validate/node-source.ts';

const { dataset } = await validateAndReport(process.argv[2] ?? 'data');
process.exitCode = dataset ? 0 : 1;
