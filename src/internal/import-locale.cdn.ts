import type { Strings } from './locales.js';

/**
 * Where the kit's own script lives, read while it first runs: a classic script (the IIFE,
 * also with async/defer or injected late) knows it from `document.currentScript`, which is
 * gone by the time a locale is needed; an ES module from `import.meta.url`.
 */
const kitUrl: string | undefined = (document.currentScript as HTMLScriptElement | null)?.src || import.meta.url;

/**
 * Loads one language's strings (the CDN builds): `cdn/locales/<lang>.js`, beside the kit's
 * own files, so a page needs no setup. A page whose CSP refuses it rejects the promise.
 */
export async function importLocale(lang: string): Promise<{ default: Partial<Strings> }> {
  if (!kitUrl) throw new Error('the kit’s own URL is unknown');
  return import(/* @vite-ignore */ new URL(`locales/${lang}.js`, kitUrl).href);
}
