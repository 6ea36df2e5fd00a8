/**
 * Sentences that restate claims of the seed articles (data/seeds) in other words, with the status a badge on
 * each should show and phrases of the seed sentence it restates. The generated long article and the speed
 * benchmark embed them in filler text; each was checked against the CLI so that a test using them checks the
 * content script's mechanics, not the engine's recall.
 */
import type { PageLabel } from './labels';

export const SEED_RESTATEMENTS: readonly PageLabel[] = [
  {
    text: "South Korea's spy agency told lawmakers that about 300 North Korean soldiers have died and another 2,700 have been injured fighting Ukrainian forces.",
    expect: 'corroborated',
    refs: ['about 300 North Korean soldiers have died', 'approximately 300 North Korean soldiers have died'],
  },
  {
    text: 'Zelensky said he is not willing to hand over the captured soldiers to North Korea under any exchange with Russia.',
    expect: 'conflicting',
    refs: ['willing to hand over the soldiers to North Korea', 'willing to return the soldiers to Pyongyang'],
  },
  {
    text: 'The National Intelligence Service confirmed its participation in the questioning of the North Korean soldiers by Ukrainian authorities.',
    expect: 'corroborated',
    refs: ['confirmed its participation in the questioning', 'confirmed its involvement in questioning the soldiers'],
  },
  {
    text: 'About 34,000 North Koreans have defected to South Korea, mostly since the late 1990s.',
    expect: 'corroborated',
    refs: ['About 34,000 North Koreans have defected'],
  },
  {
    text: 'The agency said it was willing to discuss the matter with Ukrainian authorities if the soldiers ask to go to South Korea.',
    expect: 'corroborated',
    refs: ['willing to discuss the matter with Ukrainian authorities', 'open to discussions with Ukraine'],
  },
  {
    text: "The fighting marks North Korea's first involvement in a large-scale conflict since the 1950-53 Korean War.",
    expect: 'corroborated',
    refs: ['since the 1950-53 Korean War', 'since the 1950 Korean War'],
  },
];
