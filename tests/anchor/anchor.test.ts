// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { anchorQuotes } from '@/lib/anchor/anchor';
import { readBlockText } from '@/lib/anchor/block-text';
import { insertAfterEnd, insertMarkers } from '@/lib/anchor/insert';
import type { TextQuote } from '@/lib/anchor/quote';

function paragraph(html: string): HTMLElement {
  document.body.innerHTML = `<article><p id="p">${html}</p></article>`;
  return document.getElementById('p')!;
}

function quote(text: string, exact: string): TextQuote {
  const start = text.indexOf(exact);
  return { exact, start, end: start + exact.length, prefix: text.slice(0, start).slice(-32), suffix: '' };
}

const marker = () => document.createElement('claimlens-badge');

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('readBlockText', () => {
  it('concatenates the text nodes across inline elements, decodes entities, and skips scripts', () => {
    const p = paragraph('Tom &amp; Jerry <a href="#">said</a> <em>“no”</em>.<script>var x = 1;</script>');
    const block = readBlockText(p);
    expect(block.text).toBe('Tom & Jerry said “no”.');
    expect(block.nodes.map((node) => node.data)).toEqual(['Tom & Jerry ', 'said', ' ', '“no”', '.']);
    expect(block.starts).toEqual([0, 12, 16, 17, 21]);
  });
});

describe('anchorQuotes', () => {
  it('resolves each end offset to the text node holding the last character', () => {
    const p = paragraph('First one. Officials said <b>300 soldiers</b> died. Then more.');
    const { text } = readBlockText(p);
    const [first, second, missing] = anchorQuotes(p, [
      quote(text, 'Officials said 300 soldiers died.'),
      quote(text, 'Officials said 300 soldiers'),
      { exact: 'Nothing like this sentence is on the page.', prefix: '', suffix: '', start: 0, end: 42 },
    ]);
    expect(first?.end.node.data).toBe(' died. Then more.');
    expect(first?.end.offset).toBe(' died.'.length);
    expect(second?.end.node.data).toBe('300 soldiers');
    expect(second?.end.offset).toBe('300 soldiers'.length);
    expect(missing).toBeNull();
  });

  it('finds a sentence again when the page text moved since it was sent', () => {
    const p = paragraph('Update: First one. Officials said 300 soldiers died.');
    const sent = 'First one. Officials said 300 soldiers died.';
    const [anchor] = anchorQuotes(p, [quote(sent, 'Officials said 300 soldiers died.')]);
    expect(anchor?.match.method).toBe('exact');
    expect(anchor?.match.start).toBe('Update: First one. '.length);
  });
});

describe('insertAfterEnd', () => {
  it('splits a text node only where the sentence ends, leaving the page text unchanged', () => {
    const p = paragraph('One sentence here. Another sentence there.');
    const before = p.textContent;
    const [anchor] = anchorQuotes(p, [quote(p.textContent!, 'One sentence here.')]);
    insertAfterEnd(p, anchor!.end, marker());
    expect(p.textContent).toBe(before);
    expect(p.childNodes[0].textContent).toBe('One sentence here.');
    expect((p.childNodes[1] as Element).localName).toBe('claimlens-badge');
    expect(p.childNodes[2].textContent).toBe(' Another sentence there.');
  });

  it('puts the marker after inline elements that end with the sentence, and never inside a link', () => {
    const p = paragraph('He <em>won <b>the vote.</b></em> Then <a href="/x">she said it was fair</a> and left.');
    const text = p.textContent!;
    const [won, link] = anchorQuotes(p, [quote(text, 'He won the vote.'), quote(text, 'Then she said it')]);
    insertAfterEnd(p, won!.end, marker());
    insertAfterEnd(p, link!.end, marker());
    expect(p.querySelector('em + claimlens-badge')).not.toBeNull();
    expect(p.querySelector('a + claimlens-badge')).not.toBeNull();
    expect(p.querySelector('a claimlens-badge, b claimlens-badge')).toBeNull();
    expect(p.querySelector('a')!.textContent).toBe('she said it was fair');
    expect(p.textContent).toBe(text);
  });

  it('inserts several markers in one text node, each after its own sentence', () => {
    const p = paragraph('Alpha is first. Beta is second. Gamma is third.');
    const text = p.textContent!;
    const sentences = ['Alpha is first.', 'Beta is second.', 'Gamma is third.'];
    const anchors = anchorQuotes(
      p,
      sentences.map((s) => quote(text, s)),
    );
    const markers = anchors.map((anchor, i) => {
      const m = marker();
      m.setAttribute('data-i', String(i));
      return { end: anchor!.end, textEnd: anchor!.match.end, marker: m };
    });
    insertMarkers(p, markers);
    expect(p.textContent).toBe(text);
    const order = [...p.childNodes].map((node) =>
      node.nodeType === 3 ? node.textContent!.trim() : `[${(node as Element).getAttribute('data-i')}]`,
    );
    expect(order).toEqual(['Alpha is first.', '[0]', 'Beta is second.', '[1]', 'Gamma is third.', '[2]']);
  });
});
