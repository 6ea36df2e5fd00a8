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
    // Sized for a slow, busy 2-core CI machine: page loads may take up to 60 s there, and tests wait for what
    // they need (polling) rather than for fixed times.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
