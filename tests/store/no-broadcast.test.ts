/**
 * The store's writes are not announced to other windows: Dexie would post every key a transaction wrote or
 * deleted to them when it commits, for live queries, and nothing here uses those (only the background opens the
 * database). Removing a pack of 100,000 claims spent a quarter of a second on that message alone.
 */
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../lib/store';
import { uniqueName } from '../helpers/store';

const announced: unknown[] = [];
const listen = (parts: unknown) => {
  announced.push(parts);
};

afterEach(() => {
  Dexie.on('storagemutated').unsubscribe(listen);
  announced.length = 0;
});

const claim = (n: number) => ({ id: `c-${n}`, sourceId: 's', text: `Claim ${n}.`, start: 0, end: 0 });

describe('store writes', () => {
  it('are not announced to other windows', async () => {
    const db = await openStore(uniqueName('quiet'));
    // After the open: creating the tables is announced (once, by Dexie itself), which is not a write of ours.
    Dexie.on('storagemutated', listen);
    await db.transaction('rw', db.claims, async () => {
      await db.claims.bulkPut([claim(1), claim(2), claim(3)]);
      await db.claims.bulkDelete(['c-1', 'c-2']);
    });
    await db.claims.put(claim(4));
    expect(await db.claims.count()).toBe(2);
    expect(announced).toEqual([]);
    db.close();
  });

  it('would be with Dexie as it comes (the check above can fail)', async () => {
    const db = new Dexie(uniqueName('loud'));
    db.version(1).stores({ claims: 'id' });
    await db.open();
    Dexie.on('storagemutated', listen);
    await db.table('claims').bulkDelete(['c-1']);
    expect(announced.length).toBeGreaterThan(0);
    db.close();
  });
});
