/**
 * /briefing-sw.js: the briefing's service worker (see src/lib/briefing/service-worker.ts). Its
 * build id hashes the published tables with the build time, so every build gives the worker new
 * bytes and the browser installs it, with a fresh cache, on the next online visit.
 */
import type { APIRoute } from 'astro';
import { briefingPath } from '../lib/briefing/controls.ts';
import { buildId, serviceWorkerSource } from '../lib/briefing/service-worker.ts';
import {
  latestSnapshot, readCategoryScores, readIndicatorScores, readRankings, readRewardHits, readSite, readSnapshots, readTargetProgress,
} from '../lib/site-data.ts';

function builtAt(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch ? new Date(Number(epoch) * 1000) : new Date();
}

export const GET: APIRoute = () => {
  // The tables the briefing shows.
  const tables = [readSite(), readSnapshots(), readRankings(), readCategoryScores(), readIndicatorScores(), readRewardHits(), readTargetProgress()]
    .map((table) => JSON.stringify(table));
  const latest = latestSnapshot().period;
  const pages = readSnapshots().map((s) => briefingPath(s.period, latest));
  return new Response(serviceWorkerSource({ buildId: buildId(tables, builtAt()), pages }), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
};
