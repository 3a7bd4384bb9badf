/** The public parsers: `parseStory` reads Story documents and schema.org JSON-LD alike. */
import * as jsonLd from './json-ld.js';
import { parseStoryWith, type Parsed } from './read-story.js';
import type { Story } from './schema.js';

export { parseReply, type Parsed } from './read-story.js';

/**
 * Reads a Story document or a schema.org `NewsArticle` (JSON-LD) from untrusted data, keeping
 * what is valid (see `validate`). Never throws: `{ ok: false }` when there is no usable headline.
 */
export function parseStory(input: unknown): Parsed<Story> {
  return parseStoryWith(input, jsonLd);
}
