import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, test } from 'node:test';
import Database from 'better-sqlite3';
import { SqliteSubscriberStore, sqliteFileName } from '../../server/sqlite-store.js';
import { StoreUnavailableError, type Subscriber } from '../../server/store.js';
import { overwrite } from './damage-file.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function subscriber(email: string, extra: Partial<Subscriber> = {}): Subscriber {
  return {
    email,
    name: null,
    consent: false,
    source: null,
    tags: [],
    status: 'subscribed',
    createdAt: '2026-01-02T03:04:05.000Z',
    ...extra,
  };
}

test('creates one subscribers.sqlite in a missing data directory, in WAL mode', async () => {
  const dataDir = join(root, 'nested', 'data');
  const store = new SqliteSubscriberStore(dataDir);
  await store.close();
  assert.equal(store.path, join(dataDir, sqliteFileName));
  assert.ok(existsSync(store.path));
  const db = new Database(store.path, { readonly: true });
  try {
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  } finally {
    db.close();
  }
});

test('adds once per email; the second add is `already` and changes nothing', async () => {
  const store = new SqliteSubscriberStore(root);
  try {
    const first = subscriber('a@example.com', { name: 'A', consent: true, source: 'https://x.test/', tags: ['t1', 't2'] });
    assert.equal(await store.add(first), 'added');
    assert.equal(await store.add(subscriber('a@example.com', { name: 'Other' })), 'already');
    assert.equal(await store.add(subscriber('b@example.com')), 'added');
    assert.deepEqual(await store.export(), [first, subscriber('b@example.com')]);
  } finally {
    await store.close();
  }
});

test('concurrent adds of the same email store one row', async () => {
  const store = new SqliteSubscriberStore(root);
  try {
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => store.add(subscriber('c@example.com'))));
    assert.equal(outcomes.filter(outcome => outcome === 'added').length, 1);
    assert.equal((await store.export()).length, 1);
  } finally {
    await store.close();
  }
});

test('keeps its data across close and reopen', async () => {
  const first = new SqliteSubscriberStore(root);
  await first.add(subscriber('d@example.com', { tags: ['x'] }));
  await first.close();
  const second = new SqliteSubscriberStore(root);
  try {
    assert.deepEqual(await second.export(), [subscriber('d@example.com', { tags: ['x'] })]);
    assert.equal(await second.add(subscriber('d@example.com')), 'already');
  } finally {
    await second.close();
  }
});

test('has room for `pending` rows (double opt-in later) and refuses unknown statuses', async () => {
  const store = new SqliteSubscriberStore(root);
  try {
    assert.equal(await store.add(subscriber('e@example.com', { status: 'pending' })), 'added');
    assert.equal((await store.export())[0]!.status, 'pending');
    const bogus = { ...subscriber('f@example.com'), status: 'bogus' } as unknown as Subscriber;
    await assert.rejects(store.add(bogus), /CHECK constraint/);
    assert.equal((await store.export()).length, 1);
  } finally {
    await store.close();
  }
});

test('close is safe to call twice; using a closed store rejects', async () => {
  const store = new SqliteSubscriberStore(root);
  await store.close();
  await store.close();
  await assert.rejects(store.add(subscriber('g@example.com')));
});

/** A store whose log lines are kept for the test to read. */
function openStore(dataDir = root) {
  const logged: string[] = [];
  const store = new SqliteSubscriberStore(dataDir, { log: line => logged.push(line) });
  return { store, logged };
}

test('addresses that differ only in case are one subscriber: Ann@ then ann@ and ANN@EXAMPLE.COM → added, already, already; the first kept as typed', async () => {
  const { store } = openStore();
  try {
    assert.equal(await store.add(subscriber('Ann@example.com', { name: 'First' })), 'added');
    assert.equal(await store.add(subscriber('ann@example.com', { name: 'Second' })), 'already');
    assert.equal(await store.add(subscriber('ANN@EXAMPLE.COM')), 'already');
    assert.deepEqual(
      (await store.export()).map(row => [row.email, row.name]),
      [['Ann@example.com', 'First']],
    );
  } finally {
    await store.close();
  }
});

test('a schema-0 file (unique on the address as typed) is migrated at open: every row gets its key, case duplicates keep the first row, and later adds dedupe case-insensitively', async () => {
  // The table as the first release created it, with the duplicates it allowed.
  const old = new Database(join(root, sqliteFileName));
  old.exec(`CREATE TABLE subscribers (
    id INTEGER PRIMARY KEY, email TEXT NOT NULL UNIQUE, name TEXT,
    consent INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)), source TEXT,
    tags TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL DEFAULT 'subscribed' CHECK (status IN ('subscribed', 'pending')),
    created_at TEXT NOT NULL)`);
  const insert = old.prepare('INSERT INTO subscribers (email, name, tags, created_at) VALUES (?, ?, ?, ?)');
  insert.run('ann@example.com', 'Ann', '["weekly"]', '2025-01-01T00:00:00.000Z');
  insert.run('bo@example.com', 'Bo', '[]', '2025-01-02T00:00:00.000Z');
  insert.run('Ann@example.com', 'Ann again', '[]', '2025-01-03T00:00:00.000Z');
  insert.run('ANN@example.com', 'Ann thrice', '[]', '2025-01-04T00:00:00.000Z');
  old.close();

  const { store, logged } = openStore();
  try {
    assert.deepEqual(
      (await store.export()).map(row => [row.email, row.name, row.tags, row.createdAt]),
      [
        ['ann@example.com', 'Ann', ['weekly'], '2025-01-01T00:00:00.000Z'],
        ['bo@example.com', 'Bo', [], '2025-01-02T00:00:00.000Z'],
      ],
    );
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /migrated to schema 1 .*; 2 later signups of an address already on the list were dropped/);
    assert.equal(await store.add(subscriber('BO@EXAMPLE.COM')), 'already');
    assert.equal(await store.add(subscriber('Cy@example.com')), 'added');
  } finally {
    await store.close();
  }
  const db = new Database(join(root, sqliteFileName), { readonly: true });
  try {
    assert.equal(db.pragma('user_version', { simple: true }), 1);
    assert.deepEqual(db.prepare('SELECT email, email_key FROM subscribers ORDER BY id').raw().all(), [
      ['ann@example.com', 'ann@example.com'],
      ['bo@example.com', 'bo@example.com'],
      ['Cy@example.com', 'cy@example.com'],
    ]);
  } finally {
    db.close();
  }
  // Opening again changes nothing and logs nothing.
  const again = openStore();
  await again.store.close();
  assert.deepEqual(again.logged, []);
});

test('a file whose schema is newer than this store knows is refused at open with a StoreUnavailableError', async () => {
  await new SqliteSubscriberStore(root).close();
  const db = new Database(join(root, sqliteFileName));
  db.pragma('user_version = 2');
  db.close();
  assert.throws(() => new SqliteSubscriberStore(root), (error: unknown) => {
    assert.ok(error instanceof StoreUnavailableError);
    assert.match(error.message, /cannot open .*subscribers\.sqlite: its schema \(version 2\) is newer/);
    return true;
  });
});

test('a file that is not a database (its header overwritten) is refused at open with a StoreUnavailableError naming the file', async () => {
  const { store } = openStore();
  await store.add(subscriber('h@example.com'));
  await store.close();
  overwrite(join(root, sqliteFileName), 0, 100);
  assert.throws(() => new SqliteSubscriberStore(root), (error: unknown) => {
    assert.ok(error instanceof StoreUnavailableError);
    assert.match(error.message, /cannot open .*subscribers\.sqlite: file is not a database/);
    return true;
  });
});

test('a file damaged inside (a table page overwritten) is refused at open with a StoreUnavailableError saying it is corrupt', async () => {
  const { store } = openStore();
  for (let i = 0; i < 200; i++) await store.add(subscriber(`reader${i}@example.com`, { name: 'x'.repeat(100) }));
  await store.close();
  // Page 2 is the table's root page; its cell pointers now point nowhere.
  overwrite(join(root, sqliteFileName), 4096 + 8, 200);
  assert.throws(() => new SqliteSubscriberStore(root), (error: unknown) => {
    assert.ok(error instanceof StoreUnavailableError);
    assert.match(error.message, /cannot open .*subscribers\.sqlite: the file is corrupt: /);
    return true;
  });
});

test('while another connection holds the write lock, add rejects with a StoreUnavailableError (retryAfterSeconds 1) and logs "locked" once; the first add after the lock is released is stored and logs that writes work again', async () => {
  const { store, logged } = openStore();
  const locker = new Database(store.path);
  try {
    locker.exec('BEGIN IMMEDIATE');
    for (const email of ['l1@example.com', 'l2@example.com', 'l3@example.com']) {
      await assert.rejects(store.add(subscriber(email)), (error: unknown) => {
        assert.ok(error instanceof StoreUnavailableError);
        assert.equal(error.retryAfterSeconds, 1);
        return true;
      });
    }
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /subscribers\.sqlite is locked by another process; signups answer 503 with Retry-After: 1/);
    locker.exec('ROLLBACK');
    assert.equal(await store.add(subscriber('l1@example.com')), 'added');
    assert.match(logged[1]!, /subscribers\.sqlite: writes work again$/);
    assert.deepEqual((await store.export()).map(row => row.email), ['l1@example.com']);
  } finally {
    locker.close();
    await store.close();
  }
});

for (const files of [[sqliteFileName, `${sqliteFileName}-wal`, `${sqliteFileName}-shm`], [`${sqliteFileName}-wal`]]) {
  test(`after ${files.join(', ')} ${files.length > 1 ? 'are' : 'is'} deleted, add rejects with a StoreUnavailableError (never "added") and logs once that the file was deleted`, async () => {
    const { store, logged } = openStore();
    try {
      assert.equal(await store.add(subscriber('before@example.com')), 'added');
      for (const file of files) rmSync(join(root, file));
      for (const email of ['after1@example.com', 'after2@example.com', 'before@example.com']) {
        await assert.rejects(store.add(subscriber(email)), StoreUnavailableError);
      }
      assert.equal(logged.length, 1);
      assert.match(logged[0]!, new RegExp(`${files[0]!.replaceAll('.', '\\.')} was deleted while the server ran; signups answer 503`));
    } finally {
      await store.close();
    }
  });
}

test('after the file is replaced by another database file, add rejects with a StoreUnavailableError (never "added") and logs once that it was replaced', async () => {
  const { store, logged } = openStore();
  try {
    assert.equal(await store.add(subscriber('before@example.com')), 'added');
    const other = join(root, 'other');
    await new SqliteSubscriberStore(other).close();
    renameSync(join(other, sqliteFileName), store.path);
    await assert.rejects(store.add(subscriber('after@example.com')), StoreUnavailableError);
    await assert.rejects(store.add(subscriber('after2@example.com')), StoreUnavailableError);
    assert.equal(logged.length, 1);
    assert.match(logged[0]!, /subscribers\.sqlite was replaced by another file while the server ran; signups answer 503/);
  } finally {
    await store.close();
  }
});
