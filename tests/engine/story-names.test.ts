/**
 * The names a sentence gives, as the story check reads them (lib/engine/story.ts): capitalised words and places,
 * never the days and months that date it, wherever the date stands.
 */
import { describe, expect, it } from 'vitest';
import { namesOf, PageStory } from '@/lib/engine/story';
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

describe('the story of a source', () => {
  const features = (sentence: string) => analyseSentence(sentence, defaultLexicon).features;
  const story = (pageSentences: string[], candidates: Record<string, string[]>) => {
    const page = new PageStory();
    for (const sentence of pageSentences) page.addSentence(features(sentence));
    for (const [source, sentences] of Object.entries(candidates)) {
      for (const sentence of sentences) page.addCandidate(source, features(sentence));
    }
    return page;
  };
  const PAGE = [
    'Rescuers at Korrel Cove worked through the night.',
    'Students from Tarvo College helped volunteers from Ostby and Mellin.',
  ];

  it("is the page's when it shares two names with the page and one with a source of the page's story", () => {
    const page = story(PAGE, {
      wire: ['Forty whales died at Korrel Cove on the coast of Vessa, officer Anna Brill said.'],
      herald: ['Students of Tarvo College in Vessa came from Ostby and Mellin to help.'],
    });
    expect(page.sameStory('herald')).toBe(true);
    expect(page.sameStory('wire')).toBe(true);
  });

  it("is not, with two names shared with the page and none with the story's source", () => {
    const page = story(PAGE, {
      other: ['Forty whales died at Korrel Cove last year, officer Dan Urte said.'],
      herald: ['Students of Tarvo College in Vessa came from Ostby and Mellin to help.'],
    });
    expect(page.sameStory('other')).toBe(false);
  });

  it("is not, when the name it shares with the story's source is one the page gives too", () => {
    const page = story([...PAGE, 'The Vessa navy sent two boats to Korrel Cove.'], {
      wire: ['Forty whales died at Korrel Cove on the coast of Vessa, officer Anna Brill said.'],
      navy: ['The Vessa navy rescued 12 fishermen off Korrel.'],
    });
    expect(page.sameStory('wire')).toBe(true);
    expect(page.sameStory('navy')).toBe(false);
  });
});
