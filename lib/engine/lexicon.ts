/** The lexicon the engine uses unless told otherwise. */
import { type Lexicon, plainLexicon } from '../features/analyse';

export const defaultLexicon: Lexicon = plainLexicon;
