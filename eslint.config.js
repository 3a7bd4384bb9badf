// ESLint (flat config) for the element sources: Lit template rules (eslint-plugin-lit),
// accessibility in templates (eslint-plugin-lit-a11y) and custom-element rules (eslint-plugin-wc).
// Type-aware template checks (bindings against our elements' property types) are lit-analyzer's
// job: scripts/lit-analyzer.mjs.
//
// Parser: Babel's, parsing TypeScript syntax only. typescript-eslint's parser needs the
// TypeScript 4.8–6.0 JavaScript API and declares it as a peer, which cannot sit beside the
// project's typescript 7 (native, no JavaScript API); none of these rules needs types.
import babelParser from '@babel/eslint-parser';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default [
  {
    files: ['src/**/*.ts'],
    languageOptions: {
      parser: babelParser,
      parserOptions: {
        requireConfigFile: false,
        babelOptions: {
          babelrc: false,
          configFile: false,
          plugins: ['@babel/plugin-syntax-typescript', ['@babel/plugin-syntax-decorators', { version: 'legacy' }]],
        },
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
  },
  lit.configs['flat/all'],
  { plugins: { wc }, rules: Object.fromEntries(Object.keys(wc.rules).map(rule => [`wc/${rule}`, 'error'])) },
  litA11y.configs.recommended,
  {
    rules: {
      // Fields compile to constructor assignments (useDefineForClassFields: false), so they go
      // through Lit's accessors and shadow nothing; the rule cannot see the compiler option.
      'lit/no-classfield-shadowing': 'off',
      // Style only: `items.map(item => html`…`)` in a template is idiomatic Lit.
      'lit/no-template-map': 'off',
      // The elements declare `static properties` and use no decorators.
      'lit/prefer-query-decorators': 'off',
      // LitElement implements every lifecycle callback; `override` (noImplicitOverride) checks it.
      'wc/guard-super-call': 'off',
      // Lit's own advice: listeners on the host go in the constructor.
      'wc/no-constructor': 'off',
      // Layout: the class lives in <tag>.component.ts and <tag>.ts registers it through
      // defineElement() (guarded, warns on a foreign owner) and HTMLElementTagNameMap.
      'wc/file-name-matches-element': 'off',
      'wc/define-tag-after-class-definition': 'off',
      'wc/expose-class-on-global': 'off',
    },
  },
];
