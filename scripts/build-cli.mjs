#!/usr/bin/env node
// Builds the command-line tool (cli/main.ts and everything it imports) into one JavaScript file,
// dist/cli/claimlens.mjs, the `claimlens` bin of package.json. Running the built file skips compiling TypeScript
// on every start (tsx), which took most of a one-page check's time.
//
// `node scripts/build-cli.mjs` builds; `ensureCli()` builds only when the file is missing or older than one of the
// files it was built from (the list esbuild reports, kept beside it), so `npm run cli` is always current and
// costs a few milliseconds of `stat` when nothing changed.
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_FILE = join(root, 'dist', 'cli', 'claimlens.mjs');
/** The files the build read (project-relative), so a later run can tell whether it is stale. */
const INPUTS_FILE = join(root, 'dist', 'cli', 'inputs.json');
/** Besides the bundled modules, these change what the build writes. */
const BUILD_INPUTS = ['scripts/build-cli.mjs', 'tsconfig.json', 'package-lock.json'];

/**
 * JSON files imported by the code (the lexicon is 2.2 MB) go into the bundle as `JSON.parse('…')` rather than as
 * object literals: V8 reads a JSON string faster than it parses the same data as JavaScript, and the tool pays
 * that on every start. Only default imports of JSON exist in the sources, so nothing else is needed.
 */
const jsonAsString = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      return {
        contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`,
        loader: 'js',
      };
    });
  },
};

/**
 * Builds dist/cli/claimlens.mjs. Dependencies are bundled too: one file loads faster than hundreds of modules
 * resolved one by one. The tagger's tables are not: lib/nlp/tagger-data-node.ts reads them from
 * wink-eng-lite-web-model at run time, found from the built file's own location (import.meta.url).
 */
export async function buildCli() {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    metafile: true,
    write: false,
    logLevel: 'warning',
    plugins: [jsonAsString],
    // Bundled CommonJS packages call require() (linkedom's optional canvas); an ES module has none of its own.
    banner: {
      js: "#!/usr/bin/env node\nimport { createRequire as createRequireForBundle } from 'node:module';\nconst require = createRequireForBundle(import.meta.url);",
    },
    outfile: CLI_FILE,
  });
  mkdirSync(dirname(CLI_FILE), { recursive: true });
  // Written beside and renamed into place: a second process that starts meanwhile runs a whole file, old or new.
  const [output] = result.outputFiles;
  const temporary = `${CLI_FILE}.${process.pid}.tmp`;
  writeFileSync(temporary, output.contents, { mode: 0o755 });
  renameSync(temporary, CLI_FILE);
  const inputs = [...Object.keys(result.metafile.inputs), ...BUILD_INPUTS].map((input) =>
    relative(root, resolve(root, input)),
  );
  writeFileSync(`${INPUTS_FILE}.${process.pid}.tmp`, `${JSON.stringify(inputs)}\n`);
  renameSync(`${INPUTS_FILE}.${process.pid}.tmp`, INPUTS_FILE);
  return CLI_FILE;
}

/**
 * Whether `built` is missing, or any file its `inputsFile` lists (paths relative to `base`) is newer than it or
 * gone. A file moved or deleted since the build counts as a change: something that imported it changed too.
 */
export function isStale(base, built, inputsFile) {
  if (!existsSync(built) || !existsSync(inputsFile)) return true;
  const builtAt = statSync(built).mtimeMs;
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  return inputs.some((input) => {
    const path = join(base, input);
    return !existsSync(path) || statSync(path).mtimeMs > builtAt;
  });
}

/** Whether the built CLI is missing, or any file it was built from is newer or gone. */
export function cliIsStale() {
  return isStale(root, CLI_FILE, INPUTS_FILE);
}

/** Builds the CLI when it is stale; returns the built file's path. */
export async function ensureCli() {
  return cliIsStale() ? buildCli() : CLI_FILE;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  await buildCli();
  console.log(`built ${relative(root, CLI_FILE)} in ${Math.round(performance.now() - started)} ms`);
}
