/** A data folder on disk as a DataSource, and the check-and-print the CLI and the build share. */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { validateDataFolder, type ValidationResult } from './folder.ts';
import { formatReport } from './format.ts';
import type { DataSource } from './source.ts';

const isMissing = (error: unknown) =>
  error instanceof Error && 'code' in error && ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(String(error.code));

/** Names of the folders in `path`, hidden ones left out; none when `path` is not a folder. */
async function subfolders(path: string): Promise<string[]> {
  try {
    const entries = await readdir(path, { withFileTypes: true });
    return entries.filter((entry) => entry.isDirectory() && !entry.name.startsWith('.')).map((entry) => entry.name);
  } catch (error) {
    if (isMissing(error)) return [];
    throw error;
  }
}

export function nodeSource(dir: string): DataSource {
  return {
    listPeriods: () => subfolders(join(dir, 'snapshots')),
    listPrevious: (period) => subfolders(join(dir, 'snapshots', period, 'previous')),
    async read(path) {
      try {
        return await readFile(join(dir, path));
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
  };
}

/** Validates the folder `dir` and prints its issues and a summary line; `dataset` is null when there is any error. */
export async function validateAndReport(dir: string, print: (line: string) => void = (line) => console.log(line)): Promise<ValidationResult> {
  const result = await validateDataFolder(nodeSource(dir));
  for (const line of formatReport(result)) print(line);
  return result;
}
