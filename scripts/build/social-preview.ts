/**
 * The social preview image (og:image), written when site.json gives base_url (the pages name it
 * only then): the preview SVG rendered to PNG with the system's fonts. sharp writes no metadata
 * chunks (no time, no software name), so the same data give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { siteSocialPreviewSvg } from '../../src/lib/site-charts/social-preview.ts';
import { publicUrl } from '../../src/lib/views/public-url.ts';
import { SOCIAL_PREVIEW } from '../../src/lib/views/social-preview.ts';

export const renderPng = (svg: string): Promise<Buffer> => sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toBuffer();

/** Writes SOCIAL_PREVIEW.file into `siteDir`; false (nothing written) without base_url. */
export async function writeSocialPreview(siteDir: string, baseUrl: string): Promise<boolean> {
  if (!publicUrl(baseUrl, '/')) return false;
  writeFileSync(join(siteDir, SOCIAL_PREVIEW.file), await renderPng(siteSocialPreviewSvg()));
  return true;
}
