/**
 * Each published table's files (its downloads and the pages' NDJSON), kept under .build/ by a digest
 * of what it is computed from: its input tables as the browser receives them, the scoring SQL and
 * the code that writes them. A rebuild after a monthly progress update computes target_progress
 * and the progress table again and copies the rest; a change to any period's values scores again.
 */
import { createHash, type Hash } from 'node:crypto';
import { constants, copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import type { Dataset } from '../../src/lib/contract/dataset.ts';
import type { TableDef } from '../../src/lib/contract/schema.ts';
import type { DownloadFile } from '../../src/lib/publish/manifest.ts';
import { PREVIOUS_VERSIONS, tableInputs } from '../../src/lib/publish/table-inputs.ts';
import type { DownloadLog } from './download-log.ts';
import { filesUnder } from './files-under.ts';
import type { SiteData } from './site-data.ts';

const sha256 = (...parts: readonly (string | Uint8Array)[]) => parts.reduce((hash, part) => hash.update(part), createHash('sha256')).digest('hex');

/** A copy-on-write clone where the file system can make one, else a copy: the cache never shares bytes with the site. */
function place(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to, constants.COPYFILE_FICLONE);
}

/** `place` for a file, or for every file under a folder (a per-period table's pages' copy). */
function placeAll(from: string, to: string): void {
  if (!statSync(from).isDirectory()) return place(from, to);
  mkdirSync(to, { recursive: true });
  for (const path of filesUnder(from)) place(path, join(to, relative(from, path)));
}

/** A digest of the code that turns inputs into published files: any change to it makes every cached table stale. */
export function codeDigest(root: string, folders: readonly string[] = ['src/lib', 'scripts/build'], files: readonly string[] = ['package-lock.json']): string {
  const paths = [...folders.flatMap((folder) => [...filesUnder(join(root, folder))]), ...files.map((file) => join(root, file))];
  return sha256(...paths.flatMap((path) => [relative(root, path), '\0', readFileSync(path), '\0']));
}

/**
 * A digest of each input the scoring reads, by name: each input table's browser files (path and
 * text, in order; they are what the SQL reads, in both engines) and the earlier versions of revised periods.
 */
export function inputDigests(dataset: Dataset, browserFiles: ReadonlyMap<string, string>): Map<string, string> {
  const hashes = new Map<string, Hash>();
  for (const [path, text] of browserFiles) {
    const table = basename(path, '.csv');
    if (!hashes.has(table)) hashes.set(table, createHash('sha256'));
    hashes.get(table)!.update(path).update('\0').update(text).update('\0');
  }
  const digests = new Map([...hashes].map(([table, hash]) => [table, hash.digest('hex')]));
  digests.set(PREVIOUS_VERSIONS, sha256(JSON.stringify(dataset.previousVersions)));
  return digests;
}

export class TableCache {
  /** Tables copied from the cache in this build, by name. */
  readonly reused: string[] = [];
  /** Entries this build read or wrote: the rest are stale. */
  private readonly used = new Set<string>();

  /**
   * `salt`: the code digest and anything else every table depends on; `inputs`: the digest of each
   * input by name; `site`: where the pages' copy of each table goes.
   */
  constructor(readonly dir: string, private readonly salt: string, private readonly inputs: ReadonlyMap<string, string>, private readonly site: SiteData) {}

  private entryOf(table: TableDef): string {
    const inputs = tableInputs(table).map((name) => `${name}=${this.inputs.get(name) ?? ''}`);
    return join(this.dir, sha256(this.salt, '\0', table.name, '\0', inputs.join('\0')));
  }

  has(table: TableDef): boolean {
    return existsSync(join(this.entryOf(table), 'files.json'));
  }

  /** Puts the table's cached files in place and lists them in the log. */
  restore(table: TableDef, log: DownloadLog): void {
    const entry = this.entryOf(table);
    this.used.add(entry);
    const files = JSON.parse(readFileSync(join(entry, 'files.json'), 'utf8')) as DownloadFile[];
    for (const file of files) {
      const target = log.prepare(file.path);
      place(join(entry, 'files', file.path), target);
      if (statSync(target).size !== file.bytes) throw new Error(`Cached ${file.path} has the wrong size: delete ${this.dir}`);
      log.adopt(file);
    }
    placeAll(join(entry, 'site'), this.site.pathOf(table));
    this.reused.push(table.name);
  }

  /** Keeps the table's files as just written; a half-written entry never counts (it is renamed into place). */
  store(table: TableDef, files: readonly DownloadFile[], log: DownloadLog): void {
    const entry = this.entryOf(table);
    this.used.add(entry);
    const temp = `${entry}.${process.pid}.tmp`;
    for (const file of files) place(join(log.dir, file.path), join(temp, 'files', file.path));
    placeAll(this.site.pathOf(table), join(temp, 'site'));
    writeFileSync(join(temp, 'files.json'), JSON.stringify(files));
    rmSync(entry, { recursive: true, force: true });
    renameSync(temp, entry);
  }

  /** Deletes the entries this build did not use, so that the cache holds one build's tables, not every build's. */
  prune(): void {
    for (const name of existsSync(this.dir) ? readdirSync(this.dir) : []) {
      if (!this.used.has(join(this.dir, name))) rmSync(join(this.dir, name), { recursive: true, force: true });
    }
  }
}
