/** npm run docs: rewrites data/README.md's generated tables from the contract. */
import { readFileSync, writeFileSync } from 'node:fs';
import { renderDataReadme } from '../src/lib/contract/data-readme.ts';

const path = new URL('../data/README.md', import.meta.url);
const before = readFileSync(path, 'utf8');
const after = renderDataReadme(before);
writeFileSync(path, after);
console.log(before === after ? 'data/README.md is up to date' : 'data/README.md rewritten');
