// @custom-elements-manifest/analyzer: custom-elements.json from the classes' JSDoc.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
