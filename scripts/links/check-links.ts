/**
 * npm run check-links -- [DIR]: every reference of the built site in DIR (default dist/), served
 * under BASE_PATH (default /), resolves to a file of the site; exit 1 and a list if not.
 */
import { resolve } from 'node:path';
import { normalizeBase } from '../../src/lib/site-path.ts';
import { checkSiteLinks } from './site-links.ts';

const site = resolve(process.argv[2] ?? 'dist');
const base = normalizeBase(process.env.BASE_PATH ?? '/');
const { broken, checked } = checkSiteLinks(site, base);
for (const link of broken) console.log(`${link.from} → ${link.target}: ${link.reason}`);
console.log(`${broken.length === 0 ? '通过 / OK' : '失败 / FAILED'}: ${checked} 个引用，${broken.length} 个无效 / ${checked} references, ${broken.length} broken (${site} at ${base})`);
process.exit(broken.length === 0 ? 0 : 1);
