/**
 * Serves a built site the way a static host does: files as they are, directory index.html,
 * 404.html for what is missing, correct MIME types (.wasm as application/wasm) and gzip for text.
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

function resolveRequest(root: string, url: URL): Resolved {
  const target = normalize(join(root, decodeURIComponent(url.pathname)));
  if (target !== root && !target.startsWith(root + sep)) return null;
  if (isDirectory(target)) {
    // A directory asked for without its trailing slash is redirected, as static hosts do.
    if (!url.pathname.endsWith('/')) return { redirect: `${url.pathname}/${url.search}` };
    const index = join(target, 'index.html');
    if (isFile(index)) return { file: index, status: 200 };
  } else if (isFile(target)) {
    return { file: target, status: 200 };
  }
  const notFound = join(root, '404.html');
  return isFile(notFound) ? { file: notFound, status: 404 } : null;
}

export function createStaticServer(dir: string): Server {
  const root = resolve(dir);
  return createServer((request, response) => {
    const resolved = resolveRequest(root, new URL(request.url ?? '/', 'http://localhost'));
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
    const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(resolved.status, {
      'Content-Type': type,
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : { 'Content-Length': String(statSync(resolved.file).size) }),
    });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    const stream = createReadStream(resolved.file);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  });
}
