/**
 * One watcher per page for what every element follows on the host page: the theme switch
 * (`class`, `data-theme`, `style`/`color-scheme` on `<html>` or `<body>`), `lang` on `<html>`,
 * and the OS colour scheme. A hundred cards share one MutationObserver and one media listener;
 * both are released when the last element disconnects.
 */
type Listener = () => void;

const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;
let darkQuery: MediaQueryList | undefined;

const notify = () => listeners.forEach(listener => listener());

/** Re-renders every element on the page: something they all read (strings) has changed. */
export const notifyPageChanged = notify;

function start(): void {
  observer = new MutationObserver(notify);
  const options = { attributes: true, attributeFilter: ['class', 'data-theme', 'style', 'lang'] };
  observer.observe(document.documentElement, options);
  if (document.body) observer.observe(document.body, options);
  darkQuery = matchMedia('(prefers-color-scheme: dark)');
  darkQuery.addEventListener('change', notify);
}

function stop(): void {
  observer?.disconnect();
  darkQuery?.removeEventListener('change', notify);
  observer = darkQuery = undefined;
}

/** Calls `listener` whenever the page's theme or language may have changed; returns the unsubscribe. */
export function watchPage(listener: Listener): () => void {
  if (!listeners.size) start();
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) stop();
  };
}
