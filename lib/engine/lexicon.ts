/** The lexicon the engine uses unless told otherwise: general English knowledge from WordNet (lib/lexicon). */
import type { Lexicon } from '../features/analyse';
import { conceptsOf, conceptsOfPhrase, isStopWord, lemmatize, placeOf } from '../lexicon';

export const defaultLexicon: Lexicon = { lemmatize, conceptsOf, conceptsOfPhrase, placeOf, isStopWord };
