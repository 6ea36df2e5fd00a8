/**
 * The strings and string lists a snapshot's columns refer to by number: each distinct string and each
 * distinct list is stored once, and comes back as one shared value (lists are shared arrays: read-only).
 */
import { type PackedStrings, packStrings, unpackStrings } from './packed-strings';

export interface PackedTables {
  strings: PackedStrings;
  /** The end of each list in `listItems`. */
  listEnds: Int32Array;
  /** String numbers of all lists, one after the other. */
  listItems: Int32Array;
}

/** The decoded tables: strings and lists by number. */
export interface Tables {
  strings: string[];
  lists: string[][];
}

/** Numbers strings and string lists while columns are written. List 0 is the empty list. */
export class TableWriter {
  private readonly stringIds = new Map<string, number>();
  private readonly strings: string[] = [];
  private readonly listIds = new Map<string, number>();
  /** Lists seen before, by identity (the lexicon hands out the same concept arrays again and again). */
  private readonly seenLists = new Map<readonly string[], number>();
  private readonly listEnds: number[] = [0];
  private readonly listItems: number[] = [];

  /** The string's number (a new one the first time it is seen). */
  string(value: string): number {
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    return id;
  }

  /** The list's number: equal lists (same strings in the same order) get the same one. */
  list(list: readonly string[]): number {
    if (list.length === 0) return 0;
    let id = this.seenLists.get(list);
    if (id !== undefined) return id;
    let key = '';
    for (const value of list) key += `${this.string(value)},`;
    id = this.listIds.get(key);
    if (id === undefined) {
      id = this.listEnds.length;
      for (const value of list) this.listItems.push(this.string(value));
      this.listEnds.push(this.listItems.length);
      this.listIds.set(key, id);
    }
    this.seenLists.set(list, id);
    return id;
  }

  pack(): PackedTables {
    return {
      strings: packStrings(this.strings),
      listEnds: Int32Array.from(this.listEnds),
      listItems: Int32Array.from(this.listItems),
    };
  }
}

/** The strings and lists of packed tables. */
export function unpackTables(packed: PackedTables): Tables {
  const strings = unpackStrings(packed.strings);
  const { listEnds, listItems } = packed;
  const lists: string[][] = new Array(listEnds.length);
  let start = 0;
  for (let n = 0; n < listEnds.length; n += 1) {
    const end = listEnds[n];
    const list: string[] = new Array(end - start);
    for (let m = start; m < end; m += 1) list[m - start] = strings[listItems[m]];
    lists[n] = list;
    start = end;
  }
  return { strings, lists };
}

/** True for a whole number that fits an Int32Array. */
export function isInt32(value: unknown): value is number {
  return typeof value === 'number' && (value | 0) === value && !Object.is(value, -0);
}

/** True for a string list (every item a string). */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
