/**
 * /briefing-sw.js: the briefing's service worker (see src/lib/briefing/service-worker.ts). Its
 * build id hashes the published tables, so new data give the worker new bytes and the browser
 * installs it, with a fresh cache, on the next online visit; the same data give the same bytes.
 */
import type { APIRoute } from 'astro';
import { briefingPath } from '../lib/briefing/controls.ts';
import { buildId, serviceWorkerSource } from '../lib/briefing/service-worker.ts';
import { latestSnapshot, readSite, readSnapshots, tableDigest } from '../lib/site-data.ts';

/** The tables the briefing shows. */
const SHOWN = ['snapshots', 'rankings', 'category_scores', 'indicator_scores', 'reward_hits', 'target_progress'];

export const GET: APIRoute = () => {
  const tables = [JSON.stringify(readSite()), ...SHOWN.map(tableDigest)];
  const latest = latestSnapshot().period;
  const pages = readSnapshots().map((s) => briefingPath(s.period, latest));
  return new Response(serviceWorkerSource({ buildId: buildId(tables), pages }), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
