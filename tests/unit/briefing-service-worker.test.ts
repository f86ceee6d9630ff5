/** The briefing's service worker, run against an in-memory Cache Storage and a network that can go down. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildId, serviceWorkerSource } from '../../src/lib/briefing/service-worker.ts';
import { CACHED_MESSAGE, CACHE_MESSAGE } from '../../src/lib/briefing/worker-messages.ts';

const ORIGIN = 'https://parks.example.org';
const PAGES = ['/briefing/2024/', '/briefing/'];

type Listener = (event: Record<string, unknown>) => void;

/** One worker of one build, sharing `stores` (the browser's Cache Storage) with the others. */
function startWorker(build: string, stores: Map<string, Map<string, Response>>, network: Network) {
  const listeners = new Map<string, Listener>();
  const keyOf = (request: Request | string) => new URL(typeof request === 'string' ? request : request.url, ORIGIN).href;
  const cache = (name: string) => {
    const store = stores.get(name) ?? new Map<string, Response>();
    stores.set(name, store);
    return {
      match: async (request: Request | string) => store.get(keyOf(request))?.clone(),
      put: async (request: Request | string, response: Response) => void store.set(keyOf(request), response),
      add: async (url: string) => {
        const response = await network.fetch(url);
        if (!response.ok) throw new TypeError(`${url}: ${response.status}`);
        store.set(keyOf(url), response);
      },
    };
  };
  const caches = {
    open: async (name: string) => cache(name),
    keys: async () => [...stores.keys()],
    delete: async (name: string) => stores.delete(name),
  };
  const self = {
    addEventListener: (type: string, listener: Listener) => listeners.set(type, listener),
    skipWaiting: async () => undefined,
    clients: { claim: async () => undefined },
    location: new URL('/briefing-sw.js', ORIGIN),
  };
  new Function('self', 'caches', 'fetch', serviceWorkerSource({ buildId: build, pages: PAGES }))(self, caches, network.fetch);

  const extendable = async (type: string, fields: Record<string, unknown> = {}) => {
    const waits: Promise<unknown>[] = [];
    listeners.get(type)!({ ...fields, waitUntil: (p: Promise<unknown>) => waits.push(p) });
    await Promise.all(waits);
  };
  return {
    install: () => extendable('install'),
    activate: () => extendable('activate'),
    post: (data: unknown, source: { postMessage: (m: unknown) => void }) => extendable('message', { data, source }),
    /** What the page gets for `path`; undefined when the worker leaves the request to the browser. */
    get: async (path: string): Promise<Response | undefined> => {
      let answer: Promise<Response> | undefined;
      listeners.get('fetch')!({ request: new Request(new URL(path, ORIGIN)), respondWith: (p: Promise<Response>) => { answer = p; } });
      return answer;
    },
  };
}

class Network {
  online = true;
  hang = false;
  files = new Map<string, string>();
  requests: string[] = [];
  fetch = async (input: Request | string): Promise<Response> => {
    const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN);
    this.requests.push(url.pathname + url.search);
    if (this.hang) return new Promise(() => undefined);
    if (!this.online) throw new TypeError('Failed to fetch');
    const body = this.files.get(url.pathname);
    return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
  };
}

function site(version: string): Network {
  const network = new Network();
  for (const page of PAGES) network.files.set(page, `${page} ${version}`);
  network.files.set(`/_astro/runner.${version}.js`, `runner ${version}`);
  return network;
}

const text = (response: Response | undefined) => response!.text();

afterEach(() => {
  vi.useRealTimers();
});

describe('build id', () => {
  it('changes with the data and only with the data, so a rebuild gives the same worker', () => {
    const id = buildId(['rankings v1']);
    expect(id).toMatch(/^[0-9a-f]{16}$/);
    expect(buildId(['rankings v1'])).toBe(id);
    expect(buildId(['rankings v2'])).not.toBe(id);
    expect(buildId(['a', 'bc'])).not.toBe(buildId(['ab', 'c']));
  });

  it('is written into the worker, so a new build gives the browser new bytes', () => {
    const source = serviceWorkerSource({ buildId: 'abc123', pages: PAGES });
    expect(source).toContain('"briefing-abc123"');
    expect(serviceWorkerSource({ buildId: 'def456', pages: PAGES })).not.toBe(source);
  });
});

describe('offline briefing', () => {
  it('precaches every period’s page and, once told, the files the page loaded; then works offline', async () => {
    const stores = new Map<string, Map<string, Response>>();
    const network = site('v1');
    const worker = startWorker('v1', stores, network);
    await worker.install();
    await worker.activate();
    const replies: unknown[] = [];
    await worker.post({ type: CACHE_MESSAGE, urls: [`${ORIGIN}/_astro/runner.v1.js`, 'https://cdn.example.com/x.js'] }, { postMessage: (m) => replies.push(m) });
    expect(replies).toEqual([{ type: CACHED_MESSAGE, build: 'v1' }]);
    expect([...stores.get('briefing-v1')!.keys()].sort()).toEqual([`${ORIGIN}/_astro/runner.v1.js`, `${ORIGIN}/briefing/`, `${ORIGIN}/briefing/2024/`]);

    network.online = false;
    expect(await text(await worker.get('/briefing/?slides=title&interval=5'))).toBe('/briefing/ v1');
    expect(await text(await worker.get('/briefing/2024/'))).toBe('/briefing/2024/ v1');
    expect(await text(await worker.get('/_astro/runner.v1.js'))).toBe('runner v1');
  });

  it('serves pages from the network when it answers, and hashed assets from the cache without asking it', async () => {
    const stores = new Map<string, Map<string, Response>>();
    const network = site('v1');
    const worker = startWorker('v1', stores, network);
    await worker.install();
    network.files.set('/briefing/', '/briefing/ fresher');
    expect(await text(await worker.get('/briefing/'))).toBe('/briefing/ fresher');
    expect(await text(await worker.get('/_astro/runner.v1.js'))).toBe('runner v1');
    network.requests = [];
    expect(await text(await worker.get('/_astro/runner.v1.js'))).toBe('runner v1');
    expect(network.requests).toEqual([]);
  });

  it('falls back to the cached page when the network hangs', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    const network = site('v1');
    const worker = startWorker('v1', new Map(), network);
    await worker.install();
    network.hang = true;
    const answer = worker.get('/briefing/');
    await vi.advanceTimersByTimeAsync(4000);
    expect(await text(await answer)).toBe('/briefing/ v1');
  });

  it('leaves other sites’ requests to the browser', async () => {
    const worker = startWorker('v1', new Map(), site('v1'));
    expect(await worker.get('https://cdn.example.com/x.js')).toBeUndefined();
  });

  it('replaces the old build’s cache when a new build’s worker activates', async () => {
    const stores = new Map<string, Map<string, Response>>([['other-app', new Map()]]);
    const old = startWorker('v1', stores, site('v1'));
    await old.install();
    await old.activate();
    const network = site('v2');
    const next = startWorker('v2', stores, network);
    await next.install();
    await next.activate();
    expect([...stores.keys()].sort()).toEqual(['briefing-v2', 'other-app']);
    network.online = false;
    expect(await text(await next.get('/briefing/'))).toBe('/briefing/ v2');
  });
});
