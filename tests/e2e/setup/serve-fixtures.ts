/**
 * Vitest global setup for the browser suites: serves the fixture pages from 127.0.0.1 for the whole run and
 * hands the origin to the suites (`inject('fixtureOrigin')`).
 */
import type { TestProject } from 'vitest/node';
import { startFixtureServer } from '../support/fixture-server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** e.g. http://127.0.0.1:41234 */
    fixtureOrigin: string;
  }
}

export default async function serveFixtures(project: TestProject) {
  const server = await startFixtureServer();
  project.provide('fixtureOrigin', server.origin);
  return () => server.close();
}
