// `npm run analyze`: custom-elements.json from the classes' JSDoc, then the README's API
// tables from custom-elements.json (between `<!-- api:TAG -->` and `<!-- /api:TAG -->`), and
// the strings table from the built-in English strings. One source, no drift.
//   --check   change nothing; fail when either file is out of date (what `npm test` runs)
// Run through tsx (`node --import tsx`) so the strings can be read from the TypeScript source.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { english } from '../src/internal/locales.ts';

const check = process.argv.includes('--check');
// The analyzer writes under the working directory whatever --outdir says: use a cache folder.
const out = join('node_modules', '.cache', 'story-widgets-cem');
const analyzer = spawnSync(
  join('node_modules', '.bin', 'cem'),
  ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', out, '--quiet'],
  { encoding: 'utf8' },
);
if (analyzer.status !== 0) {
  console.error(analyzer.stdout, analyzer.stderr);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(join(out, 'custom-elements.json'), 'utf8'));
rmSync(out, { recursive: true, force: true });
// The manifest is the public API: private and protected members are implementation, and
// listing them would make every refactor a docs change.
for (const declaration of manifest.modules.flatMap(module => module.declarations ?? [])) {
  if (declaration.members) {
    const hidden = new Set(
      declaration.members.filter(member => member.privacy === 'private' || member.privacy === 'protected').map(member => member.name),
    );
    declaration.members = declaration.members.filter(member => !hidden.has(member.name) && !member.name.startsWith('#'));
    // `static properties` lists internal state too (`{ state: true }`); it has no attribute.
    if (declaration.attributes) declaration.attributes = declaration.attributes.filter(attribute => !hidden.has(attribute.fieldName));
  }
}
const manifestText = `${JSON.stringify(manifest, null, 2)}\n`;

const cell = text => String(text ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const code = text => (text ? `\`${cell(text)}\`` : '');
function table(headers, rows) {
  if (!rows.length) return '';
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map(row => `| ${row.join(' | ')} |`)].join('\n');
}

function apiSection(element) {
  const members = (element.members ?? []).filter(
    member => member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected',
  );
  const attributes = (element.attributes ?? []).map(attribute => {
    const member = members.find(candidate => candidate.name === attribute.fieldName);
    return [code(attribute.name), code(attribute.fieldName), code(attribute.type?.text), code(attribute.default ?? member?.default), cell(attribute.description)];
  });
  const propertiesOnly = members
    .filter(member => !member.attribute && member.description)
    .map(member => [code(member.name), code(member.type?.text), cell(member.description)]);
  const events = (element.events ?? [])
    .filter(event => event.name)
    .map(event => [code(event.name), code(event.type?.text), cell(event.description)]);
  const slots = (element.slots ?? []).map(slot => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]);
  const parts = (element.cssParts ?? []).map(part => [code(part.name), cell(part.description)]);
  const properties = (element.cssProperties ?? []).map(property => [code(property.name), code(property.default), cell(property.description)]);
  return [
    ['Attributes', table(['Attribute', 'Property', 'Type', 'Default', 'Description'], attributes)],
    ['Properties (JavaScript only)', table(['Property', 'Type', 'Description'], propertiesOnly)],
    ['Events', table(['Event', 'Class', 'Description'], events)],
    ['Slots', table(['Slot', 'Description'], slots)],
    ['CSS parts', table(['Part', 'Description'], parts)],
    ['CSS custom properties', table(['Property', 'Default', 'Description'], properties)],
  ]
    .filter(([, body]) => body)
    .map(([title, body]) => `#### ${title}\n\n${body}`)
    .join('\n\n');
}

const elements = manifest.modules.flatMap(module => module.declarations ?? []).filter(declaration => declaration.tagName);
const sections = new Map(elements.map(element => [element.tagName, apiSection(element)]));
sections.set(
  'strings',
  table(
    ['Key', 'English'],
    Object.entries(english).map(([key, text]) => [code(key), cell(text)]),
  ),
);

const readme = readFileSync('README.md', 'utf8');
const generated = readme.replace(/<!-- api:([\w-]+) -->[\s\S]*?<!-- \/api:\1 -->/g, (whole, name) => {
  const body = sections.get(name);
  if (body === undefined) throw new Error(`README.md has a section for <${name}>, which the manifest does not know`);
  return `<!-- api:${name} -->\n<!-- generated by npm run analyze from custom-elements.json: edit the JSDoc, not this -->\n\n${body}\n\n<!-- /api:${name} -->`;
});
const missing = [...sections.keys()].filter(name => !readme.includes(`<!-- api:${name} -->`));
if (missing.length) {
  console.error(`README.md has no <!-- api:NAME --><!-- /api:NAME --> section for: ${missing.join(', ')}`);
  process.exit(1);
}

if (check) {
  const stale = [
    ['custom-elements.json', manifestText],
    ['README.md', generated],
  ].filter(([file, text]) => readFileSync(file, 'utf8') !== text);
  if (stale.length) {
    console.error(`${stale.map(([file]) => file).join(' and ')} out of date with the JSDoc: run \`npm run analyze\` and commit.`);
    process.exit(1);
  }
} else {
  writeFileSync('custom-elements.json', manifestText);
  writeFileSync('README.md', generated);
}
