/**
 * What the subscribe handler needs from storage, and nothing more: so the same handler runs
 * over SQLite in Node, or over a KV/D1/Postgres store on a serverless or edge runtime.
 */

/** `pending` is reserved for double opt-in: this reference endpoint only writes `subscribed`. */
export type SubscriberStatus = 'subscribed' | 'pending';

/** One signup, already validated and normalized by the handler. */
export interface Subscriber {
  /**
   * As typed, trimmed, domain lowercased. Unique in the store by `emailKey(email)`
   * (email-key.ts): case-insensitive, local part included.
   */
  email: string;
  name: string | null;
  consent: boolean;
  /** The page the signup box was on. */
  source: string | null;
  tags: readonly string[];
  status: SubscriberStatus;
  /** ISO 8601, UTC. */
  createdAt: string;
}

/** `added` for a new row, `already` when the email was there before (and nothing changed). */
export type AddOutcome = 'added' | 'already';

/**
 * What a store rejects with when it cannot write for a reason it knows (the database is locked,
 * gone, read-only or corrupt). The handler answers every rejection of `add` with `503`; this
 * one adds `Retry-After` when the store knows when trying again makes sense.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
  /** Whole seconds, when waiting is likely to help (a lock held for a moment); else undefined. */
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, options: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export interface SubscriberStore {
  /**
   * Inserts the subscriber unless an address with the same `emailKey` (email-key.ts) is already
   * stored. Must be atomic: a second call for the same person, even concurrently and typed in
   * another case, returns `already` and writes nothing; a failure rejects (a
   * `StoreUnavailableError` when the cause is known) and leaves nothing half-written.
   */
  add(subscriber: Subscriber): Promise<AddOutcome>;
  /** Every subscriber, oldest first. */
  export(): Promise<Subscriber[]>;
  close(): Promise<void>;
}
