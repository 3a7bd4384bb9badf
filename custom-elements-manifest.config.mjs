// @custom-elements-manifest/analyzer: custom-elements.json from the classes' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  // package.json names the committed manifest; the analyzer must not rewrite it.
  packagejson: false,
};
