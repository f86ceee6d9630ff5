import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/unit/**/*.test.ts'],
    testTimeout: 60_000,
    // Instantiating DuckDB-WASM under Node takes seconds on a busy 2-core machine.
    hookTimeout: 60_000,
  },
});
