/** Where a data folder's files come from: a folder on disk (./node-source.ts), or files in memory such as a browser drop. */

export interface DataSource {
  /** Names of the folders under snapshots/, in any order. */
  listPeriods(): Promise<string[]>;
  /** A file's bytes by its path inside the data folder ('snapshots/2024/values.csv'); null when there is no such file. */
  read(path: string): Promise<Uint8Array | null>;
}

/** Files by path inside the data folder; text is taken as UTF-8. */
export function memorySource(files: Readonly<Record<string, Uint8Array | string>>): DataSource {
  return {
    async listPeriods() {
      const periods = Object.keys(files).map((path) => /^snapshots\/([^/]+)\/./.exec(path)?.[1]);
      return [...new Set(periods.filter((period) => period !== undefined))];
    },
    async read(path) {
      const file = files[path];
      return typeof file === 'string' ? new TextEncoder().encode(file) : file ?? null;
    },
  };
}
