// `node scripts/check-types.mjs`: the kit's types as each host sees them, checked against the
// BUILT package (dist/*.d.ts; run `node scripts/build.mjs` first). For each consumer in
// tests/types (plain DOM, React 19, Preact, Vue 3):
//   1. tsc passes; an unneeded `@ts-expect-error` is itself an error, so each one is needed;
//   2. with its `@ts-expect-error` lines removed, tsc fails on exactly the lines they guarded,
//      each error mentioning what its directive names in backticks (`heading-levl`, `sttus`):
//      the typing cannot quietly go loose;
//   3. it also passes with `story-widgets` resolved through package.json `exports`, as an
//      installed copy resolves (a warning, not a failure, while an entry it needs is missing);
//   4. its program loads no other framework's types (the plain-DOM one loads none at all);
// and, for the package: the typings name every attribute, rich property and event the elements
// have (custom-elements.json), and their modules dist/types/*.js are empty: importing them
// does nothing at runtime.
// Ends with one summary line; exits 1 when any expectation breaks. `--verbose` shows the errors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const testsDir = join(root, 'tests', 'types');
const tsc = join(root, 'node_modules', '.bin', 'tsc');

/** Each consumer, the tsconfig that checks it, and the framework it may load (none for DOM). */
const consumers = [
  { file: 'dom-consumer.ts', config: 'tsconfig.json', framework: undefined },
  { file: 'react-consumer.tsx', config: 'tsconfig.react.json', framework: 'react' },
  { file: 'preact-consumer.tsx', config: 'tsconfig.preact.json', framework: 'preact' },
  { file: 'vue-consumer.ts', config: 'tsconfig.vue.json', framework: 'vue' },
];
const frameworkFiles = {
  react: /[\\/]node_modules[\\/](@types[\\/])?react[\\/]/,
  preact: /[\\/]node_modules[\\/]preact[\\/]/,
  vue: /[\\/]node_modules[\\/](vue|@vue)[\\/]/,
};

/** `--verbose`: also print each error that reappears without its `@ts-expect-error`. */
const verbose = process.argv.includes('--verbose');
const problems = [];
const fail = message => {
  problems.push(message);
  console.log(`✗ ${message}`);
};
const pass = message => console.log(`✓ ${message}`);

/** Runs tsc; returns its exit status, its output and its errors as { file, line, code, message }. */
function runTsc(args) {
  const result = spawnSync(tsc, [...args, '--pretty', 'false'], { cwd: root, encoding: 'utf8' });
  if (result.error) throw result.error;
  const output = `${result.stdout}${result.stderr}`;
  const errors = [];
  for (const line of output.split('\n')) {
    const match = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line);
    if (match) errors.push({ file: match[1], line: Number(match[2]), code: match[4], message: match[5] });
    else if (/^\s/.test(line) && errors.length) errors.at(-1).message += `\n${line.trim()}`;
  }
  return { status: result.status ?? 1, output: output.trim(), errors };
}

/**
 * The `@ts-expect-error` directives of a consumer (`// @ts-expect-error …` or, in JSX children,
 * `{/* @ts-expect-error … *\/}`): 1-based line number and what the error must mention.
 */
function directivesOf(source) {
  return source.split('\n').flatMap((text, index) => {
    const directive = /^\s*(?:\/\/|\{?\/\*)\s*@ts-expect-error\b(.*)$/.exec(text);
    return directive ? [{ line: index + 1, mentions: /^\s*`([^`]+)`/.exec(directive[1])?.[1] }] : [];
  });
}

// 0. A build to check against, not older than the typings' sources.
const typings = ['attributes', 'react', 'preact', 'vue'];
for (const name of typings) {
  const source = join(root, 'src', 'types', `${name}.ts`);
  const built = join(root, 'dist', 'types', `${name}.d.ts`);
  if (!existsSync(built)) fail(`dist/types/${name}.d.ts is missing: run \`node scripts/build.mjs\` first`);
  else if (statSync(source).mtimeMs > statSync(built).mtimeMs) fail(`dist/types/${name}.d.ts is older than src/types/${name}.ts: run \`node scripts/build.mjs\``);
}

// The typings list what the elements have: the same attributes, rich properties and events as
// custom-elements.json (generated from the classes by `npm run analyze`, checked by `npm test`).
const distReady = !problems.length;
if (distReady) {
  const problemsBefore = problems.length;
  const declarations = readFileSync(join(root, 'dist', 'types', 'attributes.d.ts'), 'utf8');
  const keysOf = name => {
    const body = new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`).exec(declarations)?.[1];
    return body === undefined ? undefined : [...body.matchAll(/^\s*'?([\w-]+)'?\??:/gm)].map(([, key]) => key).sort();
  };
  const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
  const elements = manifest.modules.flatMap(module => module.declarations ?? []).filter(declaration => declaration.tagName);
  for (const element of elements) {
    const fields = (element.members ?? []).filter(
      member => member.kind === 'field' && !member.static && !member.readonly && (member.privacy ?? 'public') === 'public',
    );
    const expected = {
      Attributes: (element.attributes ?? []).map(attribute => attribute.name),
      Properties: fields.filter(field => !field.attribute).map(field => field.name),
      Events: (element.events ?? []).map(event => event.name).filter(Boolean),
    };
    for (const [kind, names] of Object.entries(expected)) {
      const listed = keysOf(`${element.name}${kind}`);
      const want = [...new Set(names)].sort();
      if (!listed) fail(`src/types/attributes.ts has no ${element.name}${kind} for <${element.tagName}>`);
      else if (listed.join() !== want.join()) {
        const missing = want.filter(name => !listed.includes(name));
        const extra = listed.filter(name => !want.includes(name));
        fail(
          `src/types/attributes.ts ${element.name}${kind} differs from custom-elements.json:` +
            `${missing.length ? ` missing ${missing.join(', ')}` : ''}${extra.length ? ` not on the element ${extra.join(', ')}` : ''}`,
        );
      }
    }
  }
  if (problems.length === problemsBefore) pass(`the typings list every attribute, rich property and event of ${elements.map(element => `<${element.tagName}>`).join(', ')} (custom-elements.json)`);
}

// The typings do nothing at runtime: each module tsc emitted for them is empty.
for (const name of distReady ? readdirSync(join(root, 'dist', 'types')).filter(file => file.endsWith('.js')) : []) {
  const code = readFileSync(join(root, 'dist', 'types', name), 'utf8')
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')
    .replace(/\s+/g, '');
  if (code !== 'export{};') fail(`dist/types/${name} is not an empty module: importing it would run code`);
}

/** Whether package.json `exports` has a subpath (`.`, `./types/react`), exactly or through a `*` pattern. */
const packageExports = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports ?? {};
function exportsMatch(subpath) {
  return Object.keys(packageExports).some(key => {
    const star = key.indexOf('*');
    return star === -1 ? key === subpath : subpath.startsWith(key.slice(0, star)) && subpath.endsWith(key.slice(star + 1));
  });
}
const warnings = [];

let expectedTotal = 0;
let reappeared = 0;
const scratch = join(testsDir, `.unguarded-${process.pid}`);
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

if (distReady) {
  for (const { file, config, framework } of consumers) {
    const configPath = relative(root, join(testsDir, config));

    // 1. It type-checks, every @ts-expect-error in it used.
    const clean = runTsc(['--noEmit', '-p', configPath]);
    if (clean.status === 0) pass(`${file}: tsc -p ${configPath} passes`);
    else fail(`${file}: tsc -p ${configPath} failed:\n${clean.output}`);

    // 2. Without its @ts-expect-error lines, it fails exactly there, for the named reason.
    const source = readFileSync(join(testsDir, file), 'utf8');
    const directives = directivesOf(source);
    const problemsBefore = problems.length;
    expectedTotal += directives.length;
    if (!directives.length) fail(`${file} has no @ts-expect-error: nothing proves its types are strict`);
    for (const { line, mentions } of directives) {
      if (!mentions) fail(`${file}:${line}: the @ts-expect-error names nothing in backticks for the error to mention`);
    }
    mkdirSync(scratch, { recursive: true });
    const lines = source.split('\n');
    for (const { line } of directives) lines[line - 1] = ''; // blanked, not deleted: line numbers stay
    writeFileSync(join(scratch, file), lines.join('\n'));
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({ extends: `../${config}`, files: [file] }, null, 2));
    const unguarded = runTsc(['--noEmit', '-p', relative(root, join(scratch, 'tsconfig.json'))]);
    const errorsIn = unguarded.errors.filter(error => error.file.endsWith(file));
    for (const { line, mentions } of directives) {
      const there = errorsIn.filter(error => error.line === line + 1);
      const named = there.find(error => mentions && error.message.includes(mentions));
      if (named) {
        reappeared++;
        if (verbose) console.log(`  ${file}:${named.line}: ${named.message.replaceAll('\n', '\n    ')}`);
      } else if (there.length) fail(`${file}:${line + 1}: without its @ts-expect-error tsc fails, but not about \`${mentions}\`: ${there[0].message}`);
      else fail(`${file}:${line + 1}: without its @ts-expect-error tsc accepts it: the typing has gone loose (expected an error about \`${mentions}\`)`);
    }
    const guarded = new Set(directives.map(({ line }) => line + 1));
    for (const error of unguarded.errors.filter(error => !error.file.endsWith(file) || !guarded.has(error.line))) {
      fail(`${file}: without its @ts-expect-error lines, an unexpected error at ${error.file}:${error.line}: ${error.message}`);
    }
    if (unguarded.status === 0) fail(`${file}: tsc passed with every @ts-expect-error removed`);
    else if (problems.length === problemsBefore)
      pass(`${file}: without its ${directives.length} @ts-expect-error lines tsc fails there: ${directives.map(d => d.mentions).join(', ')}`);
    rmSync(scratch, { recursive: true, force: true });

    // 3. It resolves `story-widgets` the way an installed copy does too: through package.json
    //    `exports` (self-reference) instead of the tsconfig `paths`, once `exports` has every
    //    subpath it imports.
    const missing = [...source.matchAll(/(?:from|import)\s+'(story-widgets(?:\/[^']*)?)'/g)]
      .map(([, specifier]) => `.${specifier.slice('story-widgets'.length)}`)
      .filter((subpath, index, all) => all.indexOf(subpath) === index && !exportsMatch(subpath));
    if (missing.length) {
      warnings.push(`${file}: package.json exports has no ${missing.join(', ')} yet; checked through tsconfig paths only`);
      console.log(`⚠ ${warnings.at(-1)}`);
    } else {
      mkdirSync(scratch, { recursive: true });
      writeFileSync(
        join(scratch, 'tsconfig.json'),
        JSON.stringify({ extends: `../${config}`, compilerOptions: { paths: {} }, files: [`../${file}`] }, null, 2),
      );
      const viaExports = runTsc(['--noEmit', '-p', relative(root, join(scratch, 'tsconfig.json'))]);
      if (viaExports.status === 0) pass(`${file}: passes with \`story-widgets\` resolved through package.json exports`);
      else fail(`${file}: fails with \`story-widgets\` resolved through package.json exports:\n${viaExports.output}`);
      rmSync(scratch, { recursive: true, force: true });
    }

    // 4. It loads only its own framework's types.
    const listed = spawnSync(tsc, ['--listFilesOnly', '-p', configPath], { cwd: root, encoding: 'utf8' });
    const loaded = listed.stdout.split('\n');
    const leaked = Object.entries(frameworkFiles)
      .filter(([name, pattern]) => name !== framework && loaded.some(path => pattern.test(path)))
      .map(([name]) => name);
    if (listed.status !== 0) fail(`${file}: tsc --listFilesOnly failed:\n${listed.stdout}${listed.stderr}`);
    else if (leaked.length) fail(`${file}: its program loads ${leaked.join(' and ')} types it never imported`);
    else pass(`${file}: loads ${framework ? `${framework}'s types and no other framework's` : 'no framework types'}`);
  }
}

console.log(
  problems.length
    ? `check-types: ${problems.length} problem${problems.length === 1 ? '' : 's'} (${reappeared}/${expectedTotal} expected errors reappeared)`
    : `check-types: ${consumers.length} consumers type-check against dist/, ${reappeared}/${expectedTotal} expected errors reappear without their @ts-expect-error, no framework types leak, typings empty at runtime${warnings.length ? ` (${warnings.length} warning${warnings.length === 1 ? '' : 's'})` : ''}`,
);
process.exit(problems.length ? 1 : 0);
