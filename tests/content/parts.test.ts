import { afterEach, describe, expect, it } from 'vitest';
import { contentWorld, loadPart, type PartMap, registerPart } from '@/content/parts';
import { installFakeChrome, removeFakeChrome } from '../helpers/fake-chrome';

afterEach(() => {
  contentWorld().parts = {};
  removeFakeChrome();
});

describe('content-script parts', () => {
  it('gives a registered part without loading anything', async () => {
    installFakeChrome();
    const ui = {} as PartMap['ui'];
    registerPart('ui', ui);
    await expect(loadPart('ui')).resolves.toBe(ui);
  });

  it("imports the part's file from its extension URL; the module registers the part", async () => {
    const module = `globalThis[Symbol.for('claimlens.content-world')].parts.ui = { loaded: 'from the file' };`;
    installFakeChrome({ '/page-ui.js': `data:text/javascript,${encodeURIComponent(module)}` });
    contentWorld(); // The every-page script made the world before any part loads.
    await expect(loadPart('ui')).resolves.toEqual({ loaded: 'from the file' });
  });

  it('fails in plain words when the file registers nothing, and tries again on the next call', async () => {
    installFakeChrome({ '/page-ui.js': 'data:text/javascript,export%20default%201' });
    await expect(loadPart('ui')).rejects.toThrow('ClaimLens could not load its ui part.');
    const ui = {} as PartMap['ui'];
    registerPart('ui', ui);
    await expect(loadPart('ui')).resolves.toBe(ui);
  });
});
