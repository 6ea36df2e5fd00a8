// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { createPageAnnotator } from '@/content/annotator-part';
import { PageContext } from '@/content/context';
import { watchPage } from '@/content/every-page';
import { attachToPage } from '@/content/main';
import { contentWorld } from '@/content/parts';
import { looksLikeArticle } from '@/lib/extract/gate';
import type { send } from '@/messaging/content-channel';

const STORY = [
  'The council agreed on Tuesday to rebuild the old river bridge, which has been closed to traffic since the spring.',
  'Work is due to start in the autumn and last about two years, the council said in a statement after the vote.',
  'Residents on both banks have asked for a temporary footbridge while the work goes on, and the council said it would look at one.',
];

let contexts: PageContext[];
let gateRuns: number;
let annotatePage: Mock<() => Promise<{ annotations: never[]; state: string }>>;

/** The real gate, counted. */
const gate = (doc: Document) => {
  gateRuns += 1;
  return looksLikeArticle(doc);
};

/**
 * Loads the page as the extension does, with the background stood in: the every-page script's watch, which on
 * an article attaches the annotator part (the real session and annotator) with the look it made.
 */
function loadPage() {
  const fakeSend = (async (type: string) => {
    if (type === 'annotatePage') return annotatePage();
    return undefined;
  }) as unknown as typeof send;
  const attach = async () => {
    const ctx = new PageContext(() => true);
    contexts.push(ctx);
    attachToPage({
      ctx,
      gate,
      createPageAnnotator: (kit) =>
        createPageAnnotator({
          ...kit,
          send: fakeSend,
          getSettings: async () => ({ enabled: true, sensitivity: 0.5, pausedSites: [] }),
        }),
      loadUi: () => Promise.reject(new Error('no UI in this test')),
    });
  };
  contexts.push(
    watchPage(document, gate, {
      attach: async (look) => {
        contentWorld().look = look;
        await attach();
      },
      alive: () => true,
    }),
  );
}

beforeEach(() => {
  vi.useFakeTimers();
  contexts = [];
  gateRuns = 0;
  annotatePage = vi.fn(async () => ({ annotations: [], state: 'active' }));
  document.body.innerHTML = `<article><h1>Bridge to be rebuilt</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}</article>`;
});

afterEach(() => {
  vi.useRealTimers();
  for (const ctx of contexts) ctx.invalidate();
  contentWorld().look = undefined;
  document.body.innerHTML = '';
});

describe('the one schedule of looks', () => {
  it('runs the gate once on one article load, later looks and all', async () => {
    loadPage();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(gateRuns).toBe(1);
    expect(annotatePage).toHaveBeenCalledTimes(1);
  });

  it('runs the gate once more for each in-page navigation', async () => {
    loadPage();
    await vi.advanceTimersByTimeAsync(10_000);
    history.pushState({}, '', '/another-story');
    await vi.advanceTimersByTimeAsync(2_000);
    expect(gateRuns).toBe(2);
    expect(annotatePage).toHaveBeenCalledTimes(2);
  });

  it('looks at a page with no article at load and at the two later looks only', async () => {
    document.body.innerHTML = '<p>Search results and a form.</p>';
    loadPage();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(gateRuns).toBe(3);
    expect(annotatePage).not.toHaveBeenCalled();
  });
});
