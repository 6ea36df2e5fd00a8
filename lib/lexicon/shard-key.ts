/**
 * The shard a lemma is stored in (its first two characters). Shared by the build script, which groups lemmas into
 * shards, and by the store, which decodes one shard at a time; kept apart so the build does not load the JSON.
 * (Shards, not blocks: a block is a run of a page's text, docs/glossary.md.)
 */
export function shardKey(lemma: string): string {
  return lemma.slice(0, 2);
}
