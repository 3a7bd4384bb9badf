/**
 * Story and reply validation as the elements use it: the JSON-LD reader is passed in, because
 * the elements load it only when a page has JSON-LD (parse-story.ts has the public parseStory).
 */
import type * as jsonLd from './json-ld.js';
import { ReplySchema, StorySchema, type Reply, type Story } from './schema.js';
import { validate, type Parsed } from './validate.js';

export type { Parsed };

/** The schema.org JSON-LD reader (json-ld.ts), which elements load only when they meet JSON-LD. */
export type JsonLdReader = Pick<typeof jsonLd, 'isJsonLdArticle' | 'fromJsonLd'>;

/**
 * Reads a Story document, or a schema.org `NewsArticle` (JSON-LD) when given the reader, from
 * untrusted data, keeping what is valid (see `validate`). Never throws: `{ ok: false }` when
 * there is no usable headline. Without a reader, JSON-LD is read as a Story document.
 */
export function parseStoryWith(input: unknown, reader?: JsonLdReader): Parsed<Story> {
  return safely(() => {
    // What the JSON-LD reader had to leave out comes first, named like the Story's own fields.
    const problems: string[] = [];
    return validate(StorySchema, reader?.isJsonLdArticle(input) ? reader.fromJsonLd(input, problems) : input, problems);
  });
}

/** Could this be schema.org JSON-LD? Cheap, so a card knows to load the reader first. */
export function mayBeJsonLd(input: unknown): boolean {
  try {
    // JSON-LD may also be a list of objects: its first says so.
    const first: unknown = Array.isArray(input) ? input[0] : input;
    return typeof first === 'object' && first !== null && ('@type' in first || '@graph' in first || '@context' in first);
  } catch {
    return false; // a host's Proxy that throws: read as a Story, which reports it
  }
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
