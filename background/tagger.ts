/**
 * The background's part-of-speech tagger: its tables are a packaged file (TAGGER_DATA_PATH, added to the build
 * by wxt.config.ts), fetched once per start, so no script carries them (see lib/nlp/wink-model.ts).
 */
import { browser } from 'wxt/browser';
import { installTagger, taggerInstalled } from '../lib/nlp/parts-of-speech';
import { TAGGER_DATA_PATH, type TaggerData } from '../lib/nlp/wink-model';

/** Fetches the packaged tables and installs the tagger (once). Rejects when the file cannot be read. */
export async function loadPackagedTagger(): Promise<void> {
  if (taggerInstalled()) return;
  const url = browser.runtime.getURL(`/${TAGGER_DATA_PATH}` as '/');
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${TAGGER_DATA_PATH} answered ${response.status}`);
  installTagger((await response.json()) as TaggerData);
}
