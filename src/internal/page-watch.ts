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

/** Page facts read since the last change or the start of this task (see pageFact). */
const facts = new Map<() => unknown, unknown>();

const notify = () => {
  facts.clear();
  listeners.forEach(listener => listener());
};

/**
 * Shares one reading of a page-wide fact (the colour scheme…) between every element: `read` runs
 * at most once per task, and again after a page change. A hundred cards rendering in one task
 * then cost one reading, not a hundred (getComputedStyle on `<html>` forces a style
 * recalculation of the whole page each time). Forgotten when the task ends too: a change no
 * observer sees (a style sheet's) is picked up by the next render, as before.
 */
export const pageFact =
  <T>(read: () => T) =>
  (): T => {
    if (!facts.has(read)) {
      if (!facts.size) setTimeout(() => facts.clear());
      facts.set(read, read());
    }
    return facts.get(read) as T;
  };

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
