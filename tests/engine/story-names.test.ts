/**
 * The names a sentence gives, as the story check reads them (lib/engine/story.ts): capitalised words and places,
 * never the days and months that date it, wherever the date stands.
 */
import { describe, expect, it } from 'vitest';
import { namesOf } from '@/lib/engine/story';
import { analyseSentence } from '@/lib/features/analyse';
import { defaultLexicon } from '@/lib/lexicon/default-lexicon';

const names = (sentence: string) => [...namesOf(analyseSentence(sentence, defaultLexicon).features)];

describe('the names of a sentence', () => {
  it('leave out a weekday that dates the statement or the level of a total', () => {
    expect(names('Harbour officials in Port Sellin said on Monday that the ferry Varro had sunk.')).not.toContain(
      'mondai',
    );
    expect(names('The toll from the Varro sinking near Port Sellin rose to 12 on Thursday.')).not.toContain('thursdai');
  });

  it('keep the names of the story', () => {
    expect(names('The toll from the Varro sinking near Port Sellin rose to 12 on Thursday.')).toEqual(
      expect.arrayContaining(['varro', 'sellin']),
    );
  });
});
