// `npm run schema`: story.schema.json (JSON Schema) from the schema in src/story/schema.ts, the
// one source of the Story document's shape.
//   --check   change nothing; fail when story.schema.json is out of date (what `npm test` runs)
import { readFileSync, writeFileSync } from 'node:fs';
import { StorySchema } from '../src/story/schema.js';
import type { Schema } from '../src/story/validate.js';

/** Our schema nodes as JSON Schema: their constraints already carry JSON Schema's names. */
function toJsonSchema(node: Schema): Record<string, unknown> {
  switch (node.type) {
    case 'optional':
      return { ...toJsonSchema(node.schema), ...(node.default !== undefined && { default: node.default }) };
    case 'object':
      return {
        type: 'object',
        properties: Object.fromEntries(Object.entries(node.fields).map(([key, field]) => [key, toJsonSchema(field)])),
        required: Object.keys(node.fields).filter(key => node.fields[key]!.type != 'optional'),
      };
    case 'array': {
      const array = { type: 'array', items: toJsonSchema(node.item), maxItems: node.maxItems };
      // One item or a list of them: the runtime keeps either as given.
      return node.single ? { anyOf: [toJsonSchema(node.item), array] } : array;
    }
    case 'enum':
      return { enum: node.values, type: 'string' };
    default: {
      const json: Record<string, unknown> = { type: node.type };
      for (const [keyword, limit] of node.checks) json[keyword] = limit instanceof RegExp ? limit.source : limit;
      // A longer text is cut at runtime (and reported): as a document, it is over the limit.
      if (node.type == 'string' && node.cut) json.maxLength = node.cut;
      // The runtime trims strings before checking them, which JSON Schema cannot say; a trimmed
      // string that must not be empty is one with a non-space character.
      if (node.type == 'string' && node.trim && (json.minLength as number) > 0) json.pattern ??= '\\S';
      return json;
    }
  }
}

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  title: 'Story',
  description:
    'A news story and the quoted replies people posted about it, as read by <story-card>. URLs must be http(s) (mailto for links) or paths starting with /, ./ or ../; anything else is shown as text.',
  ...toJsonSchema(StorySchema),
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
