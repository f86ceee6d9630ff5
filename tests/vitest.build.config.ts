import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

/** Tests of a built site (npm run build first): they build again and compare. */
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['tests/build/**/*.test.ts'],
    testTimeout: 600_000,
  },
});
