#!/usr/bin/env node
// The browser suites on a busy machine (`npm run test:browser:loaded`, after `npm run build:all`): as many
// CPU-bound workers as the machine has cores spin beside the suites for their whole run, as another heavy job
// would on a shared CI machine. The suites' waits are sized for that; this is how to check it.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const busy = `const end = Date.now() + ${30 * 60 * 1000}; let x = 0; while (Date.now() < end) x = (x * 31 + 7) % 1000003;`;
const workers = Array.from({ length: availableParallelism() }, () => new Worker(busy, { eval: true }));
console.log(`${workers.length} CPU-bound workers beside the browser suites`);
const started = Date.now();
const result = spawnSync('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], { stdio: 'inherit' });
await Promise.all(workers.map((worker) => worker.terminate()));
console.log(`browser suites under load: exit ${result.status} after ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(result.status ?? 1);
