/**
 * Matches against fact-checked claims take the fact-checker's rating into account: a page that repeats a
 * claim rated false conflicts with the fact-check, and one that denies it agrees with it. With an unclear
 * rating there is no verdict (the match is shown as related).
 */
import { summariseMatches } from '../lib/engine';
import { ratingTruth } from '../lib/reference/rating';
import type { ClaimMatch, ClaimReview, PageAnnotation, Stance } from '../lib/types';

function stanceAfterReview(stance: Stance, review: ClaimReview): Stance {
  if (stance === 'related') return stance;
  const truth = ratingTruth(review.rating);
  if (truth === 'true') return stance;
  if (truth === 'unclear') return 'related';
  return stance === 'supports' ? 'contradicts' : 'supports';
}

/** Annotations with the stances of reviewed claims turned by their ratings (status and counts follow). */
export function withRatings(
  annotations: readonly PageAnnotation[],
  reviews: ReadonlyMap<string, ClaimReview>,
): PageAnnotation[] {
  if (reviews.size === 0) return [...annotations];
  return annotations.map((annotation) => {
    if (!annotation.matches.some((match) => reviews.has(match.claimId))) return annotation;
    const matches: ClaimMatch[] = annotation.matches.map((match) => {
      const review = reviews.get(match.claimId);
      if (!review) return match;
      const stance = stanceAfterReview(match.stance, review);
      return stance === match.stance
        ? match
        : { ...match, stance, differences: stance === 'related' ? [] : match.differences };
    });
    return { ...annotation, ...summariseMatches(matches) };
  });
}
