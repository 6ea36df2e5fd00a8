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

/**
 * Runs in an extension page: the badges of the tab showing `url`, as the background knows them (each tab's page
 * summary; the content script reports which annotations carry a badge). The page's DOM tells nothing.
 */
async function badgesFromExtensionPage(url) {
  const tabs = await chrome.tabs.query({});
  for (const tab of tabs) {
    const reply = await chrome.runtime.sendMessage({
      id: tab.id,
      type: 'pageSummary',
      data: { tabId: tab.id },
      timestamp: Date.now(),
    });
    const summary = reply?.res;
    if (summary?.url !== url) continue;
    return {
      annotations: summary.annotations,
      badges: (summary.badged ?? []).map((index) => ({
        status: summary.annotations[index].status,
        sentence: summary.annotations[index].text,
      })),
    };
  }
  return { annotations: null, badges: [] };
}

/** Runs in the page: the badge host right after the sentence `text` (its block's text before the host holds it). */
function hostAfter(text) {
  const tail = text.replace(/\s+/g, ' ').trim().slice(-60);
  for (const host of document.querySelectorAll('claimlens-badge')) {
    const range = document.createRange();
    range.setStart(host.parentElement, 0);
    range.setEndBefore(host);
    if (range.toString().replace(/\s+/g, ' ').includes(tail)) return host;
  }
  return null;
}

/** Waits until the badges stop changing (at most 20 s); the background's annotations come with them. */
async function settledBadges(helper, url) {
  const started = Date.now();
  let last = '';
  let changedAt = started;
  for (;;) {
    const found = await helper.evaluate(badgesFromExtensionPage, url);
    const now = Date.now();
    const signature = JSON.stringify(found.badges);
    if (signature !== last) {
      last = signature;
      changedAt = now;
    }
    if ((found.badges.length > 0 && now - changedAt > 1000) || now - started > 20_000) return found;
    await new Promise((done) => setTimeout(done, 200));
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
    const helper = await context.newPage();
    await helper.goto(`chrome-extension://${extensionId}/popup.html`);
    const { badges, annotations: found } = await settledBadges(helper, sample.url);
    await helper.close();
    console.log(`${badges.length} badges:`);
    for (const badge of badges) console.log(`  ${badge.status.padEnd(12)} ${badge.sentence}`);

    await page.bringToFront();
    const conflicting = badges.find((badge) => badge.status === 'conflicting');
    const host = conflicting ? (await page.evaluateHandle(hostAfter, conflicting.sentence)).asElement() : null;
    if (host) {
      await host.click();
      await page.waitForTimeout(500);
    }
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'demo.png'), fullPage: true });
    const annotations = {
      page: sample.url.replace(/:\d+\//, '/'),
      takenAt: new Date().toISOString(),
      badges,
      annotations: found,
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
