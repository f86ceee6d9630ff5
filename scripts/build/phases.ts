/**
 * The build's phases, their wall time and the process's peak memory so far, printed as it goes so
 * that a slow or large step names itself (the bench reads these lines).
 */
export const PHASE_LINE = /^阶段 \/ phase (\S+): ([\d.]+) s(?:, 峰值内存 \/ peak (\d+) MB)?$/;

export async function timed<T>(phase: string, step: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await step();
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  console.log(`阶段 / phase ${phase}: ${((performance.now() - started) / 1000).toFixed(1)} s, 峰值内存 / peak ${peakMB} MB`);
  return result;
}

/** The phase times in a build's output, in order. */
export function phaseTimes(output: string): Record<string, number> {
  const phases: Record<string, number> = {};
  for (const line of output.split('\n')) {
    const match = PHASE_LINE.exec(line.trim());
    if (match) phases[match[1]!] = Number(match[2]);
  }
  return phases;
}
