// `node scripts/lit-analyzer.mjs [lit-analyzer arguments]`: type-checks the bindings in Lit templates
// (attributes, properties and events of built-in and of our own elements) with @jackolope/lit-analyzer.
// lit-analyzer loads "typescript" from the project without declaring it, and the project's
// typescript is 7 (native, no JavaScript API): every `require`/`import` of "typescript" in this
// process is sent to the TypeScript 5 that @jackolope/web-component-analyzer (lit-analyzer's own
// dependency) declares, which npm nests under it. The project's tsc stays 7.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import Module, { createRequire, register } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const analyzer = dirname(require.resolve('@jackolope/lit-analyzer/package.json'));
const componentAnalyzer = require.resolve('@jackolope/web-component-analyzer', { paths: [analyzer] });
const typescript = require.resolve('typescript', { paths: [dirname(componentAnalyzer)] });
const { version } = require(typescript);
if (!/^5\./.test(version)) {
  throw new Error(`lit-analyzer needs TypeScript 5's JavaScript API; found ${version} at ${typescript}`);
}

// CommonJS: require("typescript")
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'typescript' ? typescript : resolveFilename.call(this, request, ...rest);
};
// ES modules: import … from "typescript"
const hooks = `let url;
export function initialize(data) { url = data; }
export function resolve(specifier, context, next) {
  return specifier === 'typescript' ? { url, format: 'commonjs', shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, { data: pathToFileURL(typescript).href });

// lit-analyzer finds our elements' properties, but not the attributes declared in a
// `static properties = {…}` class field (it reads `static get properties()` and decorators only:
// JackRobards/lit-analyzer#415). custom-elements.json (npm run analyze; npm test checks it is
// current) lists them: write them as VS Code custom HTML data where tsconfig.json's
// "@jackolope/ts-lit-plugin" entry (the CLI's settings) points customHtmlData; lit-analyzer
// merges them into the tags it found.
const htmlData = join('node_modules', '.cache', 'lit-analyzer', 'html-data.json');
if (existsSync('custom-elements.json')) {
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules
    .flatMap(module => module.declarations ?? [])
    .filter(declaration => declaration.tagName)
    .map(declaration => ({
      name: declaration.tagName,
      attributes: (declaration.attributes ?? []).map(({ name, description }) => ({ name, description })),
    }));
  mkdirSync(dirname(htmlData), { recursive: true });
  writeFileSync(htmlData, JSON.stringify({ version: 1.1, tags }));
}

// Not the package's bin (cli.mjs), which logs a crash and exits 0: a crash here must fail.
const { cli } = await import('@jackolope/lit-analyzer/lib/cli/cli.mjs');
await cli();
