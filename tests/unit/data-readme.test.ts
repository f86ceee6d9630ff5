import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDataReadme } from '../../src/lib/contract/data-readme.ts';
import { CSV_TABLES } from '../../src/lib/contract/inputs.ts';
import { CODES } from '../../src/lib/validate/codes.ts';

const readme = readFileSync(new URL('../../data/README.md', import.meta.url), 'utf8');

describe('data/README.md', () => {
  it('matches the contract (run `npm run docs` after changing it)', () => {
    expect(renderDataReadme(readme)).toBe(readme);
  });

  it('documents every column of every file and every validation code', () => {
    for (const table of CSV_TABLES) {
      expect(readme).toContain(`\`${table.file}\``);
      for (const column of table.columns) expect(readme, `${table.name}.${column.name}`).toMatch(new RegExp(`\\| \`${column.name}\` \\|`));
    }
    for (const code of Object.keys(CODES)) expect(readme).toContain(`| \`${code}\` |`);
  });
});
