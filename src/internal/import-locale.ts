import type { Strings } from './locales.js';

type LocaleModule = Promise<{ default: Partial<Strings> }>;

/**
 * One static import per language, so every app bundler (and Vite's dev server) sees each file
 * and emits it as its own small chunk, loaded only when a page needs it. The CDN builds swap
 * this module for import-locale.cdn.ts (vite.config.ts).
 */
const files: Record<string, () => LocaleModule> = {
  es: () => import('../locales/data/es.js'),
  fr: () => import('../locales/data/fr.js'),
  de: () => import('../locales/data/de.js'),
  ar: () => import('../locales/data/ar.js'),
  ja: () => import('../locales/data/ja.js'),
};

/** Loads one language's strings (the npm build). */
export async function importLocale(lang: string): LocaleModule {
  const load = files[lang];
  if (!load) throw new Error(`no strings for "${lang}"`);
  return load();
}
