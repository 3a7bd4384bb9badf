/**
 * The CDN builds' version of on-demand.ts: the same modules, loaded from beside the kit's own
 * script (`cdn/locales/<lang>.js`, `cdn/parts/<name>.js`, each built on its own with nothing to
 * import), so the classic script and the ES modules share them and a page needs no setup.
 * A page whose CSP refuses them rejects the promise; callers fall back (English, an error).
 */
import type { SignupProviderName } from '../newsletter-signup/events.js';
import type { Provider } from '../newsletter-signup/providers/types.js';
import type { Strings } from './locales.js';

/**
 * Where the kit's own script lives, read while it first runs: a classic script (also with
 * async/defer or injected late) knows it from `document.currentScript`, which is gone by the
 * time a module is needed; an ES module from `import.meta.url`.
 */
const kitUrl: string | undefined = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

/**
 * Only a URL that names the kit's own file says where its folder is. A short or redirecting
 * URL (`https://cdn.example/story-widgets`) would point `locales/…` at someone else's files.
 */
const ownFile = /\/(?:story-widgets\.iife|core)\.js$/;

async function load<T>(path: string): Promise<T> {
  const base = kitUrl ? new URL(kitUrl) : undefined;
  if (!base || !ownFile.test(base.pathname)) {
    throw new Error(`loads nothing beside ${kitUrl}: load the kit by the full path of its file (…/cdn/story-widgets.iife.js)`);
  }
  return import(/* @vite-ignore */ new URL(path, base).href) as Promise<T>;
}

export const importLocale = (lang: string) => load<{ default: Partial<Strings> }>(`locales/${lang}.js`);

export const importMarkupReader = () => load<typeof import('../story/from-markup.js')>('parts/from-markup.js');

export const importJsonLd = () => load<typeof import('../story/json-ld.js')>('parts/json-ld.js');

export const importProvider = async (name: Exclude<SignupProviderName, 'endpoint'>): Promise<Provider> =>
  (await load<Record<string, Provider>>(`parts/${name}.js`))[`${name}Provider`]!;
