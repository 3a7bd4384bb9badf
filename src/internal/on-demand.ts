/**
 * Code a page loads only when it needs it: the strings of a language other than English, the
 * reader of a card written as markup, the schema.org JSON-LD reader, and the signup providers
 * other than the default endpoint.
 *
 * This is the npm build's version: one static `import()` per module, so every app bundler
 * (and Vite's dev server) sees each file and emits it as its own small chunk. The CDN builds
 * swap this module for on-demand.cdn.ts, which loads the same modules from beside the kit's
 * own script (vite.config.ts).
 */
import type { SignupProviderName } from '../newsletter-signup/events.js';
import type { Provider } from '../newsletter-signup/providers/types.js';
import type { Strings } from './locales.js';

type Loaded<T> = () => Promise<T>;

const locales: Record<string, Loaded<{ default: Partial<Strings> }>> = {
  es: () => import('../locales/data/es.js'),
  fr: () => import('../locales/data/fr.js'),
  de: () => import('../locales/data/de.js'),
  ar: () => import('../locales/data/ar.js'),
  ja: () => import('../locales/data/ja.js'),
};

const providers: Record<Exclude<SignupProviderName, 'endpoint'>, Loaded<Provider>> = {
  form: async () => (await import('../newsletter-signup/providers/form.js')).formProvider,
  mailchimp: async () => (await import('../newsletter-signup/providers/mailchimp.js')).mailchimpProvider,
  buttondown: async () => (await import('../newsletter-signup/providers/buttondown.js')).buttondownProvider,
  kit: async () => (await import('../newsletter-signup/providers/kit.js')).kitProvider,
  ghost: async () => (await import('../newsletter-signup/providers/ghost.js')).ghostProvider,
};

/** One language's strings (`es`, `fr`, `de`, `ar`, `ja`). */
export async function importLocale(lang: string): Promise<{ default: Partial<Strings> }> {
  const load = locales[lang];
  if (!load) throw new Error(`no strings for "${lang}"`);
  return load();
}

/** The reader of a card's host markup (story/from-markup.ts). */
export const importMarkupReader = () => import('../story/from-markup.js');

/** The JSON-LD reader (story/json-ld.ts). */
export const importJsonLd = () => import('../story/json-ld.js');

/** A signup provider other than the endpoint. */
export const importProvider = (name: keyof typeof providers): Promise<Provider> => providers[name]();
