import { defineConfig } from 'vitest/config';

// Integration tests share one migrated template per run (test/support/global-setup.ts) and each
// file gets its own copy: a fresh PostgreSQL database, or a PGlite loaded from the dumped data dir.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
