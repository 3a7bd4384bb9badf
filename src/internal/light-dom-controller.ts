import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';

/**
 * Re-renders its element when the markup a host wrote inside it changes. Needed because an
 * element defined by a classic script in `<head>` is connected before the parser has added
 * its children, and because frameworks replace children after connecting.
 */
export class LightDomController implements ReactiveController {
  /** Bumped on every change, so a render can tell whether to read the markup again. */
  version = 0;
  #observer?: MutationObserver;

  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  /**
   * False while the page is still being parsed: the markup may be half there, so what it
   * lacks is not yet a problem worth a warning or an error event. One more render follows
   * when parsing ends.
   */
  get settled(): boolean {
    return document.readyState !== 'loading';
  }

  readonly #changed = () => {
    this.version++;
    this.#host.requestUpdate();
  };

  hostConnected(): void {
    // The element's own attributes are its API, handled by Lit: only what is inside counts.
    this.#observer ??= new MutationObserver(records => {
      if (records.some(record => record.target !== this.#host || record.type !== 'attributes')) this.#changed();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true, attributes: true });
    if (!this.settled) document.addEventListener('DOMContentLoaded', this.#changed, { once: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    document.removeEventListener('DOMContentLoaded', this.#changed);
  }
}
