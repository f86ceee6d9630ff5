/** Where a data folder's files come from: a folder on disk (./node-source.ts), or files in memory such as a browser drop. */

export interface DataSource {
  /** Names of the folders under snapshots/, in any order. */
  listPeriods(): Promise<string[]>;
  /** Names of the folders under snapshots/<period>/previous/ (a revised period's earlier versions), in any order. */
  listPrevious(period: string): Promise<string[]>;
  /** A file's bytes by its path inside the data folder ('snapshots/2024/values.csv'); null when there is no such file. */
  read(path: string): Promise<Uint8Array | null>;
}

/** Files by path inside the data folder; text is taken as UTF-8. */
export function memorySource(files: Readonly<Record<string, Uint8Array | string>>): DataSource {
  /** The folders directly under `prefix` that hold a file. */
  const folders = (prefix: string) => {
    const names = Object.keys(files)
      .filter((path) => path.startsWith(prefix))
      .map((path) => path.slice(prefix.length).split('/'))
      .filter(([name, rest]) => name && rest)
      .map(([name]) => name!);
    return [...new Set(names)];
  };
  return {
    listPeriods: async () => folders('snapshots/'),
    listPrevious: async (period) => folders(`snapshots/${period}/previous/`),
    async read(path) {
      const file = files[path];
      return typeof file === 'string' ? new TextEncoder().encode(file) : file ?? null;
    },
  };
}
