import type { ReactiveController, ReactiveControllerHost } from '@lit/reactive-element';
import { watchPage } from './page-watch.js';

export type Theme = 'light' | 'dark' | 'auto';
export type ColorScheme = 'light' | 'dark';

function explicitScheme(element: Element): ColorScheme | undefined {
  const { classList, dataset } = element as HTMLElement;
  if (dataset.theme === 'dark' || dataset.theme === 'light') return dataset.theme;
  if (classList.contains('dark')) return 'dark';
  if (classList.contains('light')) return 'light';
  return undefined;
}

function readColorScheme(): ColorScheme {
  const html = document.documentElement;
  const explicit = explicitScheme(html) ?? (document.body ? explicitScheme(document.body) : undefined);
  if (explicit) return explicit;
  const declared = getComputedStyle(html).colorScheme.trim();
  if (declared === 'dark' || declared === 'only dark') return 'dark';
  if (declared === 'light' || declared === 'only light') return 'light';
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The page's scheme as last read: shared by every element until the page changes or the task ends. */
let pageScheme: ColorScheme | undefined;

/**
 * What `theme="auto"` means on this page: the host's own switch first (a `dark`/`light` class
 * or `data-theme` on `<html>` or `<body>`, then a single `color-scheme` on `<html>`), and the
 * reader's OS preference when the page says nothing.
 *
 * Read once for every element rendering in the same task, not by each render: it calls
 * getComputedStyle on `<html>`, which forces a style recalculation of the whole page (a
 * hundred cards paid a hundred). Read again after a page change (ThemeController), and in the
 * next task, so a change no observer sees (a style sheet's) shows at the next render, as before.
 */
export function pageColorScheme(): ColorScheme {
  if (!pageScheme) setTimeout(() => (pageScheme = undefined));
  return (pageScheme ??= readColorScheme());
}

/**
 * Re-renders its element when the page's theme or language changes, and tells the element
 * which colour scheme to draw with. Language is read at render time (`languageOf`), so the
 * same page watcher serves both.
 */
export class ThemeController implements ReactiveController {
  #unwatch?: () => void;

  constructor(private readonly host: ReactiveControllerHost & { theme: Theme }) {
    host.addController(this);
  }

  /** The scheme to render now. */
  get scheme(): ColorScheme {
    const { theme } = this.host;
    return theme === 'light' || theme === 'dark' ? theme : pageColorScheme();
  }

  hostConnected(): void {
    this.#unwatch = watchPage(() => {
      pageScheme = undefined;
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }
}
