import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The unit tier: in-process tests of the code, quick enough to run before every commit. Tests that take minutes or
// start processes are named *.slow.test.ts and run in the slow tier (vitest.slow.config.ts); the real-browser
// suites in vitest.e2e.config.ts. `npm test` runs all three.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'tests/**/*.slow.test.{ts,tsx}', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
