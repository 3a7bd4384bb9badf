/**
 * One console warning per distinct problem, however often an element re-renders: a host
 * reads the problem once, and a page of cards does not flood the console.
 */
export class WarnOnce {
  #last = '';
  readonly #tag: string;

  constructor(tag: string) {
    this.#tag = tag;
  }

  /** Warns about `message` unless it was the last thing said; an empty message says nothing. */
  say(message: string): void {
    if (message && message !== this.#last) console.warn(`story-widgets: <${this.#tag}> ${message}`);
    this.#last = message;
  }
}
