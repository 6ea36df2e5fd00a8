#!/usr/bin/env node
// `npm run cli -- ARGS`: runs the built command-line tool, rebuilding it first when a source changed since the
// last build (scripts/build-cli.mjs), so the command never runs stale code and never waits for a TypeScript
// compiler when nothing changed.
import { pathToFileURL } from 'node:url';
import { ensureCli } from './build-cli.mjs';

// The built file reads process.argv itself, as it does when run as the `claimlens` bin.
await import(pathToFileURL(await ensureCli()).href);
