// @custom-elements-manifest/analyzer: custom-elements.json from the classes' JSDoc.
// Only the public surface is analyzed — the elements, their events and the entry points —
// so the manifest (and the README tables made from it) change only when the API does.
export default {
  globs: ['src/index.ts', 'src/story-widgets.ts', 'src/*/events.ts', 'src/*/*.component.ts', 'src/story-card/story-card.ts', 'src/quoted-reply/quoted-reply.ts', 'src/newsletter-signup/newsletter-signup.ts'],
  litelement: true,
  // package.json names the committed manifest; the analyzer must not rewrite it.
  packagejson: false,
};
