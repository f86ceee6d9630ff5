/** The files of a published data package, wherever it is: a ZIP, a folder (dist/ or its data/) or a site's URL. */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { unzipSync } from 'fflate';
import { ZIP_FOLDER } from '../build/write-zip.ts';

export interface PackageFiles {
  /** What was opened, for messages. */
  label: string;
  /** A file's bytes by its path relative to datapackage.json; null when there is none. */
  read(path: string): Promise<Uint8Array | null>;
  /** Every path the package holds, or null where it cannot be listed (a web site). */
  list(): readonly string[] | null;
}

function zipFiles(label: string, bytes: Uint8Array): PackageFiles {
  const prefix = `${ZIP_FOLDER}/`;
  const entries = new Map<string, Uint8Array>();
  for (const [name, content] of Object.entries(unzipSync(bytes))) {
    if (!name.endsWith('/')) entries.set(name.startsWith(prefix) ? name.slice(prefix.length) : name, content);
  }
  return { label, read: async (path) => entries.get(path) ?? null, list: () => [...entries.keys()] };
}

function folderFiles(dir: string): PackageFiles {
  // dist/ holds the package in data/.
  const root = existsSync(join(dir, 'datapackage.json')) ? dir : join(dir, 'data');
  const paths = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
  return {
    label: root,
    read: async (path) => (paths.includes(path) ? readFileSync(join(root, path)) : null),
    list: () => paths,
  };
}

async function fetchBytes(url: URL): Promise<Uint8Array | null> {
  const response = await fetch(url);
  if (response.status === 404) return null;
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function siteFiles(url: URL): Promise<PackageFiles> {
  if (url.pathname.endsWith('.zip')) {
    const bytes = await fetchBytes(url);
    if (!bytes) throw new Error(`${url}: 找不到文件 / not found`);
    return zipFiles(url.href, bytes);
  }
  const base = new URL(url.href.replace(/datapackage\.json$/, '').replace(/\/?$/, '/'));
  // A site's root holds the package in data/.
  const packageBase = (await fetchBytes(new URL('datapackage.json', base))) ? base : new URL('data/', base);
  return { label: packageBase.href, read: (path) => fetchBytes(new URL(path, packageBase)), list: () => null };
}

/** Opens `target`: a path to a .zip or a folder, or an http(s) URL of a site, its data/ or its ZIP. */
export async function openPackage(target: string): Promise<PackageFiles> {
  if (/^https?:\/\//.test(target)) return siteFiles(new URL(target));
  if (statSync(target).isDirectory()) return folderFiles(target);
  return zipFiles(target, readFileSync(target));
}
