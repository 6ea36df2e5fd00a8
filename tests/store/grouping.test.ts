/**
 * Same-fact groups for imports of any size: claims that restate one fact in different sources end up in one
 * group, whether they arrive in a large import, next to claims already stored, or one at a time.
 */
import { describe, expect, it } from 'vitest';
import { groupClaims } from '../../lib/engine';
import * as store from '../../lib/store';
import { FACTS } from '../helpers/facts';
import { emptyLibrary } from '../helpers/store';
import { syntheticSentences } from '../helpers/synthetic';

const NOW = new Date('2025-03-01T00:00:00Z');

/** Says the opposite of the first fact: it must not join its group. */
const CONTRADICTION = 'The city council rejected a budget of 45 million dollars for three new bridges on Tuesday.';

const line = (id: string, text: string) => JSON.stringify({ id, text, title: `Fact-check ${id}` });

/** A JSON Lines file of `filler` unrelated claims with the facts' wordings spread through it. */
function largeFile(filler: number): string {
  const lines = syntheticSentences(filler, 3).map((text, n) => line(`f-${n}`, text));
  FACTS.forEach(([first, second], n) => {
    lines.splice(Math.floor((lines.length * (n + 1)) / 4), 0, line(`fact-${n}-a`, first));
    lines.push(line(`fact-${n}-b`, second));
  });
  lines.push(line('contradiction', CONTRADICTION));
  return lines.join('\n');
}

const groupsById = (claims: readonly { id: string; groupId?: string }[]) =>
  new Map(claims.map((claim) => [claim.id, claim.groupId]));

describe('same-fact groups', () => {
  it('groups restatements from different sources in an import of more than 5,000 claims', async () => {
    const library = await emptyLibrary();
    const result = await store.importReferences(library, 'claims.jsonl', largeFile(6_000), NOW);
    expect(result.claimsAdded).toBe(6_000 + 2 * FACTS.length + 1);
    const stored = groupsById(await library.db.claims.toArray());
    for (let n = 0; n < FACTS.length; n++) {
      expect(stored.get(`fact-${n}-b`)).toBe(`fact-${n}-a`);
      expect(stored.get(`fact-${n}-a`)).toBe(`fact-${n}-a`);
    }
    expect(stored.get('contradiction')).toBe('contradiction');
    // The index holds the same groups as the database, and they are the groups a full grouping finds.
    expect(groupsById(library.index.allClaims())).toEqual(stored);
    expect(new Map(groupClaims(library.index))).toEqual(stored);
  }, 120_000);

  it('joins imported restatements to groups already stored, and keeps those groups whole', async () => {
    const library = await emptyLibrary();
    await store.addClaims(library, { texts: [FACTS[0][0], FACTS[1][0]] }, NOW);
    await store.importReferences(library, 'more.jsonl', line('z-other', FACTS[0][1]), NOW);
    const mine = `${store.MY_CLAIMS_ID}#0`;
    let stored = groupsById(await library.db.claims.toArray());
    expect(stored.get('z-other')).toBe(mine);
    expect(stored.get(mine)).toBe(mine);

    // A third source restating it with a smaller id renames the whole group after the smallest id.
    await store.importReferences(library, 'first.jsonl', line('a-first', FACTS[0][1]), NOW);
    stored = groupsById(await library.db.claims.toArray());
    expect([stored.get('a-first'), stored.get('z-other'), stored.get(mine)]).toEqual(['a-first', 'a-first', 'a-first']);
    expect(stored.get(`${store.MY_CLAIMS_ID}#1`)).toBe(`${store.MY_CLAIMS_ID}#1`);

    // Deleting the claim that held the group together splits what is left only where no link remains.
    await store.deleteClaim(library, 'a-first');
    stored = groupsById(await library.db.claims.toArray());
    expect([stored.get('z-other'), stored.get(mine)]).toEqual([mine, mine]);
  });
});
