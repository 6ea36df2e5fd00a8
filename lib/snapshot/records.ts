/**
 * Plain-data records (claims with their features, sources) as columns of typed arrays: one column per field,
 * strings as numbers in one shared string table, string lists interned (equal lists come back as one shared
 * array), nested records as child columns. Structured clone copies a few typed arrays and one big string
 * instead of millions of small objects, and decoding builds each object without parsing any text.
 *
 * Values must be plain data (what JSON can carry): strings, numbers, booleans, string lists, nested plain
 * objects and arrays of them. A field whose values do not all fit one of those kinds is kept as JSON text.
 * Fields that are undefined are left out, as JSON would.
 */
import { type PackedStrings, packStrings, StringTable, unpackStrings } from './packed-strings';

export type ColumnKind = 'string' | 'number' | 'flag' | 'list' | 'record' | 'records' | 'json';

export interface Column {
  key: string;
  kind: ColumnKind;
  /** The records that have this field, ascending; null when every record has it. */
  at: Int32Array | null;
  /**
   * One value per record that has the field: a string number (string, json), a list number (list), the number
   * itself (number), 0/1 (flag), the child record's number (record), or the end of its child records (records).
   */
  values: Int32Array | Float64Array | Uint8Array;
  /** The nested records of a record or records column. */
  child?: RecordColumns;
}

export interface RecordColumns {
  count: number;
  columns: Column[];
}

/** Records in columns, with the strings and string lists their columns refer to. */
export interface PackedRecords {
  strings: PackedStrings;
  /** String lists: the end of each list in `listItems`. */
  listEnds: Int32Array;
  /** String numbers of all lists, one after the other. */
  listItems: Int32Array;
  records: RecordColumns;
}

type Plain = Record<string, unknown>;

function isPlainObject(value: unknown): value is Plain {
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function kindOf(values: readonly unknown[]): ColumnKind {
  const type = typeof values[0];
  if (type === 'string' || type === 'number' || type === 'boolean') {
    if (!values.every((value) => typeof value === type)) return 'json';
    return type === 'string' ? 'string' : type === 'number' ? 'number' : 'flag';
  }
  if (values.every(isPlainObject)) return 'record';
  if (!values.every(Array.isArray)) return 'json';
  const items = (values as unknown[][]).flat();
  if (items.every((item) => typeof item === 'string')) return 'list';
  return items.every(isPlainObject) ? 'records' : 'json';
}

/** Numbers each distinct string list (by content), so equal lists are stored once. */
class ListTable {
  private readonly ids = new Map<string, number>();
  readonly ends: number[] = [];
  readonly items: number[] = [];

  constructor(private readonly strings: StringTable) {}

  id(list: readonly string[]): number {
    const items = list.map((value) => this.strings.id(value));
    const key = items.join(',');
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.ends.length;
      this.items.push(...items);
      this.ends.push(this.items.length);
      this.ids.set(key, id);
    }
    return id;
  }
}

interface Tables {
  strings: StringTable;
  lists: ListTable;
}

function encodeColumn(key: string, at: number[], values: unknown[], count: number, tables: Tables): Column {
  const kind = kindOf(values);
  const column: Column = { key, kind, at: at.length === count ? null : Int32Array.from(at), values: new Uint8Array() };
  switch (kind) {
    case 'string':
      column.values = Int32Array.from(values as string[], (value) => tables.strings.id(value));
      break;
    case 'json':
      column.values = Int32Array.from(values, (value) => tables.strings.id(JSON.stringify(value)));
      break;
    case 'number':
      column.values = Float64Array.from(values as number[]);
      break;
    case 'flag':
      column.values = Uint8Array.from(values as boolean[], (value) => (value ? 1 : 0));
      break;
    case 'list':
      column.values = Int32Array.from(values as string[][], (value) => tables.lists.id(value));
      break;
    case 'record':
      column.child = encodeRecords(values as Plain[], tables);
      column.values = Int32Array.from(values, (_, n) => n);
      break;
    case 'records': {
      const children = (values as Plain[][]).flat();
      column.child = encodeRecords(children, tables);
      let end = 0;
      column.values = Int32Array.from(values as Plain[][], (value) => {
        end += value.length;
        return end;
      });
      break;
    }
  }
  return column;
}

function encodeRecords(records: readonly Plain[], tables: Tables): RecordColumns {
  const fields = new Map<string, { at: number[]; values: unknown[] }>();
  records.forEach((record, n) => {
    for (const key in record) {
      const value = record[key];
      if (value === undefined || !Object.hasOwn(record, key)) continue;
      let field = fields.get(key);
      if (!field) {
        field = { at: [], values: [] };
        fields.set(key, field);
      }
      field.at.push(n);
      field.values.push(value);
    }
  });
  const columns = [...fields].map(([key, field]) => encodeColumn(key, field.at, field.values, records.length, tables));
  return { count: records.length, columns };
}

/** Packs plain-data records into columns; `unpackRecords` gives back records equal to them. */
export function packRecords(records: readonly object[]): PackedRecords {
  const strings = new StringTable();
  const lists = new ListTable(strings);
  const columns = encodeRecords(records as readonly Plain[], { strings, lists });
  return {
    strings: packStrings(strings.strings),
    listEnds: Int32Array.from(lists.ends),
    listItems: Int32Array.from(lists.items),
    records: columns,
  };
}

interface Decoded {
  strings: string[];
  lists: string[][];
}

function columnValues(column: Column, decoded: Decoded): unknown[] {
  const { values } = column;
  const out: unknown[] = new Array(values.length);
  switch (column.kind) {
    case 'string':
      for (let n = 0; n < values.length; n += 1) out[n] = decoded.strings[values[n]];
      break;
    case 'json':
      for (let n = 0; n < values.length; n += 1) out[n] = JSON.parse(decoded.strings[values[n]]);
      break;
    case 'number':
      for (let n = 0; n < values.length; n += 1) out[n] = values[n];
      break;
    case 'flag':
      for (let n = 0; n < values.length; n += 1) out[n] = values[n] === 1;
      break;
    case 'list':
      for (let n = 0; n < values.length; n += 1) out[n] = decoded.lists[values[n]];
      break;
    case 'record': {
      const children = decodeRecords(column.child!, decoded);
      for (let n = 0; n < values.length; n += 1) out[n] = children[values[n]];
      break;
    }
    case 'records': {
      const children = decodeRecords(column.child!, decoded);
      let start = 0;
      for (let n = 0; n < values.length; n += 1) {
        out[n] = children.slice(start, values[n]);
        start = values[n];
      }
      break;
    }
  }
  return out;
}

function decodeRecords(columns: RecordColumns, decoded: Decoded): Plain[] {
  const records: Plain[] = new Array(columns.count);
  for (let n = 0; n < columns.count; n += 1) records[n] = {};
  for (const column of columns.columns) {
    const values = columnValues(column, decoded);
    const { key, at } = column;
    if (key === '__proto__') {
      values.forEach((value, n) => {
        Object.defineProperty(records[at ? at[n] : n], key, {
          value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      });
    } else if (at === null) for (let n = 0; n < values.length; n += 1) records[n][key] = values[n];
    else for (let n = 0; n < values.length; n += 1) records[at[n]][key] = values[n];
  }
  return records;
}

/** The records `packRecords` was given (equal lists come back as one shared array: treat them as read-only). */
export function unpackRecords<T>(packed: PackedRecords): T[] {
  const strings = unpackStrings(packed.strings);
  const lists: string[][] = new Array(packed.listEnds.length);
  let start = 0;
  for (let n = 0; n < lists.length; n += 1) {
    const end = packed.listEnds[n];
    const list: string[] = new Array(end - start);
    for (let m = start; m < end; m += 1) list[m - start] = strings[packed.listItems[m]];
    lists[n] = list;
    start = end;
  }
  return decodeRecords(packed.records, { strings, lists }) as T[];
}
