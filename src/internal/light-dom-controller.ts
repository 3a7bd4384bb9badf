import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Re-renders its element when the markup a host wrote inside it changes. Needed because an
 * element defined by a classic script in `<head>` is connected before the parser has added
 * its children, and because frameworks replace children after connecting.
 */
export class LightDomController implements ReactiveController {
  /** Bumped on every change, so a render can tell whether to read the markup again. */
  version = 0;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer ??= new MutationObserver(() => {
      this.version++;
      this.host.requestUpdate();
    });
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true, attributes: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }
}
