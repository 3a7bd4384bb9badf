/** A SubscriberStore in a Map, for tests that need to see what the handler writes, not SQLite. */
import type { AddOutcome, Subscriber, SubscriberStore } from '../../server/store.js';

export class MemoryStore implements SubscriberStore {
  readonly rows = new Map<string, Subscriber>();
  async add(subscriber: Subscriber): Promise<AddOutcome> {
    if (this.rows.has(subscriber.email)) return 'already';
    this.rows.set(subscriber.email, subscriber);
    return 'added';
  }
  async export(): Promise<Subscriber[]> {
    return [...this.rows.values()];
  }
  async close(): Promise<void> {}
}
