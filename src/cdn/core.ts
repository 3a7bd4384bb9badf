/**
 * `cdn/core.js`: what every element module of the CDN build shares and loads once — Lit and
 * the internals that must be one per page (the strings registry, the page watcher that
 * re-renders every element, the on-demand loader) or that every element uses (registration,
 * the URL gate, the theme controller). Each element module (`cdn/story-card.js`, …) bundles
 * the rest of what it needs, its English strings and the shared style sheet included (they
 * compress better beside the element's own), and imports these from here (vite.config.ts),
 * so a page with one element loads two files.
 */
// Lit's API the kit uses: a page's own code imports Lit from its own copy, never from here.
export { ReactiveElement, css } from '@lit/reactive-element';
// What the element modules import, and only that: every module named here stays in this file
// for them (vite.config.ts), and an unlisted name one of them needs fails the build
// (scripts/short-core-exports.mjs), never the page.
export * from '../internal/attribute-rules.js';
export * from '../internal/define-element.js';
export * from '../internal/dom.js';
export { format, languageOf, registerStrings, stringsFor } from '../internal/i18n.js';
export { importJsonLd, importMarkupReader, importProvider } from '../internal/on-demand.js';
export {} from '../internal/page-watch.js';
export { authorUrl, safeUrl } from '../internal/safe-url.js';
export { ThemeController } from '../internal/theme-controller.js';
export { trustedScriptUrl } from '../internal/trusted-types.js';
