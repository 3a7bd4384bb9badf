/**
 * What the subscribe handler needs from storage, and nothing more: so the same handler runs
 * over SQLite in Node, or over a KV/D1/Postgres store on a serverless or edge runtime.
 */

/** `pending` is reserved for double opt-in: this reference endpoint only writes `subscribed`. */
export type SubscriberStatus = 'subscribed' | 'pending';

/** One signup, already validated and normalized by the handler. */
export interface Subscriber {
  /** Normalized: trimmed, domain lowercased. Unique in the store. */
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

export interface SubscriberStore {
  /**
   * Inserts the subscriber unless its email is already stored. Must be atomic: a second call
   * with the same email, even concurrently, returns `already` and writes nothing; a failure
   * rejects and leaves nothing half-written.
   */
  add(subscriber: Subscriber): Promise<AddOutcome>;
  /** Every subscriber, oldest first. */
  export(): Promise<Subscriber[]>;
  close(): Promise<void>;
}
