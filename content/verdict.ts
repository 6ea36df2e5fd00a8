/** Which annotations get a badge; kept apart from badge.tsx so the annotator does not pull Preact in. */
import type { BadgeStatus } from '@/content/ui/labels';
import type { PageAnnotation } from '../lib/types';

/** An annotation whose status gets a badge. */
export type BadgedAnnotation = PageAnnotation & { status: BadgeStatus };

/** True for an annotation with a verdict (corroborated, conflicting, mixed, updated): those get a badge. */
export function hasVerdict(annotation: PageAnnotation): annotation is BadgedAnnotation {
  const { status } = annotation;
  return status === 'corroborated' || status === 'conflicting' || status === 'mixed' || status === 'updated';
}
