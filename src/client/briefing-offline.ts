/**
 * Offline use: registers the briefing's service worker (/briefing-sw.js, for /briefing/ only) and
 * tells it which files this page loaded, so that after one online visit the briefing reloads and
 * runs with the network off. The page reports again whenever a new worker (a new build) takes over.
 */
import { CACHED_MESSAGE, CACHE_MESSAGE } from '../lib/briefing/worker-messages.ts';
import { sitePath } from '../lib/site-path.ts';

const offlineMark = document.querySelector<HTMLElement>('#deck-offline')!;

function reportLoaded(): void {
  const urls = performance.getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((url) => new URL(url).origin === location.origin);
  navigator.serviceWorker.controller?.postMessage({ type: CACHE_MESSAGE, urls });
}

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
    if (event.data?.type !== CACHED_MESSAGE) return;
    offlineMark.hidden = false;
    document.documentElement.dataset.offline = 'ready';
  });
  navigator.serviceWorker.addEventListener('controllerchange', reportLoaded);
  navigator.serviceWorker.register(sitePath('briefing-sw.js'), { scope: sitePath('briefing/') })
    .then(() => {
      if (navigator.serviceWorker.controller) reportLoaded();
    })
    .catch(() => {
      // No worker (an old browser, or a plain-HTTP host): the briefing still runs, online only.
    });
}
