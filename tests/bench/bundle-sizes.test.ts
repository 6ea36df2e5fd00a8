import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleSizes, referencedFiles } from '../../bench/bundle-sizes';

describe('bundle sizes', () => {
  it('finds scripts in HTML and imports in JS', () => {
    expect(referencedFiles('popup.html', '<script type="module" src="/chunks/popup-1.js"></script>')).toEqual([
      '/chunks/popup-1.js',
    ]);
    expect(referencedFiles('chunks/a.js', 'import{x}from"./b.js";import("./c.js")')).toEqual(['./b.js', './c.js']);
  });

  it('adds up each part with the files it loads', () => {
    const root = mkdtempSync(join(tmpdir(), 'bundle-'));
    mkdirSync(join(root, 'chunks'));
    mkdirSync(join(root, 'content-scripts'));
    writeFileSync(
      join(root, 'manifest.json'),
      JSON.stringify({
        background: { service_worker: 'background.js' },
        action: { default_popup: 'popup.html' },
        content_scripts: [{ js: ['content-scripts/content.js'] }],
        web_accessible_resources: [{ resources: ['page-ui.js', 'icon.png'], matches: ['https://*/*'] }],
      }),
    );
    writeFileSync(join(root, 'background.js'), 'x'.repeat(100));
    writeFileSync(join(root, 'content-scripts', 'content.js'), 'y'.repeat(50));
    writeFileSync(join(root, 'page-ui.js'), 'u'.repeat(70));
    writeFileSync(join(root, 'popup.html'), '<script src="/chunks/popup.js"></script>');
    writeFileSync(join(root, 'chunks', 'popup.js'), 'import"./shared.js";');
    writeFileSync(join(root, 'chunks', 'shared.js'), 'z'.repeat(30));
    const sizes = Object.fromEntries(bundleSizes(root).map((size) => [size.part, size]));
    expect(sizes.background.bytes).toBe(100);
    expect(sizes['content script'].bytes).toBe(50);
    expect(sizes.popup.files).toEqual(['chunks/popup.js', 'chunks/shared.js', 'popup.html']);
    expect(sizes.popup.gzipBytes).toBeGreaterThan(0);
    expect(sizes['content script part: page-ui.js'].bytes).toBe(70);
    expect(Object.keys(sizes)).toHaveLength(4);
  });
});
