/**
 * The CDN builds' version of on-demand.ts: the same modules, loaded from beside the kit's own
 * script (`cdn/locales/<lang>.js`, `cdn/parts/<name>.js`, each built on its own with nothing to
 * import), so the classic script and the ES modules share them and a page needs no setup.
 * A page whose CSP refuses them rejects the promise; callers fall back (English, an error).
 */
import type { SignupProviderName } from '../newsletter-signup/events.js';
import type { Provider } from '../newsletter-signup/providers/types.js';
import type { Strings } from './locales.js';

/** Set by the build (vite.config.ts): true in the classic script, false in the ES modules. */
declare const classicScript: boolean;

/**
 * Where the kit's own script lives, read while it first runs: a classic script (also with
 * async/defer or injected late) knows it from `document.currentScript`, which is gone by the
 * time a module is needed; an ES module from `import.meta.url`.
 */
const kitUrl: string | undefined = classicScript ? scriptUrl() : import.meta.url;

/**
 * The URL the browser fetched the running classic script from, read without trusting the page:
 * - through the real `currentScript` getter, and only a real `<script>`: page markup such as
 *   `<img name="currentScript" src="https://evil.example/cdn/story-widgets.iife.js">` shadows
 *   `document.currentScript` (DOM clobbering) and would send `locales/…` to its origin;
 * - against the base that applied when the script was fetched: `src` resolves against the
 *   page's base *now*, and a `<base href>` written after a deferred script (on another origin)
 *   was not there when the script was fetched from the page's own site.
 */
function scriptUrl(): string | undefined {
  const script = Object.getOwnPropertyDescriptor(Document.prototype, 'currentScript')?.get?.call(document);
  const written = script instanceof HTMLScriptElement ? script.getAttribute('src') : null;
  if (!written) return undefined;
  const base = Document.prototype.querySelector.call(document, 'base[href]');
  const baseCameLater = base && script.compareDocumentPosition(base) & Node.DOCUMENT_POSITION_FOLLOWING;
  return new URL(written, baseCameLater ? document.URL : document.baseURI).href;
}

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
