/**
 * Writes the synthetic sample data folder.
 *   npx tsx scripts/generate-sample.ts [--out DIR] [--parks N] [--periods N] [--seed S]
 * Defaults give the committed data/; large values make benchmark sets, e.g. --parks 5000 --periods 20.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_OPTIONS, sampleYears, writeSample } from './sample/folder.ts';

const { values: args } = parseArgs({
  options: {
    out: { type: 'string', default: 'data' },
    parks: { type: 'string', default: String(DEFAULT_OPTIONS.parks) },
    periods: { type: 'string', default: String(DEFAULT_OPTIONS.periods) },
    seed: { type: 'string', default: String(DEFAULT_OPTIONS.seed) },
  },
});

function integer(name: string, text: string, min: number): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) {
    console.error(`--${name} must be an integer of at least ${min}, got "${text}"`);
    process.exit(2);
  }
  return n;
}

const options = {
  parks: integer('parks', args.parks, 1),
  periods: integer('periods', args.periods, 1),
  seed: integer('seed', args.seed, 0),
};
const started = performance.now();
const files = await writeSample(args.out, options);
const years = sampleYears(options.periods);
console.log(`Wrote ${files.length} files to ${args.out}: ${options.parks} parks, periods ${years[0]}–${years.at(-1)}, seed ${options.seed} (${Math.round(performance.now() - started)} ms).`);
