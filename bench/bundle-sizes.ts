/**
 * Sizes of the built extension's parts, read from the manifest: each entry file plus every file it pulls in
 * (scripts and styles named in the popup's HTML, relative imports inside scripts), minified as built and
 * gzipped (level 9).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  part: string;
  files: string[];
  bytes: number;
  gzipBytes: number;
}

/** Relative files a built HTML or JS file loads (src/href in HTML; static and dynamic imports in JS). */
export function referencedFiles(file: string, content: string): string[] {
  const refs = file.endsWith('.html')
    ? [...content.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)].map((m) => m[1])
    : [...content.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)].map((m) => m[1]);
  return refs.filter((ref) => !/^[a-z]+:/i.test(ref));
}

/** The file and everything it loads, transitively, as paths relative to the output folder. */
function closure(root: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(join(root, file))) return;
    seen.add(file);
    const content = readFileSync(join(root, file), 'utf8');
    for (const ref of referencedFiles(file, content)) {
      visit(ref.startsWith('/') ? normalize(ref.slice(1)) : relative(root, join(root, dirname(file), ref)));
    }
  };
  visit(entry);
  return [...seen];
}

function measure(root: string, part: string, entries: readonly string[]): BundleSize {
  const files = [...new Set(entries.flatMap((entry) => closure(root, entry)))].sort();
  let bytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const content = readFileSync(join(root, file));
    bytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { part, files, bytes, gzipBytes };
}

/**
 * Web-accessible scripts: the content script's parts, which page-gate.js loads with import() on the pages that
 * need them (content/parts.ts). Each is measured on its own.
 */
function webAccessibleScripts(manifest: {
  web_accessible_resources?: (string | { resources?: string[] })[];
}): string[] {
  const resources = (manifest.web_accessible_resources ?? []).flatMap((entry) =>
    typeof entry === 'string' ? [entry] : (entry.resources ?? []),
  );
  return resources.filter((file) => file.endsWith('.js')).map((file) => file.replace(/^\//, ''));
}

/**
 * Content script, background and popup sizes of a built MV3 (or MV2) extension folder, then one entry per
 * content-script part ("content script part: page-ui.js").
 */
export function bundleSizes(root: string): BundleSize[] {
  const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
  const background = [manifest.background?.service_worker, ...(manifest.background?.scripts ?? [])].filter(Boolean);
  const content = (manifest.content_scripts ?? []).flatMap((script: { js?: string[]; css?: string[] }) => [
    ...(script.js ?? []),
    ...(script.css ?? []),
  ]);
  const popup = [manifest.action?.default_popup ?? manifest.browser_action?.default_popup].filter(Boolean);
  return [
    measure(root, 'content script', content),
    measure(root, 'background', background),
    measure(root, 'popup', popup),
    ...webAccessibleScripts(manifest).map((file) => measure(root, `content script part: ${file}`, [file])),
  ];
}
