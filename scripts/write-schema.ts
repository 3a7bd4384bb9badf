// `npm run schema`: story.schema.json (JSON Schema) from the valibot schema in
// src/story/schema.ts, the one source of the Story document's shape.
//   --check   change nothing; fail when story.schema.json is out of date (what `npm test` runs)
import { readFileSync, writeFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { StorySchema } from '../src/story/schema.js';

const { $schema, ...shape } = toJsonSchema(StorySchema, { errorMode: 'ignore' });
const schema = {
  $schema,
  title: 'Story',
  description:
    'A news story and the quoted replies people posted about it, as read by <story-card>. URLs must be http(s) (mailto for links) or paths starting with /, ./ or ../; anything else is shown as text.',
  // valibot also trims strings, which JSON Schema cannot say; everything else carries over.
  ...shape,
};
const text = `${JSON.stringify(schema, null, 2)}\n`;
const file = 'story.schema.json';

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== text) {
    console.error(`${file} is out of date with src/story/schema.ts: run \`npm run schema\` and commit.`);
    process.exit(1);
  }
} else {
  writeFileSync(file, text);
}
