/**
 * Reference sets for the speed benchmark: synthetic claims from a fixed seed (in sources of 20 claims, with
 * the seed set added so the article finds real matches), or the real CheckThat! claims (one source each,
 * as the CLI loads a JSON Lines file).
 */
import { seedReferences } from '../lib/reference/seeds';
import type { ReferenceClaim, ReferenceSource } from '../lib/types';
import type { VerifiedClaim } from './checkthat-data';

export interface ReferenceArticle {
  source: ReferenceSource;
  claims: ReferenceClaim[];
}

const CLAIMS_PER_SOURCE = 20;

function benchSource(id: string): ReferenceSource {
  return { id, title: id, publisher: 'bench', url: '', publishedAt: '', addedAt: '', origin: 'import', enabled: true };
}

/** The seed set plus the synthetic claim texts, 20 claims to a source; claims carry no features yet. */
export function syntheticReferenceSet(texts: readonly string[]): ReferenceArticle[] {
  const articles = withoutFeatures(seedReferences());
  for (let n = 0; n < texts.length; n += CLAIMS_PER_SOURCE) {
    const id = `syn-${n / CLAIMS_PER_SOURCE}`;
    const claims = texts
      .slice(n, n + CLAIMS_PER_SOURCE)
      .map((text, m) => ({ id: `${id}#${m}`, sourceId: id, text, start: 0, end: 0 }));
    articles.push({ source: benchSource(id), claims });
  }
  return articles;
}

/** The CheckThat! claims (claim text only), one source each. */
export function checkthatReferenceSet(claims: readonly VerifiedClaim[]): ReferenceArticle[] {
  return claims.map((claim) => ({
    source: benchSource(claim.id),
    claims: [{ id: claim.id, sourceId: claim.id, text: claim.text, start: 0, end: 0 }],
  }));
}

/** The same articles with the claims' features dropped, so adding them does the analysis. */
export function withoutFeatures(articles: readonly ReferenceArticle[]): ReferenceArticle[] {
  return articles.map(({ source, claims }) => ({ source, claims: claims.map(({ features: _, ...claim }) => claim) }));
}

/** Number of claims over all articles. */
export function claimCount(articles: readonly ReferenceArticle[]): number {
  return articles.reduce((sum, article) => sum + article.claims.length, 0);
}
