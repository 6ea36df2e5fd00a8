import 'fake-indexeddb/auto';
import { installTaggerFromDisk } from '../lib/nlp/tagger-data-node';

// The engine analyses text with its part-of-speech tagger, as the background and the command line do.
installTaggerFromDisk();
