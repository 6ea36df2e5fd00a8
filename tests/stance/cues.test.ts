import { describe, expect, it } from 'vitest';
import { CUE_GROUPS, CUES, findCues } from '../../lib/stance/cues';

describe('findCues', () => {
  it('finds hedges and reporting verbs in a sentence that only reports a claim', () => {
    const { found, questionMark } = findCues('The mayor reportedly plans to close the old harbour bridge, sources say');
    expect(found.hedge).toEqual(['reportedly']);
    expect(found.reporting).toEqual(expect.arrayContaining(['say', 'sources']));
    expect(found.refuting).toEqual([]);
    expect(questionMark).toBe(false);
  });

  it('finds refutations, phrases and negations, whatever the case and apostrophe', () => {
    const { found } = findCues(
      'Photo of a Shark on the Motorway Is a HOAX: There Is No Evidence It Didn’t Come From a Film',
    );
    expect(found.refuting).toEqual(expect.arrayContaining(['hoax', 'no evidence']));
    expect(found.negation).toEqual(expect.arrayContaining(['no', "n't"]));
  });

  it('takes question words only at the start, and notices a question mark anywhere', () => {
    expect(findCues('Did the museum really sell its oldest painting?').found.question).toEqual(['did']);
    expect(findCues('The museum did sell its oldest painting').found.question).toEqual([]);
    expect(findCues('Museum sold its oldest painting? Not quite').questionMark).toBe(true);
  });

  it('does not match a cue inside a longer word', () => {
    // "may" must not fire in "mayor", "no" not in "north", "lie" not in "believed".
    const { found } = findCues('The mayor of North Easton believed nothing');
    expect(found.hedge).toEqual(['believed']);
    expect(found.negation).toEqual(['nothing']);
  });

  it('keeps every cue list lower case and without duplicates', () => {
    for (const group of CUE_GROUPS) {
      const cues = CUES[group];
      expect(new Set(cues).size).toBe(cues.length);
      for (const cue of cues) expect(cue).toBe(cue.toLowerCase().trim());
    }
  });
});
