/**
 * A `beforeAll` whose failure fails every test of its block. Vitest reports the tests of a block whose
 * beforeAll threw as skipped; a browser that cannot start must be a failure, never a skip.
 */
import { beforeAll, beforeEach } from 'vitest';

/** Runs `setup` once before the block's tests; if it throws, each test fails with its error. */
export function setupOrFail(setup: () => Promise<void>): void {
  let failure: unknown = null;
  beforeAll(async () => {
    try {
      await setup();
    } catch (error) {
      failure = error;
    }
  });
  beforeEach(() => {
    if (failure) throw failure;
  });
}
