/**
 * A plain BM25 baseline for the retrieval benchmark: one field, lower-cased letter/digit words, English stop
 * words removed, no stemming, Okapi BM25 (k1 1.2, b 0.75, Lucene's non-negative IDF). Independent of the
 * engine on purpose, so the engine is compared with the textbook method and not with itself.
 */

/**
 * The textbook English stop-word list (NLTK's), as plain BM25 runs use it; not the engine's list
 * (lib/lexicon/stopwords.ts), so the baseline stays independent of the engine.
 */
const TEXTBOOK_STOP_WORDS = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers ' +
    'herself it its itself they them their theirs themselves what which who whom this that these those am is are ' +
    'was were be been being have has had having do does did doing a an the and but if or because as until while ' +
    'of at by for with about against between into through during before after above below to from up down in out ' +
    'on off over under again further then once here there when where why how all any both each few more most ' +
    'other some such no nor not only own same so than too very s t can will just don should now'
  ).split(' '),
);

/** Words of a text as the baseline indexes them. */
export function baselineTerms(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !TEXTBOOK_STOP_WORDS.has(word));
}

export interface BaselineHit {
  id: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;

/** An Okapi BM25 index over documents given as (id, text). */
export class PlainBm25 {
  private readonly ids: string[] = [];
  private readonly lengths: number[] = [];
  private readonly postings = new Map<string, { doc: number; tf: number }[]>();
  private totalLength = 0;

  constructor(documents: Iterable<{ id: string; text: string }>) {
    for (const { id, text } of documents) this.add(id, text);
  }

  private add(id: string, text: string): void {
    const doc = this.ids.length;
    const terms = baselineTerms(text);
    const counts = new Map<string, number>();
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
    for (const [term, tf] of counts) {
      let list = this.postings.get(term);
      if (!list) {
        list = [];
        this.postings.set(term, list);
      }
      list.push({ doc, tf });
    }
    this.ids.push(id);
    this.lengths.push(terms.length);
    this.totalLength += terms.length;
  }

  get size(): number {
    return this.ids.length;
  }

  /** Inverse document frequency of a term (never negative). */
  idf(term: string): number {
    const df = this.postings.get(term)?.length ?? 0;
    return Math.log(1 + (this.ids.length - df + 0.5) / (df + 0.5));
  }

  /** The k best documents for the query text, best first (ties by insertion order). */
  search(text: string, k: number): BaselineHit[] {
    const average = this.ids.length ? this.totalLength / this.ids.length : 1;
    const scores = new Map<number, number>();
    for (const term of new Set(baselineTerms(text))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term);
      for (const { doc, tf } of list) {
        const norm = tf + K1 * (1 - B + (B * this.lengths[doc]) / average);
        scores.set(doc, (scores.get(doc) ?? 0) + (idf * tf * (K1 + 1)) / norm);
      }
    }
    return [...scores]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([doc, score]) => ({ id: this.ids[doc], score }));
  }
}
