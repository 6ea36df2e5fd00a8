import { defineExtensionMessaging } from '@webext-core/messaging';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listen, send } from '@/messaging/content-channel';
import type { ProtocolMap } from '@/messaging/protocol';
import { installFakeChrome, type RuntimeListener, removeFakeChrome } from '../helpers/fake-chrome';

let listeners: Set<RuntimeListener>;
let background: ReturnType<typeof defineExtensionMessaging<ProtocolMap>>;

beforeEach(() => {
  listeners = installFakeChrome();
  background = defineExtensionMessaging<ProtocolMap>();
});

afterEach(() => {
  background.removeAllListeners();
  removeFakeChrome();
});

describe('content channel (wire-compatible with @webext-core/messaging)', () => {
  it("reaches the background's onMessage handler and gets its answer", async () => {
    background.onMessage('getSettings', () => ({ enabled: true, sensitivity: 0.5, pausedSites: ['a.example'] }));
    background.onMessage('annotatePage', ({ data }) => ({
      annotations: [],
      state: data.append ? 'active' : 'no-article',
    }));
    await expect(send('getSettings')).resolves.toEqual({ enabled: true, sensitivity: 0.5, pausedSites: ['a.example'] });
    await expect(send('annotatePage', { url: 'https://x.example/', blocks: [], append: true })).resolves.toEqual({
      annotations: [],
      state: 'active',
    });
  });

  it("rejects with the background's error message", async () => {
    background.onMessage('markNotAMatch', () => {
      throw new Error('The reference store is not ready yet.');
    });
    await expect(send('markNotAMatch', { pageUrl: 'u', sentence: 's', claimIds: [] })).rejects.toThrow(
      'The reference store is not ready yet.',
    );
    await expect(send('listSources')).rejects.toThrow('No response');
  });

  it("answers the background's tab messages, and stops when the handler is removed", async () => {
    const remove = listen('showAnnotation', ({ index }) => index === 2);
    await expect(background.sendMessage('showAnnotation', { index: 2 }, 1)).resolves.toBe(true);
    await expect(background.sendMessage('showAnnotation', { index: 0 }, 1)).resolves.toBe(false);
    remove();
    expect(listeners.size).toBe(0);
  });
});
