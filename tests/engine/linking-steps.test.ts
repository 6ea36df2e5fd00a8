/** The same-fact lookups in steps: however the steps are cut, the same links are found. */
import { describe, expect, it } from 'vitest';
import { linkingSteps } from '../../lib/engine/group';
import { ReferenceIndex } from '../../lib/index/reference-index';
import type { ReferenceClaim, ReferenceSource } from '../../lib/types';
import { FACTS } from '../helpers/facts';
import { syntheticSentences } from '../helpers/synthetic';

function source(id: string): ReferenceSource {
  return {
    id,
    title: `Source ${id}`,
    publisher: 'Test',
    url: `https://example.org/${id}`,
    publishedAt: '2025-01-01',
    addedAt: '2025-01-01T00:00:00.000Z',
    origin: 'import',
    enabled: true,
  };
}

/** Each text in a source of its own: the facts' two wordings and unrelated filler. */
function index(): ReferenceIndex {
  const texts = [...FACTS.flat(), ...syntheticSentences(120, 4)];
  const built = new ReferenceIndex();
  texts.forEach((text, n) => {
    const claim: ReferenceClaim = { id: `s${n}#0`, sourceId: `s${n}`, text, start: 0, end: text.length };
    built.addSource(source(`s${n}`), [claim]);
  });
  return built;
}

/** The links found, and the pauses between steps. */
function run(stepMs?: number) {
  const built = index();
  const claims = built.allClaims();
  const links: string[] = [];
  const steps = linkingSteps(built, claims, (a, b) => links.push(`${a.id} ${b.id}`), undefined, stepMs);
  let pauses = 0;
  while (!steps.next().done) pauses += 1;
  return { links, pauses, claims: claims.length };
}

describe('linking in steps', () => {
  it('finds the same links in steps cut by count and in steps ended by time', () => {
    const counted = run();
    expect(counted.links.length).toBeGreaterThanOrEqual(FACTS.length);
    // A step that may last no time at all ends after every claim, and between the checks of one claim.
    const timed = run(0);
    expect(timed.pauses).toBeGreaterThan(timed.claims);
    expect(timed.links).toEqual(counted.links);
    expect(counted.pauses).toBeLessThan(timed.pauses);
  });
});
