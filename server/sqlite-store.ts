import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AddOutcome, Subscriber, SubscriberStatus, SubscriberStore } from './store.js';

/** The one file in the data directory (SQLite adds `-wal` and `-shm` beside it while open). */
export const sqliteFileName = 'subscribers.sqlite';

const schema = `
  CREATE TABLE IF NOT EXISTS subscribers (
    id         INTEGER PRIMARY KEY,
    email      TEXT    NOT NULL UNIQUE,
    name       TEXT,
    consent    INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    source     TEXT,
    tags       TEXT    NOT NULL DEFAULT '[]',
    status     TEXT    NOT NULL DEFAULT 'subscribed' CHECK (status IN ('subscribed', 'pending')),
    created_at TEXT    NOT NULL
  )
`;

interface SubscriberRow {
  email: string;
  name: string | null;
  consent: number;
  source: string | null;
  tags: string;
  status: SubscriberStatus;
  created_at: string;
}

/** The default store: one SQLite file in `dataDir`, which is created when missing. */
export class SqliteSubscriberStore implements SubscriberStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #insert: Database.Statement<[Record<string, string | number | null>]>;
  readonly #selectAll: Database.Statement<[], SubscriberRow>;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, sqliteFileName);
    this.#db = new Database(this.path);
    // WAL lets the export read while the server writes; NORMAL is durable across process
    // crashes in WAL mode (only an OS crash can lose the last commits), and much faster.
    this.#db.pragma('journal_mode = WAL');
    this.#db.pragma('synchronous = NORMAL');
    // A second process (the CSV export) may hold the lock for a moment: wait, don't fail.
    this.#db.pragma('busy_timeout = 5000');
    this.#db.exec(schema);
    // One statement both inserts and detects the duplicate: no read-then-write race, and a
    // failure anywhere aborts the whole statement, so nothing is half-written.
    this.#insert = this.#db.prepare(`
      INSERT INTO subscribers (email, name, consent, source, tags, status, created_at)
      VALUES (@email, @name, @consent, @source, @tags, @status, @created_at)
      ON CONFLICT (email) DO NOTHING
    `);
    this.#selectAll = this.#db.prepare<[], SubscriberRow>(
      'SELECT email, name, consent, source, tags, status, created_at FROM subscribers ORDER BY id',
    );
  }

  async add(subscriber: Subscriber): Promise<AddOutcome> {
    const { changes } = this.#insert.run({
      email: subscriber.email,
      name: subscriber.name,
      consent: subscriber.consent ? 1 : 0,
      source: subscriber.source,
      tags: JSON.stringify(subscriber.tags),
      status: subscriber.status,
      created_at: subscriber.createdAt,
    });
    return changes === 1 ? 'added' : 'already';
  }

  async export(): Promise<Subscriber[]> {
    return this.#selectAll.all().map(row => ({
      email: row.email,
      name: row.name,
      consent: row.consent === 1,
      source: row.source,
      tags: parseTags(row.tags),
      status: row.status,
      createdAt: row.created_at,
    }));
  }

  async close(): Promise<void> {
    if (this.#db.open) this.#db.close();
  }
}

/** Tags are written by `add` only, but the file may have been edited by hand: stay lenient. */
function parseTags(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
  } catch {
    return [];
  }
}
