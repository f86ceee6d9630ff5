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
  /** HTML + CSS + JS before interaction per page type, compressed KB. */
  pages: { name: string; kb: number }[];
  /** The same build again after a monthly progress update; measured for the largest size only. */
  rebuild: BuildCost | null;
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

const PHASES = ['validate', 'data.score', 'data.tables', 'data.zip', 'pages', 'precompress'] as const;
const BUDGET_KB = 100;

/**
 * Build time against the previous size with as many periods and fewer parks: `2.05 (parks ×2)`.
 * Linear growth keeps the ratio near the parks' ratio.
 */
export function growth(scale: readonly ScaleResult[], i: number): string {
  const s = scale[i]!;
  const before = scale.slice(0, i).filter((b) => b.periods === s.periods && b.parks < s.parks && b.build.ok).at(-1);
  if (!before || !s.build.ok) return '—';
  return `${(s.build.seconds / before.build.seconds).toFixed(2)} (parks ×${+(s.parks / before.parks).toFixed(2)})`;
}

function scaleTables(scale: readonly ScaleResult[]): string[] {
  const built = scale.filter((s) => s.build.ok);
  const pageNames = [...new Set(built.flatMap((s) => s.pages.map((p) => p.name)))];
  const size = (s: ScaleResult) => `${s.parks} × ${s.periods}`;
  const rebuilds = scale.filter((s) => s.rebuild);
  return [
    '## Scale',
    '',
    '| parks × periods | build s | growth | peak MB | output MB | files | cold ms | warm median ms | warm p95 ms | what-if ms | tab MB |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...scale.map((s, i) => s.build.ok
      ? `| ${size(s)} | ${s.build.seconds.toFixed(1)} | ${growth(scale, i)} | ${s.build.peakMB?.toFixed(0) ?? '—'} | ${s.build.outputMB.toFixed(1)} | ${s.build.files} | ${ms(s.queries?.coldMs ?? NaN)} | ${ms(s.queries?.warmMedianMs ?? NaN)} | ${ms(s.queries?.warmP95Ms ?? NaN)} | ${ms(s.queries?.whatIfMs ?? NaN)} | ${s.queries?.tabMB?.toFixed(0) ?? '—'} |`
      : `| ${size(s)} | failed after ${s.build.seconds.toFixed(0)} s: ${s.build.error ?? ''} | | | | | | | | | |`),
    '',
    '### Build phases (s)',
    '',
    `| parks × periods | ${PHASES.join(' | ')} |`,
    `|---|${PHASES.map(() => '---').join('|')}|`,
    ...built.map((s) => `| ${size(s)} | ${PHASES.map((p) => s.build.phases[p]?.toFixed(1) ?? '—').join(' | ')} |`),
    ...rebuilds.map((s) => `| ${size(s)} rebuild after a monthly update: ${s.rebuild!.seconds.toFixed(1)} s | ${PHASES.map((p) => s.rebuild!.phases[p]?.toFixed(1) ?? '—').join(' | ')} |`),
    '',
    `### Page weight before interaction (KB, HTML + CSS + JS compressed; budget ${BUDGET_KB} KB)`,
    '',
    `| parks × periods | ${pageNames.join(' | ')} |`,
    `|---|${pageNames.map(() => '---').join('|')}|`,
    ...built.map((s) => `| ${size(s)} | ${pageNames.map((name) => {
      const kb = s.pages.find((p) => p.name === name)?.kb;
      return kb === undefined ? '—' : `${kb.toFixed(1)}${kb > BUDGET_KB ? ' (over)' : ''}`;
    }).join(' | ')} |`),
  ];
}

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
    ...scaleTables(r.scale),
  ];
  return lines.join('\n') + '\n';
}
