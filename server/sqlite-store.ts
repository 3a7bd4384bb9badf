import Database from 'better-sqlite3';
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { emailKey } from './email-key.js';
import { StoreUnavailableError, type AddOutcome, type Subscriber, type SubscriberStatus, type SubscriberStore } from './store.js';

/** The one file in the data directory (SQLite adds `-wal` and `-shm` beside it while open). */
export const sqliteFileName = 'subscribers.sqlite';

/** `PRAGMA user_version` of the schema below; 0 is the first one, unique on `email` as typed. */
const schemaVersion = 1;

const createTable = (name: string) => `
  CREATE TABLE ${name} (
    id         INTEGER PRIMARY KEY,
    email      TEXT    NOT NULL,
    email_key  TEXT    NOT NULL UNIQUE,
    name       TEXT,
    consent    INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    source     TEXT,
    tags       TEXT    NOT NULL DEFAULT '[]',
    status     TEXT    NOT NULL DEFAULT 'subscribed' CHECK (status IN ('subscribed', 'pending')),
    created_at TEXT    NOT NULL
  )
`;

/**
 * Schema 0 → 1: one row per address in any case. Rebuilt, since a column's UNIQUE cannot be
 * dropped in place; `ON CONFLICT DO NOTHING` in id order keeps the first signup of a person
 * who is on the list more than once (`WHERE true` is SQLite's required disambiguation for an
 * upsert fed by a SELECT).
 */
const migrateToVersion1 = `
  ${createTable('subscribers_v1')};
  INSERT INTO subscribers_v1 (id, email, email_key, name, consent, source, tags, status, created_at)
    SELECT id, email, email_key(email), name, consent, source, tags, status, created_at
    FROM subscribers WHERE true ORDER BY id
    ON CONFLICT (email_key) DO NOTHING;
  DROP TABLE subscribers;
  ALTER TABLE subscribers_v1 RENAME TO subscribers;
`;

export interface SqliteStoreOptions {
  /**
   * How long one write waits for another process's lock before the signup is answered `503`,
   * in ms. Writes run on the event loop, so this is the longest a lock can hold the whole
   * server up, and only once per incident (see `add`). Default 25.
   */
  busyTimeoutMs?: number;
  /**
   * Told once when writes start failing for a known reason (locked, deleted, replaced,
   * read-only, corrupt) and once when they work again. Default `console.error`.
   */
  log?: (line: string) => void;
}

/** How long opening (and migrating) may wait for a lock: before the server listens, so longer. */
const openBusyTimeoutMs = 2000;
/** What `Retry-After` says while another process holds the lock. */
const lockedRetryAfterSeconds = 1;

interface SubscriberRow {
  email: string;
  name: string | null;
  consent: number;
  source: string | null;
  tags: string;
  status: SubscriberStatus;
  created_at: string;
}

/** Which file on disk a path is: compared before and after each write. */
interface FileIdentity {
  dev: bigint;
  ino: bigint;
}

/**
 * The default store: one SQLite file in `dataDir`, which is created when missing. Throws a
 * `StoreUnavailableError` saying why when the file cannot be opened (corrupt, not a database,
 * locked for longer than 2 s, not readable).
 */
export class SqliteSubscriberStore implements SubscriberStore {
  readonly path: string;
  readonly #db: Database.Database;
  readonly #insert: Database.Statement<[Record<string, string | number | null>]>;
  readonly #selectAll: Database.Statement<[], SubscriberRow>;
  readonly #busyTimeoutMs: number;
  readonly #log: (line: string) => void;
  /** The database file and its WAL as opened: a write goes to these or nowhere. */
  readonly #opened: ReadonlyMap<string, FileIdentity>;
  /** Why writes currently fail, so each incident is logged once; null while they work. */
  #failing: string | null = null;
  #currentBusyTimeoutMs: number;

  constructor(dataDir: string, options: SqliteStoreOptions = {}) {
    this.path = join(dataDir, sqliteFileName);
    this.#busyTimeoutMs = options.busyTimeoutMs ?? 25;
    this.#log = options.log ?? (line => console.error(line));
    let db: Database.Database | undefined;
    try {
      mkdirSync(dataDir, { recursive: true });
      db = new Database(this.path, { timeout: openBusyTimeoutMs });
      // WAL lets the export read while the server writes; NORMAL is durable across process
      // crashes in WAL mode (only an OS crash can lose the last commits), and much faster.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      assertNotCorrupt(db);
      db.function('email_key', { deterministic: true }, (email: unknown) => emailKey(String(email)));
      this.#migrate(db);
      // One statement both inserts and detects the duplicate: no read-then-write race, and a
      // failure anywhere aborts the whole statement, so nothing is half-written.
      this.#insert = db.prepare(`
        INSERT INTO subscribers (email, email_key, name, consent, source, tags, status, created_at)
        VALUES (@email, @email_key, @name, @consent, @source, @tags, @status, @created_at)
        ON CONFLICT (email_key) DO NOTHING
      `);
      this.#selectAll = db.prepare<[], SubscriberRow>(
        'SELECT email, name, consent, source, tags, status, created_at FROM subscribers ORDER BY id',
      );
      // From here on a lock held elsewhere costs a signup a 503, never the server its event loop.
      db.pragma(`busy_timeout = ${this.#busyTimeoutMs}`);
      this.#currentBusyTimeoutMs = this.#busyTimeoutMs;
      this.#opened = new Map(
        [this.path, `${this.path}-wal`].flatMap(path => {
          const identity = fileIdentity(path);
          return identity ? [[path, identity] as const] : [];
        }),
      );
    } catch (error) {
      db?.close();
      throw new StoreUnavailableError(`cannot open ${this.path}: ${describe(error)}`, { cause: error });
    }
    this.#db = db;
  }

  /**
   * Rejects with a `StoreUnavailableError` (answered `503`) instead of writing where no one
   * will read: when the file was deleted or replaced since it was opened (checked before and
   * after the write, so a deletion racing the write is not answered `201`), or when SQLite says
   * it is locked, read-only, corrupt or failing. While another process holds the lock, writes
   * are tried without waiting until one succeeds: one lock costs the event loop one
   * `busyTimeoutMs`, however many signups arrive meanwhile.
   */
  async add(subscriber: Subscriber): Promise<AddOutcome> {
    this.#assertSameFiles();
    let changes: number;
    try {
      ({ changes } = this.#insert.run({
        email: subscriber.email,
        email_key: emailKey(subscriber.email),
        name: subscriber.name,
        consent: subscriber.consent ? 1 : 0,
        source: subscriber.source,
        tags: JSON.stringify(subscriber.tags),
        status: subscriber.status,
        created_at: subscriber.createdAt,
      }));
    } catch (error) {
      throw this.#unavailable(error) ?? error;
    }
    this.#assertSameFiles();
    this.#recovered();
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

  /** Creates the table, or brings an older one to `schemaVersion`, in one transaction. */
  #migrate(db: Database.Database): void {
    db.transaction(() => {
      const version = db.pragma('user_version', { simple: true }) as number;
      const hasTable = db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'subscribers'").get() !== undefined;
      if (version > schemaVersion) {
        throw new Error(`its schema (version ${version}) is newer than this server knows (${schemaVersion})`);
      }
      if (!hasTable) {
        db.exec(createTable('subscribers'));
      } else if (version < 1) {
        const before = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM subscribers').get()!.n;
        db.exec(migrateToVersion1);
        const after = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM subscribers').get()!.n;
        this.#log(
          `${this.path}: migrated to schema ${schemaVersion} (one row per address in any case)` +
            (before > after ? `; ${before - after} later signups of an address already on the list were dropped` : ''),
        );
      } else {
        return;
      }
      db.pragma(`user_version = ${schemaVersion}`);
    }).immediate();
  }

  #assertSameFiles(): void {
    for (const [path, opened] of this.#opened) {
      const now = fileIdentity(path);
      if (!now) {
        throw this.#failed(
          'deleted',
          new StoreUnavailableError(
            `${path} was deleted while the server ran; signups answer 503 until the server is restarted (which starts an empty list: put a backup in place first to keep one)`,
          ),
        );
      }
      if (now.dev !== opened.dev || now.ino !== opened.ino) {
        throw this.#failed(
          'replaced',
          new StoreUnavailableError(
            `${path} was replaced by another file while the server ran; signups answer 503 until the server is restarted to open the new one`,
          ),
        );
      }
    }
  }

  /** The error a failed write is answered with, when SQLite says why; null for anything else. */
  #unavailable(error: unknown): StoreUnavailableError | null {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
    if (/^SQLITE_(BUSY|LOCKED)/.test(code)) {
      // Until the lock is gone, try without waiting: the loop serves everyone else meanwhile.
      this.#setBusyTimeout(0);
      return this.#failed(
        'locked',
        new StoreUnavailableError(
          `${this.path} is locked by another process; signups answer 503 with Retry-After: ${lockedRetryAfterSeconds} until it is free`,
          { retryAfterSeconds: lockedRetryAfterSeconds, cause: error },
        ),
      );
    }
    const kind = /^SQLITE_READONLY/.test(code)
      ? 'is read-only'
      : /^SQLITE_(CORRUPT|NOTADB)/.test(code)
        ? 'is corrupt'
        : /^SQLITE_(IOERR|FULL|CANTOPEN|PERM)/.test(code)
          ? 'cannot be written'
          : null;
    if (kind === null) return null;
    return this.#failed(
      kind,
      new StoreUnavailableError(`${this.path} ${kind} (${code}: ${describe(error)}); signups answer 503 until it is fixed`, { cause: error }),
    );
  }

  /** Logs the first failure of an incident (or a failure of another kind), then returns it. */
  #failed(kind: string, error: StoreUnavailableError): StoreUnavailableError {
    if (this.#failing !== kind) this.#log(error.message);
    this.#failing = kind;
    return error;
  }

  #recovered(): void {
    this.#setBusyTimeout(this.#busyTimeoutMs);
    if (this.#failing === null) return;
    this.#failing = null;
    this.#log(`${this.path}: writes work again`);
  }

  #setBusyTimeout(ms: number): void {
    if (this.#currentBusyTimeoutMs === ms) return;
    this.#db.pragma(`busy_timeout = ${ms}`);
    this.#currentBusyTimeoutMs = ms;
  }
}

function fileIdentity(path: string): FileIdentity | undefined {
  const stats = statSync(path, { bigint: true, throwIfNoEntry: false });
  return stats && { dev: stats.dev, ino: stats.ino };
}

/** A few milliseconds per megabyte, once at start: a damaged file is refused before it is written to. */
function assertNotCorrupt(db: Database.Database): void {
  const rows = db.pragma('quick_check(3)') as { quick_check: string }[];
  const findings = rows.map(row => row.quick_check);
  if (findings.join() !== 'ok') throw new Error(`the file is corrupt: ${findings.join('; ')}`);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
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
