import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The slow tier (`npm run test:slow`, part of `npm test`): tests named *.slow.test.ts, beside the unit tests of the
// code they check, that take minutes (100,000 claims in the store) or start processes (the built command-line
// tool, which the global setup builds when a source changed). Kept out of the unit tier so that stays quick.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.slow.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    globalSetup: ['tests/setup-slow.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
