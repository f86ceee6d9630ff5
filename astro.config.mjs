// @ts-check
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: process.env.SITE_URL || undefined,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  vite: {
    optimizeDeps: { exclude: ['@duckdb/duckdb-wasm'] },
    // Nothing inlined: every script and style is a file of this site, so a strict CSP needs no 'unsafe-inline'.
    build: { assetsInlineLimit: 0 },
  },
});
