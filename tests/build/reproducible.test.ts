/**
 * The same commit and data folder give byte-identical output: dist/ (built by npm run build with
 * DuckDB's default threads) is built again with one thread, computing every table again (no
 * build cache), and every file compared.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, process.env.E2E_DIST ?? 'dist');
const rebuilt = join(root, '.build/rebuild-dist');

function checksums(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(files.map((entry) => {
    const path = join(entry.parentPath, entry.name);
    return [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')];
  }));
}

it('a rebuild from scratch with DuckDB on one thread gives every file of dist/ byte for byte', () => {
  const build = spawnSync('npx', ['tsx', 'scripts/build.ts'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: rebuilt, DUCKDB_THREADS: '1', BUILD_CACHE: 'off' },
  });
  expect(build.status, build.stderr).toBe(0);
  try {
    const first = checksums(dist);
    const second = checksums(rebuilt);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([path, sum]) => second.get(path) !== sum).map(([path]) => path);
    expect(differing).toEqual([]);
    expect(first.size).toBeGreaterThan(400);
  } finally {
    rmSync(rebuilt, { recursive: true, force: true });
  }
});
