/**
 * The Content-Security-Policy every page carries (as a meta tag: a static host sets no headers).
 * Everything comes from this site; nothing inline; WebAssembly only where DuckDB-WASM runs.
 */
export function contentSecurityPolicy({ wasm }: { wasm: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self'${wasm ? " 'wasm-unsafe-eval'" : ''}`,
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
