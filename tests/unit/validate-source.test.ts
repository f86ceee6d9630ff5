import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { nodeSource } from '../../src/lib/validate/node-source.ts';
import { memorySource } from '../../src/lib/validate/source.ts';
import { VALID_DIR } from '../fixtures/validate/helpers.ts';

describe('data sources', () => {
  it('list the period folders under snapshots/', async () => {
    expect((await nodeSource(VALID_DIR).listPeriods()).sort()).toEqual(['2024', '2025']);
    const memory = memorySource({ 'site.json': '{}', 'snapshots/2025/values.csv': '', 'snapshots/2024/snapshot.json': '{}', 'snapshots/readme.md': '' });
    expect((await memory.listPeriods()).sort()).toEqual(['2024', '2025']);
  });

  it('read a file as bytes, and an absent one as null', async () => {
    expect(new TextDecoder().decode((await nodeSource(VALID_DIR).read('parks.csv'))!)).toMatch(/^park_id,/);
    expect(await nodeSource(VALID_DIR).read('nope.csv')).toBeNull();
    expect(await nodeSource('/no/such/folder').listPeriods()).toEqual([]);
    expect(await memorySource({ 'a.csv': 'x,y' }).read('a.csv')).toEqual(new TextEncoder().encode('x,y'));
    expect(await memorySource({}).read('a.csv')).toBeNull();
  });

  it('keep the validator free of Node modules, so it runs in a browser', () => {
    const dir = new URL('../../src/lib/validate/', import.meta.url);
    const modules = readdirSync(fileURLToPath(dir)).filter((name) => name.endsWith('.ts') && name !== 'node-source.ts');
    expect(modules.length).toBeGreaterThan(10);
    for (const name of modules) expect(readFileSync(new URL(name, dir), 'utf8'), name).not.toMatch(/from '(node:|fs|path)/);
  });
});
