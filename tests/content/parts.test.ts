import { afterEach, describe, expect, it } from 'vitest';
import { loadPart, type PartMap, registerPart } from '@/lib/content/parts';
import { installFakeChrome, removeFakeChrome } from '../helpers/fake-chrome';

const REGISTRY = Symbol.for('claimlens.content-parts');
const registry = () => (globalThis as unknown as Record<symbol, Partial<PartMap>>)[REGISTRY];

afterEach(() => {
  if (registry()) {
    delete registry().annotator;
    delete registry().ui;
  }
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
    const module = `globalThis[Symbol.for('claimlens.content-parts')].ui = { loaded: 'from the file' };`;
    installFakeChrome({ '/page-ui.js': `data:text/javascript,${encodeURIComponent(module)}` });
    registerPart('annotator', (() => ({})) as unknown as PartMap['annotator']); // creates the registry
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
