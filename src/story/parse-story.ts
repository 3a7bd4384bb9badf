import * as v from 'valibot';
import { fromJsonLd, isJsonLdArticle } from './json-ld.js';
import { ReplySchema, StorySchema, type Reply, type Story } from './schema.js';

export type Parsed<T> =
  | { ok: true; value: T; problems: string[] }
  | { ok: false; problems: string[] };

/** The parts of a valibot schema object this file walks. */
interface SchemaNode {
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
}

type Path = ReadonlyArray<PropertyKey>;

const removed = Symbol('removed');

/**
 * How much of `path` names something that may be left out: the innermost optional field or
 * list item on it. 0 when the problem is in a required field, which fails the document.
 */
function removableLength(schema: SchemaNode, path: Path): number {
  let node: SchemaNode | undefined = schema;
  let length = 0;
  path.forEach((key, index) => {
    if (node?.type === 'object') {
      node = node.entries?.[String(key)];
      if (node?.type === 'optional') {
        length = index + 1;
        node = node.wrapped;
      }
    } else if (node?.type === 'array') {
      length = index + 1;
      node = node.item;
    } else {
      node = undefined;
    }
  });
  return length;
}

/** A copy of `value` with the thing at `path` taken out (list items marked, swept later). */
function without(value: unknown, path: Path): unknown {
  const [key, ...rest] = path;
  if (Array.isArray(value)) {
    const copy: unknown[] = [...value];
    copy[key as number] = rest.length ? without(copy[key as number], rest) : removed;
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<PropertyKey, unknown> = { ...value };
    if (rest.length) copy[key!] = without(copy[key!], rest);
    else delete copy[key!];
    return copy;
  }
  return value;
}

/** Takes the marked list items out. Follows each object once: host data may be cyclic. */
function sweep(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value !== 'object' || value === null || seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.filter(item => item !== removed).map(item => sweep(item, seen));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, sweep(item, seen)]));
}

function describe(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map(item => item.key).join('.');
  return path ? `${path} ${issue.message}` : issue.message;
}

/**
 * Validates like `safeParse`, but keeps what is valid: an invalid optional field is dropped,
 * an invalid list item (one bad reply) is skipped, and each is reported in `problems`. Only a
 * missing or invalid required field fails the whole document.
 */
function parseLeniently<T>(schema: v.GenericSchema<unknown, T>, input: unknown): Parsed<T> {
  const problems: string[] = [];
  let candidate = input;
  // Every round removes at least one offending part; the cap only guards against a schema
  // that reports a problem removal cannot fix.
  for (let round = 0; round < 50; round++) {
    const result = v.safeParse(schema, candidate);
    if (result.success) return { ok: true, value: result.output, problems };
    for (const issue of result.issues) {
      problems.push(describe(issue));
      const path = (issue.path ?? []).map(item => item.key as PropertyKey);
      const length = removableLength(schema as unknown as SchemaNode, path);
      if (!length) return { ok: false, problems };
      candidate = without(candidate, path.slice(0, length));
    }
    candidate = sweep(candidate);
  }
  return { ok: false, problems };
}

/**
 * Reads a Story document or a schema.org `NewsArticle` (JSON-LD) from untrusted data.
 * Never throws: `{ ok: false }` when there is no usable headline.
 */
export function parseStory(input: unknown): Parsed<Story> {
  return safely(() => parseLeniently(StorySchema, isJsonLdArticle(input) ? fromJsonLd(input) : input));
}

/** Reads one reply from untrusted data (a `<quoted-reply>` property, or one item of a Story). */
export function parseReply(input: unknown): Parsed<Reply> {
  return safely(() => parseLeniently(ReplySchema, input));
}

/** Host data can be anything (getters that throw, proxies): a failure, never an exception. */
function safely<T>(parse: () => Parsed<T>): Parsed<T> {
  try {
    return parse();
  } catch (error) {
    return { ok: false, problems: [`unreadable data (${error instanceof Error ? error.message : String(error)})`] };
  }
}
