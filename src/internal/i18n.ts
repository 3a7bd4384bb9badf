import { importLocale } from './on-demand.js';
import { loadableLanguages, type Strings } from './locales.js';
import { notifyPageChanged } from './page-watch.js';

export type { Strings, StringKey, StoryStrings, SignupStrings } from './locales.js';

const registered: Record<string, Partial<Strings>> = {};
/** Languages asked for once already: each file is requested at most once per page. */
const requested = new Set<string>();

/**
 * Adds or overrides strings for a language (`'pt'`, `'pt-BR'`) for every element on the page;
 * the elements on the page re-render with them.
 */
export function registerStrings(lang: string, strings: Partial<Strings>): void {
  const key = lang.toLowerCase();
  // The host's own strings win over a language file that arrives after them.
  registered[key] = { ...registered[key], ...strings };
  notifyPageChanged();
}

/**
 * Loads a language the kit ships as a module (es, fr, de, ar, ja) the first time an element
 * needs it. English shows until it arrives; a page that refuses the request (CSP, offline)
 * stays in English with one warning.
 */
function requestLanguage(base: string): void {
  if (requested.has(base) || !loadableLanguages.includes(base)) return;
  requested.add(base);
  importLocale(base).then(
    module => {
      // Strings the host registered first stay on top.
      registered[base] = { ...module.default, ...registered[base] };
      notifyPageChanged();
    },
    (error: unknown) => console.warn(`story-widgets: could not load the "${base}" strings, showing English:`, error),
  );
}

/**
 * The language that applies to `element`: its own or nearest ancestor's `lang`, crossing
 * shadow roots (a card inside a host's component still follows the page), else English.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en';
}

/**
 * Strings for `lang`: the element's English `defaults`, then what is registered for the base
 * language, then for the exact tag, then the element's own overrides.
 */
export function stringsFor<T extends Partial<Strings>>(lang: string, overrides: Partial<Strings> | null | undefined, defaults: T): T {
  const tag = lang.toLowerCase();
  const base = tag.split('-')[0]!;
  requestLanguage(base);
  return { ...defaults, ...registered[base], ...registered[tag], ...overrides };
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
