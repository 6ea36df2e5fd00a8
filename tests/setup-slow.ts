// The slow tier's global setup: the CLI process tests run the built tool, so it is built first when it is missing
// or older than its sources (scripts/build-cli.mjs), as `npm run cli` does.
import { ensureCli } from '../scripts/build-cli.mjs';

export default async function setup(): Promise<void> {
  await ensureCli();
}
