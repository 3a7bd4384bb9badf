import { fromJsonLd, isJsonLdArticle } from './json-ld.js';
import { ReplySchema, StorySchema, type Reply, type Story } from './schema.js';
import { validate, type Parsed } from './validate.js';

export type { Parsed };

/**
 * Reads a Story document or a schema.org `NewsArticle` (JSON-LD) from untrusted data, keeping
 * what is valid (see `validate`). Never throws: `{ ok: false }` when there is no usable headline.
 */
export function parseStory(input: unknown): Parsed<Story> {
  return safely(() => validate(StorySchema, isJsonLdArticle(input) ? fromJsonLd(input) : input));
}

/** Reads one reply from untrusted data (a `<quoted-reply>` property, or one item of a Story). */
export function parseReply(input: unknown): Parsed<Reply> {
  return safely(() => validate(ReplySchema, input));
}

/** Host data can be anything (getters that throw, proxies): a failure, never an exception. */
function safely<T>(parse: () => Parsed<T>): Parsed<T> {
  try {
    return parse();
  } catch (error) {
    return { ok: false, problems: [`unreadable data (${error instanceof Error ? error.message : String(error)})`] };
  }
}
