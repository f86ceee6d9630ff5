/** Every file datapackage.json lists, checked against its size and SHA-256. */
import { createHash } from 'node:crypto';
import { ZIP_FILE } from '../../src/lib/publish/manifest.ts';
import type { PackageFiles } from './package-files.ts';
import type { Problem } from './problems.ts';

export interface ListedFile {
  path: string;
  bytes: number;
  /** sha256:<hex> */
  hash: string;
}

export interface PackageDescriptor {
  created: string;
  resources: ListedFile[];
  checksums: ListedFile[];
}

/** Files a package may hold beyond its list: itself, the ZIP's README, the ZIP, the browser's input copies. */
const UNLISTED = [/^datapackage\.json$/, /^README\.md$/, new RegExp(`^${ZIP_FILE.replaceAll('.', '\\.')}$`), /^browser\//];

export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

export async function checkChecksums(files: PackageFiles, pkg: PackageDescriptor): Promise<{ problems: Problem[]; checked: number }> {
  const listed = [...pkg.resources, ...pkg.checksums];
  const problems: Problem[] = [];
  for (const file of listed) {
    const bytes = await files.read(file.path);
    if (!bytes) problems.push({ path: file.path, zh: '缺少文件', en: 'file missing' });
    else if (bytes.length !== file.bytes) problems.push({ path: file.path, zh: `大小为 ${bytes.length} 字节，应为 ${file.bytes} 字节`, en: `${bytes.length} bytes, listed as ${file.bytes}` });
    else if (`sha256:${sha256(bytes)}` !== file.hash) problems.push({ path: file.path, zh: 'SHA-256 校验值不符，文件已被改动', en: 'SHA-256 differs: the file was changed' });
  }
  const known = new Set(listed.map((f) => f.path));
  for (const path of files.list() ?? []) {
    if (!known.has(path) && !UNLISTED.some((pattern) => pattern.test(path))) {
      problems.push({ path, zh: '数据包说明中未列出此文件', en: 'not listed in datapackage.json' });
    }
  }
  return { problems, checked: listed.length };
}
