/** Build-time access to the downloads manifest and the revision tables, for the data pages (see ./site-data.ts). */
import { MANIFEST_NAME, type Manifest } from './publish/manifest.ts';
import type { RevisionRow } from './publish/revision-changes.ts';
import type { RevisionRankRow } from './publish/revision-ranks.ts';
import { readRows, readTable } from './site-data.ts';

export const readManifest = readTable<Manifest>(MANIFEST_NAME);
export const readRevisions = readRows<RevisionRow>('revisions');
export const readRevisionRanks = readRows<RevisionRankRow>('revision_ranks');
