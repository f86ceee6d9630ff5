/** Builds a data folder and measures the build: wall time, peak memory, output size. */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { phaseTimes } from '../build/phases.ts';

export interface BuildCost {
  seconds: number;
  /** Peak resident memory of the build process, from GNU time; null where it is not installed. */
  peakMB: number | null;
  outputMB: number;
  files: number;
  /** Wall seconds of each build phase, as the build printed them. */
  phases: Record<string, number>;
  ok: boolean;
  error?: string;
}

function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

export function measureBuild(root: string, dataDir: string, outDir: string): BuildCost {
  const gnuTime = existsSync('/usr/bin/time');
  const command = ['npx', 'tsx', 'scripts/build.ts'];
  const started = performance.now();
  const result = spawnSync(gnuTime ? '/usr/bin/time' : command[0]!, gnuTime ? ['-v', ...command] : command.slice(1), {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, OUT_DIR: outDir },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr ?? '');
  const ok = result.status === 0 && existsSync(outDir);
  const size = ok ? folderSize(outDir) : { bytes: 0, files: 0 };
  return {
    seconds,
    peakMB: peak ? Number(peak[1]) / 1024 : null,
    outputMB: size.bytes / 1024 / 1024,
    files: size.files,
    phases: phaseTimes(result.stdout ?? ''),
    ok,
    ...(ok ? {} : { error: (result.stderr ?? '').split('\n').filter((l) => /失败|Error|error/.test(l)).slice(0, 3).join(' | ') }),
  };
}
