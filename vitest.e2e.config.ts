import { defineConfig } from 'vitest/config';

// The real-browser suites (tests/e2e): the built extension in Chromium and Firefox, against fixture pages
// served from 127.0.0.1. One file at a time (browsers are heavy on two cores), one browser per file.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/setup/serve-fixtures.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    teardownTimeout: 30_000,
  },
});
