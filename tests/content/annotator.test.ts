// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type Annotator, type AnnotatorDeps, createAnnotator } from '@/content/annotator';
import { PageContext } from '@/content/context';
import { BADGE_TAG, POPOVER_TAG } from '@/content/contract';
import type { PopoverController } from '@/content/popover';
import { type PageUi, pageUi } from '@/content/ui';
import { blockText } from '@/lib/extract/dom';
import type { PageAnnotation, TextBlock } from '@/lib/types';
import type { Settings } from '@/messaging/protocol';
import { annotation } from './fixtures';
import { readerClick } from './reader-input';

const CLAIM = 'Officials said 300 soldiers were deployed on Monday.';
const OTHER = 'The minister resigned after the vote.';
const RELATED = 'Talks will resume next week in Geneva.';

/** Stand-in for lib/extract: every <p> of the <article> is a block. */
const extractArticle = (doc: Document) => ({
  blocks: [...doc.querySelectorAll('article p')].map((element, i) => ({
    id: `b${i}`,
    text: blockText(element),
    element,
  })),
});
const looksLikeArticle = (doc: Document) => doc.querySelector('article p') !== null;

/** Stand-in for the background: annotates the known sentences wherever a block contains them. */
function fakeBackground(statusOf: Record<string, PageAnnotation['status']>) {
  const calls: { blocks: TextBlock[]; append?: boolean }[] = [];
  const annotatePage = vi.fn(async (request: { url: string; blocks: TextBlock[]; append?: boolean }) => {
    calls.push({ blocks: request.blocks, append: request.append });
    const annotations: PageAnnotation[] = [];
    for (const block of request.blocks) {
      for (const [sentence, status] of Object.entries(statusOf)) {
        const start = block.text.indexOf(sentence);
        if (start === -1) continue;
        const end = start + sentence.length;
        annotations.push(
          annotation(sentence, {
            blockId: block.id,
            start,
            end,
            prefix: block.text.slice(Math.max(0, start - 32), start),
            suffix: block.text.slice(end, end + 32),
            status,
          }),
        );
      }
    }
    return { annotations, state: 'active' as const };
  });
  return { calls, annotatePage };
}

function page(...paragraphs: string[]) {
  document.body.innerHTML = `<main><article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article></main>`;
}

const badges = () => [...document.querySelectorAll(BADGE_TAG)] as HTMLElement[];
/** What each badge host in the page (document order) shows, from the annotator's handles (the host says nothing). */
const shown = (cl: Annotator) =>
  badges().map((host) => cl.slots.find((slot) => slot?.host === host)?.annotation ?? null);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let ctx: PageContext;
let settings: Settings;
let background: ReturnType<typeof fakeBackground>;
let markNotAMatch: Mock<AnnotatorDeps['markNotAMatch']>;
let info: Mock<(message: string) => void>;
let reportBadges: Mock<NonNullable<AnnotatorDeps['reportBadges']>>;
/** The popover controllers the UI part made (their closed roots are reachable only through them). */
let popovers: PopoverController[];

/** The UI part, keeping the popover controller it makes. */
const trackedUi = async (): Promise<PageUi> => ({
  ...pageUi,
  createPopover: (doc, write) => {
    const popover = pageUi.createPopover(doc, write);
    popovers.push(popover);
    return popover;
  },
});

/** The open popover's closed shadow root, or null. */
const openPopoverRoot = (_annotator?: Annotator) => popovers.at(-1)?.root ?? null;

function annotator(overrides: Partial<AnnotatorDeps> = {}): Annotator {
  return createAnnotator({
    doc: document,
    ctx,
    annotatePage: background.annotatePage,
    markNotAMatch,
    reportBadges,
    getSettings: async () => settings,
    looksLikeArticle,
    extractArticle,
    loadUi: trackedUi,
    info,
    watch: { debounceMs: 20, maxWaitMs: 200 },
    ...overrides,
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  ctx = new PageContext(() => true);
  settings = { enabled: true, sensitivity: 0.5, pausedSites: [] };
  background = fakeBackground({ [CLAIM]: 'conflicting', [OTHER]: 'corroborated', [RELATED]: 'related' });
  markNotAMatch = vi.fn(async () => undefined);
  reportBadges = vi.fn(async () => undefined);
  popovers = [];
  info = vi.fn();
});

afterEach(() => {
  vi.useRealTimers();
  ctx.invalidate();
  document.body.innerHTML = '';
});

describe('annotating a page', () => {
  it("sends the article's publication date with its blocks, and none when the page gives none", async () => {
    page(CLAIM);
    await annotator({ extractArticle: (doc) => ({ ...extractArticle(doc), publishedAt: '2024-12-19' }) }).start();
    expect(background.annotatePage.mock.calls[0][0]).toMatchObject({ publishedAt: '2024-12-19' });
    ctx.invalidate();
    ctx = new PageContext(() => true);
    background = fakeBackground({ [CLAIM]: 'conflicting' });
    await annotator({ annotatePage: background.annotatePage }).start();
    expect(background.annotatePage.mock.calls[0][0]).not.toHaveProperty('publishedAt');
  });

  it("sends the article's headline with its blocks (it names the story), and none when the page gives none", async () => {
    page(CLAIM);
    await annotator({ extractArticle: (doc) => ({ ...extractArticle(doc), title: 'Velmora dockers strike' }) }).start();
    expect(background.annotatePage.mock.calls[0][0]).toMatchObject({ title: 'Velmora dockers strike' });
    ctx.invalidate();
    ctx = new PageContext(() => true);
    background = fakeBackground({ [CLAIM]: 'conflicting' });
    await annotator({
      annotatePage: background.annotatePage,
      extractArticle: (doc) => ({ ...extractArticle(doc), title: '' }),
    }).start();
    expect(background.annotatePage.mock.calls[0][0]).not.toHaveProperty('title');
  });

  it('badges each sentence with a verdict, after the sentence, and keeps one slot per annotation', async () => {
    page(`Intro text. ${CLAIM} More <em>text</em> here.`, `${RELATED} ${OTHER}`);
    const text = document.body.textContent;
    const cl = annotator();
    await cl.start();
    expect(background.calls).toHaveLength(1);
    expect(background.calls[0].append).toBeUndefined();
    expect(shown(cl).map((a) => [a?.status, a?.text])).toEqual([
      ['conflicting', CLAIM],
      ['corroborated', OTHER],
    ]);
    expect(badges()[0].previousSibling?.textContent).toBe(`Intro text. ${CLAIM}`);
    expect(document.body.textContent).toBe(text);
    // Slots follow the background's order (the fake answers CLAIM, OTHER, RELATED per block): the related
    // sentence has an annotation but no badge.
    expect(cl.slots.map((slot) => slot?.annotation.text ?? null)).toEqual([CLAIM, OTHER, null]);
  });

  it('drops annotations it cannot anchor (orphans) without failing', async () => {
    page(`Intro text. ${CLAIM}`);
    const orphan = annotation('A sentence that is not on this page at all.', { blockId: 'c0', start: 0, end: 43 });
    const cl = annotator({
      annotatePage: async () => ({ annotations: [orphan, { ...orphan, blockId: 'unknown' }], state: 'active' }),
    });
    await cl.start();
    expect(badges()).toHaveLength(0);
    expect(cl.slots).toEqual([null, null]);
  });

  it('does nothing on pages that are not articles, and little on paused sites', async () => {
    document.body.innerHTML = '<div>Search results</div>';
    await annotator().start();
    page(CLAIM);
    settings = { ...settings, pausedSites: ['localhost'] };
    await annotator().start();
    expect(background.annotatePage).not.toHaveBeenCalled();
    expect(badges()).toHaveLength(0);
  });

  it('opens the comparison for showAnnotation(index), and says false for an index without a badge', async () => {
    page(`${RELATED} ${CLAIM}`);
    const cl = annotator();
    await cl.start();
    expect(cl.slots.map((slot) => slot?.annotation.text ?? null)).toEqual([CLAIM, null]);
    expect(cl.showAnnotation(1)).toBe(false);
    expect(cl.showAnnotation(0)).toBe(true);
    expect(document.querySelector(POPOVER_TAG)).not.toBeNull();
    expect(cl.slots[0]?.host.shadowRoot).toBeNull(); // closed
    expect(openPopoverRoot(cl)?.textContent).toContain(CLAIM);
    expect(cl.showAnnotation(7)).toBe(false);
  });
});

describe('what a page script can do to the badges', () => {
  it('nothing: untrusted clicks and key presses neither open the popover nor press "Not a match"', async () => {
    page(CLAIM);
    const cl = annotator();
    await cl.start();
    const host = badges()[0]!;
    expect(host.shadowRoot).toBeNull();
    expect(host.getAttributeNames()).toEqual(['style']);
    host.click();
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const button = cl.slots[0]!.root.querySelector('button')!;
    button.click(); // Even with the button in hand (it cannot get it), a script's click is not the reader's.
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    readerClick(button);
    const notAMatch = [...openPopoverRoot(cl)!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Not a match',
    )!;
    notAMatch.click();
    notAMatch.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(markNotAMatch).not.toHaveBeenCalled();
    expect(badges()).toHaveLength(1);
    expect(document.querySelector(POPOVER_TAG)?.getAttributeNames()).toEqual(['style']);
  });
});

describe('reporting the badges to the background', () => {
  it('says which annotations carry a badge after placing them, after "Not a match" and when paused', async () => {
    page(`${RELATED} ${CLAIM}`, OTHER);
    const cl = annotator();
    await cl.start();
    await sleep(0);
    const url = window.location.href;
    // The fake answers CLAIM, OTHER, RELATED per block: CLAIM and RELATED, then OTHER.
    expect(reportBadges).toHaveBeenLastCalledWith({ url, annotations: 3, badged: [0, 2] });
    const calls = reportBadges.mock.calls.length;
    readerClick(cl.slots[0]!.root.querySelector('button')!);
    readerClick([...openPopoverRoot(cl)!.querySelectorAll('button')].find((b) => b.textContent === 'Not a match')!);
    await sleep(0);
    expect(reportBadges).toHaveBeenCalledTimes(calls + 1);
    expect(reportBadges).toHaveBeenLastCalledWith({ url, annotations: 3, badged: [2] });
    settings = { ...settings, enabled: false };
    await cl.refresh();
    await sleep(0);
    expect(reportBadges).toHaveBeenLastCalledWith({ url, annotations: 0, badged: [] });
  });

  it('reports nothing for a page the background was never asked about', async () => {
    document.body.innerHTML = '<main><p>Search results.</p></main>';
    const cl = annotator();
    await cl.start();
    await sleep(0);
    expect(reportBadges).not.toHaveBeenCalled();
  });
});

describe('"Not a match"', () => {
  it('removes the badge at once and tells the background which claims', async () => {
    page(CLAIM);
    const cl = annotator();
    await cl.start();
    readerClick(cl.slots[0]!.root.querySelector('button')!);
    const notAMatch = [...openPopoverRoot(cl)!.querySelectorAll('button')].find(
      (b) => b.textContent === 'Not a match',
    )!;
    readerClick(notAMatch);
    expect(badges()).toHaveLength(0);
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    expect(cl.slots).toEqual([null]);
    expect(markNotAMatch).toHaveBeenCalledWith({
      pageUrl: window.location.href,
      sentence: CLAIM,
      claimIds: ['claim-1', 'claim-2'],
    });
  });
});

describe('dynamic pages', () => {
  it('annotates paragraphs added later, sending only the new blocks, once the page is quiet', async () => {
    vi.useFakeTimers();
    page(`First. ${CLAIM}`);
    const cl = annotator();
    await cl.start();
    const article = document.querySelector('article')!;
    for (const text of ['Filler one.', `New paragraph. ${OTHER}`, 'Filler two.']) {
      const p = document.createElement('p');
      p.textContent = text;
      article.append(p);
    }
    await vi.advanceTimersByTimeAsync(5);
    expect(background.calls).toHaveLength(1); // debounced: nothing yet
    await vi.advanceTimersByTimeAsync(80);
    await cl.settled();
    expect(background.calls).toHaveLength(2);
    expect(background.calls[1].append).toBe(true);
    expect(background.calls[1].blocks.map((b) => b.text)).toEqual([
      'Filler one.',
      `New paragraph. ${OTHER}`,
      'Filler two.',
    ]);
    expect(shown(cl).map((a) => a?.text)).toEqual([CLAIM, OTHER]);
    expect(cl.slots.map((slot) => slot?.annotation.text)).toEqual([CLAIM, OTHER]);
  });

  it('ignores its own writes: inserting badges triggers no further scan', async () => {
    vi.useFakeTimers();
    page(`First. ${CLAIM} Second. ${OTHER}`);
    const cl = annotator();
    await cl.start();
    await vi.advanceTimersByTimeAsync(80);
    await cl.settled();
    expect(background.calls).toHaveLength(1);
    expect(badges()).toHaveLength(2);
  });

  it('re-sends a changed paragraph and never badges a sentence twice', async () => {
    vi.useFakeTimers();
    page(`First. ${CLAIM}`, 'Other paragraph.');
    const cl = annotator();
    await cl.start();
    const first = document.querySelector('article p')!;
    first.append(document.createTextNode(' An update.'));
    await vi.advanceTimersByTimeAsync(80);
    await cl.settled();
    expect(background.calls).toHaveLength(2);
    expect(background.calls[1].blocks.map((b) => b.text)).toEqual([`First. ${CLAIM} An update.`]);
    expect(badges()).toHaveLength(1);
    expect(shown(cl)[0]?.text).toBe(CLAIM);
  });

  it('backs off from a mutation storm and says so once', async () => {
    vi.useFakeTimers();
    page(`First. ${CLAIM}`);
    const cl = annotator({ watch: { debounceMs: 1, maxWaitMs: 2, stormReports: 3, stormWindowMs: 10_000 } });
    await cl.start();
    const article = document.querySelector('article')!;
    for (let i = 0; i < 12; i++) {
      const p = document.createElement('p');
      p.textContent = `Churn ${i}.`;
      article.append(p);
      await vi.advanceTimersByTimeAsync(8);
    }
    await cl.settled();
    const calls = background.calls.length;
    expect(calls).toBeLessThanOrEqual(5);
    expect(info).toHaveBeenCalledTimes(1);
    expect(info.mock.calls[0][0]).toMatch(/^ClaimLens: page changes too often/);
  });
});

describe('limits on hostile pages', () => {
  it('does not check a page with too many elements, and says so', async () => {
    page(CLAIM, 'x'.repeat(10));
    await annotator({ limits: { maxElements: 5 } }).start();
    expect(background.annotatePage).not.toHaveBeenCalled();
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/page too large/));
  });

  it('leaves out a huge single text node and keeps checking the rest', async () => {
    page('y'.repeat(50_000), CLAIM);
    await annotator().start();
    expect(background.calls[0].blocks.map((b) => b.text)).toEqual([CLAIM]);
    expect(badges()).toHaveLength(1);
    expect(info).toHaveBeenCalledTimes(1);
  });
});

describe('settings and teardown', () => {
  it('refresh removes every badge at once, and a pause keeps them away', async () => {
    page(`${CLAIM} ${OTHER}`);
    const cl = annotator();
    await cl.start();
    expect(badges()).toHaveLength(2);
    settings = { ...settings, enabled: false };
    const refreshing = cl.refresh();
    expect(badges()).toHaveLength(0);
    await refreshing;
    expect(badges()).toHaveLength(0);
    expect(background.calls).toHaveLength(1);
    settings = { ...settings, enabled: true };
    await cl.refresh();
    expect(badges()).toHaveLength(2);
    expect(background.calls[1].append).toBeUndefined();
  });

  it('waits while the tab is hidden', async () => {
    page(CLAIM);
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    try {
      const cl = annotator();
      await cl.start();
      expect(background.annotatePage).not.toHaveBeenCalled();
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
      await sleep(0);
      await cl.settled();
      expect(badges()).toHaveLength(1);
    } finally {
      Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
    }
  });

  it('removes everything when the content script context is invalidated, and stops watching', async () => {
    vi.useFakeTimers();
    page(CLAIM);
    const cl = annotator();
    await cl.start();
    cl.showAnnotation(0);
    expect(document.querySelector(POPOVER_TAG)).not.toBeNull();
    ctx.invalidate();
    expect(badges()).toHaveLength(0);
    expect(document.querySelector(POPOVER_TAG)).toBeNull();
    const p = document.createElement('p');
    p.textContent = OTHER;
    document.querySelector('article')!.append(p);
    await vi.advanceTimersByTimeAsync(80);
    expect(background.calls).toHaveLength(1);
    expect(badges()).toHaveLength(0);
  });
});
