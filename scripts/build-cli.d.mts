// Types of scripts/build-cli.mjs for the TypeScript that imports it (the tests' setup, the benchmark).
/** The built command-line tool. */
export const CLI_FILE: string;
/** Builds the command-line tool; resolves to its path. */
export function buildCli(): Promise<string>;
/** Whether `built` is missing, or any file `inputsFile` lists (relative to `base`) is newer than it or gone. */
export function isStale(base: string, built: string, inputsFile: string): boolean;
/** Whether the built file is missing, or any file it was built from is newer or gone. */
export function cliIsStale(): boolean;
/** Builds the command-line tool when it is stale; resolves to its path. */
export function ensureCli(): Promise<string>;
