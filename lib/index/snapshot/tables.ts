/**
 * The strings and string lists a snapshot's columns refer to by number: each distinct string and each
 * distinct list is stored once, and comes back as one shared value (lists are shared arrays: read-only).
 */
import { runSteps, type Steps } from '../../steps';
import { type PackedStrings, packStringsSteps, unpackStrings } from './packed-strings';

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

/** Tables already written, which a TableWriter can extend (see TableWriter.extending). */
export interface BaseTables {
  packed: PackedTables;
  tables: Tables;
}

/**
 * Numbers strings and string lists while columns are written. List 0 is the empty list. A writer that
 * extends earlier tables keeps their numbers, so columns written with them can be copied as they are.
 */
export class TableWriter {
  private readonly stringIds = new Map<string, number>();
  /** Strings and lists added to the base tables (all of them when there is no base). */
  private readonly strings: string[] = [];
  private readonly lists: (readonly string[])[] = [];
  private readonly listIds = new Map<string, number>();
  /** Lists seen before, by identity (the lexicon hands out the same concept arrays again and again). */
  private readonly seenLists = new Map<readonly string[], number>();
  private readonly listEnds: number[] = [];
  private readonly listItems: number[] = [];
  private readonly baseStrings: number;
  private readonly baseLists: number;
  private readonly baseItems: number;

  constructor(private readonly base?: BaseTables) {
    this.baseStrings = base?.tables.strings.length ?? 0;
    this.baseLists = base?.tables.lists.length ?? 0;
    this.baseItems = base?.packed.listItems.length ?? 0;
    if (!base) {
      this.lists.push([]);
      this.listEnds.push(0);
    }
  }

  /** A writer that adds to `base`: every string and list there keeps its number. */
  static extending(base: BaseTables): TableWriter {
    return new TableWriter(base);
  }

  /**
   * The string's number (a new one the first time it is seen). A writer that extends base tables numbers
   * strings anew even when the base holds them: looking them up there would mean indexing every base string,
   * which costs more than a snapshot after a small change (the waste goes at the next full encoding).
   */
  string(value: string): number {
    let id = this.stringIds.get(value);
    if (id === undefined) {
      id = this.baseStrings + this.strings.length;
      this.strings.push(value);
      this.stringIds.set(value, id);
    }
    return id;
  }

  /**
   * The list's number: equal lists (same strings in the same order) get the same one (among the lists this
   * writer added, as for strings).
   */
  list(list: readonly string[]): number {
    if (list.length === 0) return 0;
    let id = this.seenLists.get(list);
    if (id !== undefined) return id;
    let key = '';
    for (const value of list) key += `${this.string(value)},`;
    id = this.listIds.get(key);
    if (id === undefined) {
      id = this.baseLists + this.lists.length;
      for (const value of list) this.listItems.push(this.string(value));
      this.listEnds.push(this.baseItems + this.listItems.length);
      this.lists.push(list);
      this.listIds.set(key, id);
    }
    this.seenLists.set(list, id);
    return id;
  }

  /** How many strings and lists the tables hold (base included). */
  get size(): { strings: number; lists: number } {
    return { strings: this.baseStrings + this.strings.length, lists: this.baseLists + this.lists.length };
  }

  pack(): PackedTables {
    return runSteps(this.packSteps());
  }

  /** pack in steps (the strings a step's worth at a time): a large set's tables hold hundreds of thousands. */
  *packSteps(): Steps<PackedTables> {
    const added = yield* packStringsSteps(this.strings);
    yield;
    if (!this.base) {
      return { strings: added, listEnds: Int32Array.from(this.listEnds), listItems: Int32Array.from(this.listItems) };
    }
    const { strings, listEnds, listItems } = this.base.packed;
    const offset = strings.text.length;
    return {
      strings: {
        text: strings.text + added.text,
        ends: joined(
          strings.ends,
          added.ends.map((end) => end + offset),
        ),
      },
      listEnds: joined(listEnds, Int32Array.from(this.listEnds)),
      listItems: joined(listItems, Int32Array.from(this.listItems)),
    };
  }

  /** The decoded tables (what unpackTables would give for `pack()`), sharing the base's and the added values. */
  tables(): Tables {
    const added = { strings: this.strings, lists: this.lists as string[][] };
    if (!this.base) return added;
    return {
      strings: this.base.tables.strings.concat(added.strings),
      lists: this.base.tables.lists.concat(added.lists),
    };
  }
}

function joined(a: Int32Array, b: Int32Array): Int32Array {
  if (b.length === 0) return a;
  const out = new Int32Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
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
