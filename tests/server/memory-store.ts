/** A SubscriberStore in a Map, for tests that need to see what the handler writes, not SQLite. */
import { emailKey } from '../../server/email-key.js';
import type { AddOutcome, Subscriber, SubscriberStore } from '../../server/store.js';

export class MemoryStore implements SubscriberStore {
  /** By `emailKey`, as every store dedupes. */
  readonly rows = new Map<string, Subscriber>();
  async add(subscriber: Subscriber): Promise<AddOutcome> {
    const key = emailKey(subscriber.email);
    if (this.rows.has(key)) return 'already';
    this.rows.set(key, subscriber);
    return 'added';
  }
  async export(): Promise<Subscriber[]> {
    return [...this.rows.values()];
  }
  async close(): Promise<void> {}
}
