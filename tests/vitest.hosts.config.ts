import { defineConfig } from 'vitest/config';

// npm run test:hosts: the deploy configs on real servers, after npm run build:subpath.
export default defineConfig({
  test: { include: ['tests/hosts/**/*.test.ts'], testTimeout: 30_000, fileParallelism: false },
});
