/**
 * Serves a built site the way a static host does: files as they are, directory index.html,
 * 404.html for what is missing, correct MIME types (.wasm as application/wasm), the build's
 * precompressed .br/.gz copies where the browser takes them (as nginx's brotli_static/gzip_static
 * do), else gzip for text; under a sub-path (`base`, e.g. /yqpj/) when the site was built for one.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.zip': 'application/zip',
  '.webmanifest': 'application/manifest+json',
};

const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|wasm|manifest)|image\/svg)/;

const isDirectory = (path: string) => existsSync(path) && statSync(path).isDirectory();
const isFile = (path: string) => existsSync(path) && statSync(path).isFile();

type Resolved = { redirect: string } | { file: string; status: 200 | 404 } | null;

function resolveRequest(root: string, base: string, url: URL): Resolved {
  // The base without its trailing slash is the site's front page asked for without one.
  if (`${url.pathname}/` === base) return { redirect: `${base}${url.search}` };
  if (!url.pathname.startsWith(base)) return notFoundPage(root);
  const target = normalize(join(root, decodeURIComponent(url.pathname.slice(base.length - 1))));
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (isDirectory(target)) {
    // A directory asked for without its trailing slash is redirected, as static hosts do.
    if (!url.pathname.endsWith('/')) return { redirect: `${url.pathname}/${url.search}` };
    const index = join(target, 'index.html');
    if (isFile(index)) return { file: index, status: 200 };
  } else if (isFile(target)) {
    return { file: target, status: 200 };
  }
  return notFoundPage(root);
}

function notFoundPage(root: string): Resolved {
  const notFound = join(root, '404.html');
  return isFile(notFound) ? { file: notFound, status: 404 } : null;
}

/** The build's precompressed copy of `file` that the request accepts, brotli first. */
function precompressed(file: string, accepted: string): { path: string; encoding: 'br' | 'gzip' } | null {
  if (/\bbr\b/.test(accepted) && isFile(`${file}.br`)) return { path: `${file}.br`, encoding: 'br' };
  if (/\bgzip\b/.test(accepted) && isFile(`${file}.gz`)) return { path: `${file}.gz`, encoding: 'gzip' };
  return null;
}

export function createStaticServer(dir: string, base = '/'): Server {
  const root = resolve(dir);
  return createServer((request, response) => {
    const resolved = resolveRequest(root, base, new URL(request.url ?? '/', 'http://localhost'));
    if (!resolved) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('404 Not Found');
      return;
    }
    if ('redirect' in resolved) {
      response.writeHead(301, { Location: resolved.redirect });
      response.end();
      return;
    }
    const type = MIME[extname(resolved.file)] ?? 'application/octet-stream';
    const accepted = String(request.headers['accept-encoding'] ?? '');
    const ready = resolved.status === 200 ? precompressed(resolved.file, accepted) : null;
    const gzip = !ready && COMPRESSIBLE.test(type) && /\bgzip\b/.test(accepted);
    const sent = ready?.path ?? resolved.file;
    response.writeHead(resolved.status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(ready ? { 'Content-Encoding': ready.encoding } : {}),
      ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': String(statSync(sent).size) }),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(sent);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
}
