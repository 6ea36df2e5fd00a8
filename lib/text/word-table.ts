/**
 * A lookup table keyed by words from page text. A plain object literal answers for the names every object
 * inherits ("constructor", "toString"), so a page that says "the constructor of the bridge" would read a
 * function as a number; a table without a prototype knows only its own words.
 */
export function wordTable<T>(entries: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}
