/**
 * The block a lemma is stored in (its first two characters). Shared by the build script, which groups lemmas into
 * blocks, and by the store, which decodes one block at a time; kept apart so the build does not load the JSON.
 */
export function blockKey(lemma: string): string {
  return lemma.slice(0, 2);
}
