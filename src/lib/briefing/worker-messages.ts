/** The messages a briefing page and its service worker exchange (shared by both, and free of Node imports). */

/** Page → worker: `{ type, urls }`, the same-origin files the page loaded, to keep for offline use. */
export const CACHE_MESSAGE = 'briefing-cache';
/** Worker → page: `{ type, build }`, once those files are in the cache. */
export const CACHED_MESSAGE = 'briefing-cached';
