/** The bench results as Markdown tables, for the terminal, the README and closing notes. */
import type { BuildCost } from './build-cost.ts';
import type { LighthouseScores } from './lighthouse-scores.ts';
import type { QueryTimes } from './live-timing.ts';
import type { Transfer } from './transfer.ts';

export interface PageResult {
  name: string;
  path: string;
  mobile: LighthouseScores | null;
  desktop: LighthouseScores | null;
  transfer: Transfer;
}

export interface ScaleResult {
  parks: number;
  periods: number;
  build: BuildCost;
  queries: QueryTimes | null;
}

export interface BenchResults {
  date: string;
  machine: string;
  site: BuildCost;
  pages: PageResult[];
  rankingQueries: QueryTimes;
  scale: ScaleResult[];
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => (Number.isFinite(value) ? Math.round(value).toString() : '—');
const scores = (s: LighthouseScores | null) =>
  s ? `${s.performance} / ${s.accessibility} / ${s.bestPractices} / ${s.seo}` : '—';
const vitals = (s: LighthouseScores | null) => (s ? `${ms(s.lcpMs)} / ${ms(s.tbtMs)} / ${s.cls.toFixed(3)}` : '—');

export function markdownReport(r: BenchResults): string {
  const lines = [
    `# Bench ${r.date} (${r.machine})`,
    '',
    `Sample site build: ${r.site.seconds.toFixed(1)} s, peak ${r.site.peakMB?.toFixed(0) ?? '—'} MB, output ${r.site.outputMB.toFixed(1)} MB in ${r.site.files} files.`,
    '',
    '## Lighthouse (performance / accessibility / best practices / SEO) and LCP ms / TBT ms / CLS',
    '',
    '| page | mobile scores | mobile LCP / TBT / CLS | desktop scores | desktop LCP / TBT / CLS |',
    '|---|---|---|---|---|',
    ...r.pages.map((p) => `| ${p.name} \`${p.path}\` | ${scores(p.mobile)} | ${vitals(p.mobile)} | ${scores(p.desktop)} | ${vitals(p.desktop)} |`),
    '',
    '## Bytes transferred before idle (KB, compressed on the wire)',
    '',
    '| page | total | HTML | CSS | JS | data | other | largest files |',
    '|---|---|---|---|---|---|---|---|',
    ...r.pages.map((p) => {
      const t = p.transfer;
      const largest = t.largest.map((f) => `${f.url} ${kb(f.bytes)}`).join('; ');
      return `| ${p.name} | ${kb(t.total)} | ${kb(t.byKind.html)} | ${kb(t.byKind.css)} | ${kb(t.byKind.js)} | ${kb(t.byKind.data)} | ${kb(t.byKind.other)} | ${largest} |`;
    }),
    '',
    '## DuckDB-WASM on the ranking page (ms)',
    '',
    '| cold: first interaction → updated table | warm median (20 queries) | warm p95 |',
    '|---|---|---|',
    `| ${ms(r.rankingQueries.coldMs)} | ${ms(r.rankingQueries.warmMedianMs)} | ${ms(r.rankingQueries.warmP95Ms)} |`,
    '',
    '## Scale',
    '',
    '| parks × periods | build s | peak MB | output MB | files | cold ms | warm median ms | warm p95 ms |',
    '|---|---|---|---|---|---|---|---|',
    ...r.scale.map((s) => s.build.ok
      ? `| ${s.parks} × ${s.periods} | ${s.build.seconds.toFixed(1)} | ${s.build.peakMB?.toFixed(0) ?? '—'} | ${s.build.outputMB.toFixed(1)} | ${s.build.files} | ${ms(s.queries?.coldMs ?? NaN)} | ${ms(s.queries?.warmMedianMs ?? NaN)} | ${ms(s.queries?.warmP95Ms ?? NaN)} |`
      : `| ${s.parks} × ${s.periods} | failed after ${s.build.seconds.toFixed(0)} s: ${s.build.error ?? ''} | | | | | | |`),
  ];
  return lines.join('\n') + '\n';
}
