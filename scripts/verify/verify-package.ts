/** Checks a published data package: every listed file's size and SHA-256, then a rescore of its sources. */
import { checkChecksums, type PackageDescriptor } from './check-checksums.ts';
import { openPackage } from './package-files.ts';
import type { Problem } from './problems.ts';
import { rescore } from './rescore.ts';

export interface Verdict {
  label: string;
  problems: Problem[];
  /** Files checked against datapackage.json. */
  checked: number;
  /** Files rebuilt from the sources and compared. */
  compared: number;
}

export async function verifyPackage(target: string, print: (line: string) => void = () => {}): Promise<Verdict> {
  const files = await openPackage(target);
  const descriptor = await files.read('datapackage.json');
  if (!descriptor) return { label: files.label, problems: [{ path: 'datapackage.json', zh: '找不到数据包说明', en: 'no datapackage.json' }], checked: 0, compared: 0 };
  const pkg = JSON.parse(new TextDecoder().decode(descriptor)) as PackageDescriptor;
  print(`核对 / Verifying ${files.label}`);
  const listed = await checkChecksums(files, pkg);
  const rebuilt = await rescore(files, pkg, print);
  return { label: files.label, problems: [...listed.problems, ...rebuilt.problems], checked: listed.checked, compared: rebuilt.compared };
}
