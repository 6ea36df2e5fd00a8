#!/usr/bin/env node
// The README's "main job" (`npm run demo`): builds the extension when needed, opens it in Chromium on the
// bundled sample article (data/demo/sample-article.html, served from 127.0.0.1), waits for the badges, opens
// the popover of the first conflicting one, and leaves artifacts/demo.png and artifacts/demo-annotations.json.
// With a display the browser window stays open until you close it; without one it runs headless and exits.
//
// usage: npm run demo [-- --headless] [-- --build]
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUILD = resolve('.output/chrome-mv3');
const SAMPLE = resolve('data/demo/sample-article.html');
const ARTIFACTS = resolve('artifacts');
const SOURCES = ['entrypoints', 'lib', 'components', 'public', 'wxt.config.ts', 'package.json'];

/** Newest modification time under `path` (a file or a folder), 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds .output/chrome-mv3 when it is missing, older than the sources, or --build is given. */
function buildIfNeeded() {
  const manifest = join(BUILD, 'manifest.json');
  const stale = !existsSync(manifest) || SOURCES.some((source) => newest(source) > statSync(manifest).mtimeMs);
  if (!stale && !process.argv.includes('--build')) return;
  console.log('Building the extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('the build failed (see above)');
}

/** Serves the sample article on 127.0.0.1 (content scripts do not run on file:// pages). */
async function serveSample() {
  const html = readFileSync(SAMPLE);
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url === '/sample-article.html') {
      response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${server.address().port}/sample-article.html`, close: () => server.close() };
}

/** Badges on the page through the content script's DOM contract (hosts may sit in open shadow roots). */
function readBadges() {
  const found = [];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.hasAttribute('data-claimlens-badge')) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(document);
  return found.map((host) => ({
    status: host.getAttribute('data-status'),
    sentence: host.getAttribute('data-claim-text'),
    label: (host.shadowRoot?.querySelector('button')?.getAttribute('aria-label') ?? host.textContent ?? '').trim(),
  }));
}

/** Waits until the badges stop changing (at most 20 s). */
async function settledBadges(page) {
  const started = Date.now();
  let last = '';
  let changedAt = started;
  for (;;) {
    const badges = await page.evaluate(readBadges);
    const now = Date.now();
    const signature = JSON.stringify(badges);
    if (signature !== last) {
      last = signature;
      changedAt = now;
    }
    if ((badges.length > 0 && now - changedAt > 1000) || now - started > 20_000) return badges;
    await new Promise((done) => setTimeout(done, 200));
  }
}

/** The background's record of the tab (annotations with their matches), or null when it cannot be had. */
async function pageSummary(context, worker, extensionId) {
  try {
    const [tab] = await worker.evaluate(() => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    const helper = await context.newPage();
    await helper.goto(`chrome-extension://${extensionId}/popup.html`);
    const reply = await helper.evaluate(
      (tabId) => chrome.runtime.sendMessage({ id: 1, type: 'pageSummary', data: { tabId }, timestamp: Date.now() }),
      tab.id,
    );
    await helper.close();
    return reply?.res ?? null;
  } catch {
    return null;
  }
}

async function main() {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM} (apt-get install chromium)`);
  buildIfNeeded();
  const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const sample = await serveSample();
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${BUILD}`,
      `--load-extension=${BUILD}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
    const extensionId = new URL(worker.url()).host;
    console.log(
      `ClaimLens loaded (extension id ${extensionId}); opening ${sample.url} ${headless ? '(headless)' : ''}`,
    );
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(sample.url);
    const badges = await settledBadges(page);
    console.log(`${badges.length} badges:`);
    for (const badge of badges) console.log(`  ${badge.status.padEnd(12)} ${badge.sentence}`);

    const summary = await pageSummary(context, worker, extensionId);
    await page.bringToFront();
    const conflicting = badges.findIndex((badge) => badge.status === 'conflicting');
    if (conflicting >= 0) {
      await page.locator('[data-claimlens-badge]').nth(conflicting).click();
      await page.waitForTimeout(500);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'demo.png'), fullPage: true });
    const annotations = {
      page: sample.url.replace(/:\d+\//, '/'),
      takenAt: new Date().toISOString(),
      badges,
      annotations: summary?.annotations ?? null,
    };
    writeFileSync(join(ARTIFACTS, 'demo-annotations.json'), `${JSON.stringify(annotations, null, 2)}\n`);
    console.log('Wrote artifacts/demo.png and artifacts/demo-annotations.json');
    if (badges.length === 0) process.exitCode = 1;
    if (!headless) {
      console.log('The browser stays open: click a badge to compare it with its sources; close the window to end.');
      await new Promise((done) => context.on('close', done));
    }
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    sample.close();
  }
}

main().catch((error) => {
  console.error(`demo: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
