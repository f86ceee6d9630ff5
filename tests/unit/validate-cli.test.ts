import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { VALID_DIR, withLine } from '../fixtures/validate/helpers.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = (dir: string) => spawnSync('npx', ['tsx', 'scripts/validate.ts', dir], { cwd: ROOT, encoding: 'utf8' });

describe('scripts/validate.ts', () => {
  const bad = mkdtempSync(join(tmpdir(), 'validate-bad-'));
  afterAll(() => rmSync(bad, { recursive: true, force: true }));

  it('exits 0 and says OK for a valid folder', () => {
    const { status, stdout } = run(VALID_DIR);
    expect(stdout.trim().split('\n')).toEqual(['通过：0 个错误，0 个警告 / OK: 0 errors, 0 warnings']);
    expect(status).toBe(0);
  });

  it('exits 1 and prints each issue for a folder with errors', () => {
    cpSync(VALID_DIR, bad, { recursive: true });
    writeFileSync(join(bad, 'snapshots/2024/values.csv'), withLine('snapshots/2024/values.csv', 4, 'P1,rd_share,abc,'));
    const { status, stdout } = run(bad);
    expect(stdout.trim().split('\n')).toEqual([
      'snapshots/2024/values.csv:4:3 BAD_NUMBER 列“value”的值“abc”不是数字 / column "value": "abc" is not a number',
      '失败：1 个错误，0 个警告 / FAILED: 1 error, 0 warnings',
    ]);
    expect(status).toBe(1);
  });
});
