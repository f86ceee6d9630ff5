/**
 * The briefing's service worker, written out at build time by src/pages/briefing-sw.js.ts. It
 * precaches every period's briefing page, caches what a briefing page reports it loaded, serves
 * pages network-first (falling back to the cache offline or after NETWORK_WAIT_MS on a poor
 * network) and hashed /_astro/ assets cache-first. Each build has its own cache, named by the
 * build id; activating a new worker deletes the older caches.
 */
import { createHash } from 'node:crypto';
import { sitePath } from '../site-path.ts';
import { CACHED_MESSAGE, CACHE_MESSAGE } from './worker-messages.ts';

export interface WorkerConfig {
  buildId: string;
  /** The briefing pages to precache, e.g. /briefing/ and /briefing/2024/. */
  pages: readonly string[];
  /** Where the hashed assets are: /_astro/, under the site's base path. */
  assets?: string;
}

const CACHE_PREFIX = 'briefing-';

const NETWORK_WAIT_MS = 4000;

/** A short id that changes with the data, so new data change the worker's bytes. */
export function buildId(data: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of data) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

export function serviceWorkerSource({ buildId: id, pages, assets = sitePath('_astro/') }: WorkerConfig): string {
  return `// Park Scorecard briefing: offline cache (build ${id})
const CACHE = ${JSON.stringify(CACHE_PREFIX + id)};
const PAGES = ${JSON.stringify(pages)};

self.addEventListener('install', (event) => {
  // One page failing to download must not stop the others from working offline.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(PAGES.map((page) => cache.add(page).catch(() => undefined))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key.startsWith(${JSON.stringify(CACHE_PREFIX)}) && key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (!event.data || event.data.type !== ${JSON.stringify(CACHE_MESSAGE)}) return;
  const urls = event.data.urls.filter((url) => new URL(url, self.location.href).origin === self.location.origin);
  event.waitUntil(caches.open(CACHE)
    .then((cache) => Promise.all(urls.map((url) => cache.match(url).then((hit) => hit || cache.add(url)).catch(() => undefined))))
    .then(() => event.source && event.source.postMessage({ type: ${JSON.stringify(CACHED_MESSAGE)}, build: ${JSON.stringify(id)} })));
});

async function cacheFirst(request) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  const network = fetch(request).then((response) => {
    if (response.ok) return cache.put(key, response.clone()).then(() => response);
    return response;
  });
  const cached = await cache.match(key);
  if (!cached) return network;
  const slow = new Promise((resolve) => setTimeout(() => resolve(cached), ${NETWORK_WAIT_MS}));
  return Promise.race([network.catch(() => cached), slow]);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Pages are cached without their query (?slides=, ?interval=, …): the page reads it itself.
  if (url.pathname.startsWith(${JSON.stringify(assets)})) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(request, url.origin + url.pathname));
});
`;
}
