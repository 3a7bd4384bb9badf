/**
 * The Story schema's three readings agree, and its validator does work proportional to its
 * input: ajv with story.schema.json accepts exactly what parseStory accepts without problems,
 * and parseStory reads each value of the input a bounded number of times, never what lies
 * under keys the schema does not name.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { parseReply, parseStory } from '../../src/story/parse-story.js';

const schemaFile = new URL('../../story.schema.json', import.meta.url);
const validateWithAjv = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')));

const reply = (fields: Record<string, unknown> = {}) => ({ text: 'She is practicing.', author: { name: 'Chrissy' }, ...fields });
const story = (fields: Record<string, unknown> = {}) => ({ headline: 'Serena', ...fields });
const image = (fields: Record<string, unknown> = {}) => story({ image: { src: 'cover.jpg', ...fields } });

/**
 * Story documents (as JSON would give them), each named for what it tries. None has spaces
 * around a string where a pattern or maximum length applies: the runtime trims first, which
 * JSON Schema cannot say (see the last test of the next group).
 */
const corpus: Record<string, unknown> = {
  'headline only': story(),
  'every field': story({
    url: 'https://news.example/serena',
    dek: 'Practicing',
    author: { name: 'Ann Writer', url: 'https://news.example/ann' },
    publisher: { name: 'News' },
    published: '2018-07-09',
    image: { src: 'https://img.example/a.jpg', alt: 'Serena', credit: 'Jimmie48', width: 1200, height: 675 },
    summary: 'A summary.',
    body: ['One.', 'Two.'],
    via: [{ name: 'Hello Giggles', url: 'https://hellogiggles.com/' }, { name: 'Today' }],
    tags: ['tennis', 'parenting'],
    replies: [
      reply({ author: { name: 'Chrissy', handle: 'chrissyteigen', url: 'https://x.com/c', avatar: '/a.png' }, platform: 'twitter' }),
      reply({ platform: 'web', url: 'https://blog.example/p', published: '2018-07-09T09:30:00Z', lang: 'pt-BR', context: 'Replying to @serena' }),
    ],
  }),
  'unknown keys': story({ '@context': 'x', extra: { deep: [null] } }),
  'empty lists': story({ body: [], via: [], tags: [], replies: [] }),
  'empty alt': image({ alt: '' }),
  'dimensions 1 and 20000': image({ width: 1, height: 20000 }),
  'date with offset and fraction': story({ published: '2018-07-02T09:30:00.5+02:00' }),
  'date with space and no seconds': story({ published: '2018-07-02 09:30' }),
  'context of 80 characters': story({ replies: [reply({ context: 'x'.repeat(80) })] }),
  'context of 80 astral characters': story({ replies: [reply({ context: '😀'.repeat(80) })] }),
  'three-letter language tag': story({ replies: [reply({ lang: 'yue-Hant-HK' })] }),
  'every platform': story({ replies: ['twitter', 'x', 'bluesky', 'mastodon', 'threads', 'instagram', 'facebook', 'web'].map(platform => reply({ platform })) }),

  'not an object: null': null,
  'not an object: number': 42,
  'not an object: array': [story()],
  'missing headline': { url: 'https://news.example/s' },
  'empty headline': story({ headline: '' }),
  'whitespace headline': story({ headline: ' \n\t ' }),
  'number headline': story({ headline: 7 }),
  'null headline': story({ headline: null }),
  'number url': story({ url: 5 }),
  'empty url': story({ url: '' }),
  'null dek': story({ dek: null }),
  'object summary': story({ summary: {} }),
  'author without name': story({ author: { url: 'https://a.example' } }),
  'author as text': story({ author: 'Ann' }),
  'author as array': story({ author: [{ name: 'Ann' }] }),
  'publisher with empty name': story({ publisher: { name: '' } }),
  'bad date': story({ published: 'last Tuesday' }),
  'date without day': story({ published: '2018-07' }),
  'null date': story({ published: null }),
  'image without src': story({ image: { alt: 'no src' } }),
  'image as text': story({ image: 'cover.jpg' }),
  'number alt': image({ alt: 5 }),
  'null alt': image({ alt: null }),
  'empty credit': image({ credit: '' }),
  'width 0': image({ width: 0 }),
  'width 20001': image({ width: 20001 }),
  'height 1.5': image({ height: 1.5 }),
  'width as text': image({ width: '1200' }),
  'negative height': image({ height: -675 }),
  'body as text': story({ body: 'One.' }),
  'body with a number': story({ body: ['One.', 2] }),
  'body with an empty paragraph': story({ body: ['One.', ''] }),
  'body with null': story({ body: [null] }),
  'via without name': story({ via: [{ url: 'https://v.example' }] }),
  'tags with an empty tag': story({ tags: ['a', '', 'b'] }),
  'tags with a nested list': story({ tags: [['a']] }),
  'replies as text': story({ replies: 'nope' }),
  'reply null': story({ replies: [null] }),
  'reply without author': story({ replies: [{ text: 'no author' }] }),
  'reply without text': story({ replies: [{ author: { name: 'A' } }] }),
  'reply with empty text': story({ replies: [reply({ text: '' })] }),
  'reply author without name': story({ replies: [reply({ author: { handle: 'h' } })] }),
  'reply author with number handle': story({ replies: [reply({ author: { name: 'A', handle: 5 } })] }),
  'reply author with null avatar': story({ replies: [reply({ author: { name: 'A', avatar: null } })] }),
  'unknown platform': story({ replies: [reply({ platform: 'myspace' })] }),
  'platform in capitals': story({ replies: [reply({ platform: 'Twitter' })] }),
  'bad reply date': story({ replies: [reply({ published: '9 July' })] }),
  'language tag too long': story({ replies: [reply({ lang: 'english' })] }),
  'language tag with underscore': story({ replies: [reply({ lang: 'pt_BR' })] }),
  'language tag with a space': story({ replies: [reply({ lang: ' en' })] }),
  'context of 81 characters': story({ replies: [reply({ context: 'x'.repeat(81) })] }),
  'empty context': story({ replies: [reply({ context: '' })] }),
  'null platform': story({ replies: [reply({ platform: null })] }),
  'several authors': story({ author: [{ name: 'Ann' }, { name: 'Ben', url: 'https://news.example/ben' }] }),
  'empty author list': story({ author: [] }),
  'author list with a nameless author': story({ author: [{ name: 'Ann' }, { url: 'https://news.example/ben' }] }),
  'author list with text': story({ author: ['Ann'] }),
  '101 authors': story({ author: Array.from({ length: 101 }, (_, index) => ({ name: `A${index}` })) }),
  'modified date': story({ published: '2018-07-02', modified: '2018-07-09T10:00:00Z' }),
  'bad modified date': story({ modified: 'yesterday' }),
  'story language': story({ lang: 'pt-BR' }),
  'bad story language': story({ lang: 'Portuguese' }),
};

/** Whether parseStory takes the document whole: valid, and nothing left out. */
function acceptedWhole(input: unknown): boolean {
  const parsed = parseStory(input);
  return parsed.ok && parsed.problems.length === 0;
}

describe('story.schema.json and the runtime schema', () => {
  test(`ajv with story.schema.json accepts exactly the documents parseStory accepts with no problems (${Object.keys(corpus).length} documents)`, () => {
    const accepted = Object.entries(corpus).filter(([, input]) => acceptedWhole(input));
    assert.ok(Object.keys(corpus).length >= 40 && accepted.length >= 10 && accepted.length <= Object.keys(corpus).length - 30);
    for (const [name, input] of Object.entries(corpus)) {
      assert.equal(validateWithAjv(input), acceptedWhole(input), `${name}: ${JSON.stringify(validateWithAjv.errors)}`);
    }
  });

  test('spaces around a date or an 80-character context: parseStory trims them and accepts, ajv rejects (stricter, never looser)', () => {
    for (const input of [story({ published: ' 2018-07-02 ' }), story({ replies: [reply({ context: ` ${'x'.repeat(80)} ` })] })]) {
      assert.equal(acceptedWhole(input), true);
      assert.equal(validateWithAjv(input), false);
    }
  });
});

describe('parseStory keeps what is valid', () => {
  test('trims strings, defaults alt to "", leaves out unknown keys, and names each dropped field as "path message"', () => {
    const parsed = parseStory({
      headline: '  Serena  ',
      extra: 'ignored',
      image: { src: ' cover.jpg ', width: 0 },
      tags: ['a', '', 'b'],
      replies: [reply(), { text: 'no author' }, reply({ author: { name: '' } })],
    });
    assert.deepEqual(parsed, {
      ok: true,
      value: { headline: 'Serena', image: { src: 'cover.jpg', alt: '' }, tags: ['a', 'b'], replies: [reply()] },
      problems: ['image.width must be at least 1', 'tags.1 must not be empty', 'replies.1.author is required', 'replies.2.author.name must not be empty'],
    });
  });

  test('author as one object or as a list: each kept in the shape given, a bad item of the list skipped and named by its index', () => {
    assert.deepEqual(parseStory(story({ author: { name: 'Ann' } })), { ok: true, value: story({ author: { name: 'Ann' } }), problems: [] });
    assert.deepEqual(parseStory(story({ author: [{ name: ' Ann ' }, { url: 'https://b.example' }, 'Cy', { name: 'Di', url: '/di' }] })), {
      ok: true,
      value: story({ author: [{ name: 'Ann' }, { name: 'Di', url: '/di' }] }),
      problems: ['author.1.name is required', 'author.2 must be an object'],
    });
    assert.deepEqual(parseStory(story({ author: 'Ann' })), { ok: true, value: story(), problems: ['author must be an object'] });
  });

  test('fails with the problem when the headline is missing, and parseReply when the author is', () => {
    assert.deepEqual(parseStory({ url: 'https://news.example/s' }), { ok: false, problems: ['headline is required'] });
    assert.deepEqual(parseReply({ text: 'hi' }), { ok: false, problems: ['author is required'] });
  });

  test('cyclic input and getters that throw give a result, never an exception', () => {
    const cyclic: Record<string, unknown> = { headline: 'H' };
    cyclic.self = cyclic;
    cyclic.author = cyclic;
    assert.deepEqual(parseStory(cyclic), { ok: true, value: { headline: 'H' }, problems: ['author.name is required'] });
    const throwing = Object.defineProperty({ headline: 'H' }, 'tags', {
      get() {
        throw new Error('no tags');
      },
    });
    assert.deepEqual(parseStory(throwing), { ok: false, problems: ['unreadable data (no tags)'] });
    assert.equal(parseReply(new Proxy({}, { get: () => { throw new Error('trap'); } })).ok, false);
  });
});

/**
 * Counts every read of `value` and of the objects reached through it (property reads, `in`
 * checks and key listings), by wrapping each in a Proxy as it is reached.
 */
function counted<T>(value: T, counter: { reads: number }): T {
  if (typeof value !== 'object' || value === null) return value;
  return new Proxy(value, {
    get(target, key, receiver) {
      counter.reads++;
      return counted(Reflect.get(target, key, receiver), counter);
    },
    has(target, key) {
      counter.reads++;
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      counter.reads++;
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      counter.reads++;
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}

/** A story with `count` tags, replies and body paragraphs, every other one invalid in its own way. */
function storyWithLists(count: number) {
  const badReplies = [{ text: 'no author' }, reply({ author: { name: '' } }), null, reply({ text: 7 })];
  return story({
    tags: Array.from({ length: count }, (_, index) => (index % 2 ? ['', 5, null, {}][(index >> 1) % 4] : `tag ${index}`)),
    body: Array.from({ length: count }, (_, index) => (index % 2 ? [' ', false, [], undefined][(index >> 1) % 4] : `Paragraph ${index}.`)),
    replies: Array.from({ length: count }, (_, index) => (index % 2 ? badReplies[(index >> 1) % 4] : reply({ platform: 'web' }))),
  });
}

function parseCounting(input: unknown) {
  const counter = { reads: 0 };
  const parsed = parseStory(counted(input, counter));
  return { parsed, reads: counter.reads };
}

/** `depth` arrays (or objects) each holding the next. */
function nested(depth: number, asObjects = false): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = asObjects ? { next: value } : [value];
  return value;
}

describe('parseStory does work proportional to its input', () => {
  for (const count of [10_000, 100_000]) {
    test(`${count} tags, replies and body items, half of them invalid: keeps the valid ones among the first 100 tags, 1,000 paragraphs and 10,000 replies, names 20 problems and counts the rest`, () => {
      const { parsed, reads } = parseCounting(storyWithLists(count));
      assert.ok(parsed.ok);
      assert.equal(parsed.value.tags!.length, 50);
      assert.equal(parsed.value.body!.length, 500);
      assert.equal(parsed.value.replies!.length, Math.min(count, 10_000) / 2);
      const cutLists = ['tags', 'body', ...(count > 10_000 ? ['replies'] : [])];
      const total = 50 + 500 + 5000 + cutLists.length;
      assert.equal(parsed.problems.length, 21);
      assert.equal(parsed.problems[20], `and ${total - 20} more problems`);
      assert.equal(new Set(parsed.problems).size, 21, 'each named problem is a different path');
      assert.ok(reads > 5000, 'the counting proxy saw the lists');
    });
  }

  test('lists over their limit are cut, and each cut is reported with the count kept', () => {
    const parsed = parseStory(story({ tags: Array.from({ length: 150 }, (_, index) => `t${index}`) }));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.tags!.length, 100);
    assert.deepEqual(parsed.problems, ['tags has 150 items: the first 100 are kept']);
  });

  test('text over its limit is cut at the limit (characters, not UTF-16 units) and reported; a URL over its limit is left out', () => {
    const long = '😀'.repeat(10_005);
    const parsed = parseStory(story({ summary: long, url: `https://a.example/${'x'.repeat(2100)}` }));
    assert.ok(parsed.ok);
    assert.equal([...parsed.value.summary!].length, 10_000);
    assert.equal(parsed.value.url, undefined);
    assert.deepEqual(parsed.problems, [
      'url must be 2048 characters at most',
      'summary is longer than 10000 characters: cut there',
    ]);
  });

  test('JSON-LD with 100,000 invalid comments: a story without replies, its problems named up to 20 and counted', () => {
    const parsed = parseStory({
      '@type': 'NewsArticle',
      headline: 'H',
      comment: Array.from({ length: 100_000 }, () => ({ '@type': 'Comment', text: '' })),
    });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.value.replies, []);
    assert.equal(parsed.problems.length, 21);
    assert.equal(parsed.problems[20], `and ${10_000 + 1 - 20} more problems`);
  });

  test('10,000 replies are all kept', () => {
    const parsed = parseStory(story({ replies: Array.from({ length: 10_000 }, () => reply()) }));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.replies!.length, 10_000);
    assert.deepEqual(parsed.problems, []);
  });

  test('reads of the input grow linearly with list length: 100,000 items take at most 10 times the reads of 10,000', () => {
    const small = parseCounting(storyWithLists(10_000)).reads;
    const large = parseCounting(storyWithLists(100_000)).reads;
    assert.ok(large <= 10 * small, `${large} reads for 100k items, ${small} for 10k`);
  });

  for (const depth of [2_000, 20_000]) {
    test(`${depth}-deep arrays and objects under unknown keys are never read and do not change the result, also beside an invalid field`, () => {
      const unknown = { reads: 0 };
      const extra = { extra: counted(nested(depth), unknown), more: counted(nested(depth, true), unknown) };
      assert.deepEqual(parseStory(story(extra)), { ok: true, value: story(), problems: [] });
      assert.deepEqual(parseStory(story({ ...extra, tags: ['', 'ok'] })), {
        ok: true,
        value: story({ tags: ['ok'] }),
        problems: ['tags.0 must not be empty'],
      });
      assert.equal(unknown.reads, 0);
    });

    test(`${depth}-deep arrays where a string or a reply is expected are read one level deep and reported once`, () => {
      const deep = { reads: 0 };
      const parsed = parseStory(story({ tags: counted(nested(depth), deep), replies: [reply({ author: counted(nested(depth, true), deep) })] }));
      assert.deepEqual(parsed, { ok: true, value: story({ tags: [], replies: [] }), problems: ['tags.0 must be a string', 'replies.0.author.name is required'] });
      assert.ok(deep.reads < 20, `${deep.reads} reads`);
    });
  }
});
