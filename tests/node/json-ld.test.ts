/**
 * The JSON-LD reader (src/story/json-ld.ts) on the shapes publishers' tools really emit — the
 * fixtures in tests/fixtures/json-ld/ are written from Yoast SEO's, Rank Math's, Ghost's and
 * Google's documented output and a news site's `@graph` — and on hostile graphs: unresolvable
 * references, cycles, long chains, duplicate `@id`s and 100,000 nodes, read in linear work
 * (counted reads of the input, never a time limit) and never throwing.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fromJsonLd, isJsonLdArticle } from '../../src/story/json-ld.js';
import { parseStory } from '../../src/story/parse-story.js';

type Json = Record<string, unknown>;

const fixture = (name: string): Json =>
  JSON.parse(readFileSync(new URL(`../fixtures/json-ld/${name}.json`, import.meta.url), 'utf8')) as Json;

const article = (fields: Json = {}): Json => ({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'H', ...fields });

/** What the reader makes of `document`, and the problems it names (before validation). */
function read(document: unknown) {
  const problems: string[] = [];
  return { story: fromJsonLd(document, problems), problems };
}

describe('the real-world fixtures, through parseStory', () => {
  test('Yoast SEO: the @graph Article with its author, image and publisher as @id references to Person, ImageObject and Organization nodes', () => {
    assert.deepEqual(parseStory(fixture('yoast')), {
      ok: true,
      value: {
        headline: 'When Serena Williams Missed Her Daughter’s First Steps',
        url: 'https://news.example/2024/01/05/serena-first-steps/',
        author: { name: 'Ann Writer', url: 'https://news.example/author/ann/' },
        publisher: { name: 'News Example', url: 'https://news.example/' },
        published: '2024-01-05T08:00:00+00:00',
        modified: '2024-01-09T16:42:10+00:00',
        lang: 'en-US',
        image: {
          src: 'https://news.example/wp-content/uploads/2024/01/serena-court.jpg',
          alt: '',
          credit: 'Jimmie48 Photography / Shutterstock.com',
          width: 1200,
          height: 675,
        },
        summary: 'The tennis star shared her sadness at missing a milestone, and other mothers answered.',
        tags: ['Tennis', 'parenting', 'Serena Williams'],
        replies: [],
      },
      problems: [],
    });
  });

  test('Rank Math: NewsArticle whose mainEntityOfPage is a #webpage node (its url is the page), publisher typed ["Person","Organization"], string dimensions, articleSection as one comma-separated string, modified the same morning (no modified)', () => {
    assert.deepEqual(parseStory(fixture('rank-math')), {
      ok: true,
      value: {
        headline: 'When Serena Williams Missed Her Daughter’s First Steps - News Example',
        url: 'https://news.example/serena-first-steps/',
        author: { name: 'Ann Writer', url: 'https://news.example/author/ann/' },
        publisher: { name: 'News Example' },
        published: '2024-01-05T08:00:00+00:00',
        lang: 'en-US',
        image: {
          src: 'https://news.example/wp-content/uploads/2024/01/serena-court.jpg',
          alt: '',
          credit: 'Serena Williams at Wimbledon',
          width: 1600,
          height: 900,
        },
        summary: 'The tennis star shared her sadness at missing a milestone, and other mothers answered.',
        tags: ['Tennis', 'Sports', 'serena williams', 'parenting'],
        replies: [],
      },
      problems: [],
    });
  });

  test("Google Search Central's example: both authors, and the 16x9 image of the three URLs", () => {
    assert.deepEqual(parseStory(fixture('google')), {
      ok: true,
      value: {
        headline: 'Title of a News Article',
        author: [
          { name: 'Jane Doe', url: 'https://news.example/profile/janedoe123' },
          { name: 'John Doe', url: 'https://news.example/profile/johndoe123' },
        ],
        published: '2024-01-05T08:00:00+08:00',
        modified: '2024-02-05T09:20:00+08:00',
        image: { src: 'https://news.example/photos/16x9/photo.jpg', alt: '' },
        replies: [],
      },
      problems: [],
    });
  });

  test('Ghost: Article with ImageObject width/height, keywords as one comma-separated string, mainEntityOfPage as text, modified 30 minutes later (no modified)', () => {
    assert.deepEqual(parseStory(fixture('ghost')), {
      ok: true,
      value: {
        headline: 'When Serena Williams Missed Her Daughter’s First Steps',
        url: 'https://blog.news.example/serena-first-steps/',
        author: { name: 'Ann Writer', url: 'https://blog.news.example/author/ann/' },
        publisher: { name: 'News Example', url: 'https://blog.news.example/' },
        published: '2024-01-05T08:00:00.000Z',
        image: { src: 'https://blog.news.example/content/images/2024/01/serena-court.jpg', alt: '', width: 2000, height: 1333 },
        summary: 'The tennis star shared her sadness at missing a milestone, and other mothers answered.',
        tags: ['Tennis', 'Parenting'],
        replies: [],
      },
      problems: [],
    });
  });

  test('a minimal BlogPosting with the author as plain text and the image as a URL', () => {
    assert.deepEqual(parseStory(fixture('blog-posting')), {
      ok: true,
      value: {
        headline: 'Notes from the practice court',
        author: { name: 'Ann Writer' },
        published: '2024-01-05',
        image: { src: 'https://blog.news.example/images/practice-court.jpg', alt: '' },
        replies: [],
      },
      problems: [],
    });
  });

  test("a news site's @graph: the WebPage's mainEntity over a related article listed first; two authors, the widest of three referenced images, comments as replies", () => {
    assert.deepEqual(parseStory(fixture('news-site')), {
      ok: true,
      value: {
        headline: 'Serena Williams missed her daughter’s first steps. Mothers answered',
        url: 'https://www.daily.example/sport/tennis/serena-first-steps',
        dek: '“She is practicing so you can see the real ones.”',
        author: [
          { name: 'Ann Writer', url: 'https://www.daily.example/people/ann-writer' },
          { name: 'Ben Reporter', url: 'https://www.daily.example/people/ben-reporter' },
        ],
        publisher: { name: 'The Daily Example', url: 'https://www.daily.example/' },
        published: '2024-07-09T07:30:00+01:00',
        modified: '2024-07-12T18:05:00+01:00',
        lang: 'en-GB',
        image: {
          src: 'https://images.daily.example/2024/07/serena-court-16x9.jpg',
          alt: 'Serena Williams at Wimbledon in 2018',
          credit: 'Jimmie48 Photography / Shutterstock.com',
          width: 1200,
          height: 675,
        },
        summary: 'The tennis star shared her sadness at missing a milestone; other mothers wrote back.',
        body: [
          'When Serena Williams shared her sadness at missing her daughter’s first steps, the answers came fast.',
          'Many came from mothers who had missed the same moment.',
          'One reply was shared more than any other.',
        ],
        tags: ['Serena Williams', 'parenting', 'Tennis'],
        replies: [
          {
            text: 'Please don’t feel bad. She is practicing so you can see the real ones.',
            author: {
              name: 'A Mom',
              handle: 'mom.example',
              url: 'https://bsky.app/profile/mom.example',
              avatar: 'https://images.daily.example/readers/mom-example.png',
            },
            platform: 'bluesky',
            url: 'https://bsky.app/profile/mom.example/post/3k4duaz5vfs2b',
            published: '2024-07-09T09:12:00+01:00',
          },
          {
            text: 'I missed my son’s first steps too. I saw the second ones, and they were just as good.',
            author: { name: 'Priya', handle: 'priya_reads' },
            platform: 'web',
            url: 'https://www.daily.example/sport/tennis/serena-first-steps#comments',
            published: '2024-07-09T11:40:00+01:00',
          },
        ],
      },
      problems: [],
    });
  });
});

describe('finding the article', () => {
  test('in a single object, a list of objects, an @graph, and an @graph inside a list item', () => {
    const node = article({ headline: 'Found' });
    for (const document of [node, [{ '@type': 'WebSite' }, node], { '@graph': [{ '@type': 'WebSite' }, node] }, [{ '@graph': [node] }]]) {
      assert.equal(isJsonLdArticle(document), true);
      assert.equal(read(document).story.headline, 'Found');
    }
  });

  test('@type as a list, with a schema: prefix or the full schema.org IRI, and any Article subtype (Report, OpinionNewsArticle, LiveBlogPosting)', () => {
    for (const type of [['CreativeWork', 'NewsArticle'], 'schema:NewsArticle', 'https://schema.org/Article', 'http://schema.org/BlogPosting', 'Report', 'OpinionNewsArticle', 'LiveBlogPosting']) {
      assert.equal(isJsonLdArticle({ '@type': type, headline: 'H' }), true, JSON.stringify(type));
    }
    for (const type of ['WebPage', 'Person', 'NewsArticles', 'Articl', 7, null]) {
      assert.equal(isJsonLdArticle({ '@type': type, headline: 'H' }), false, JSON.stringify(type));
    }
  });

  test("several articles: the page's mainEntity wins, else the one whose mainEntityOfPage is a page, else the first", () => {
    const related = { '@type': 'NewsArticle', '@id': '#related', headline: 'Related' };
    const main = { '@type': 'NewsArticle', '@id': '#main', headline: 'Main' };
    assert.equal(read({ '@graph': [related, main, { '@type': 'WebPage', mainEntity: { '@id': '#main' } }] }).story.headline, 'Main');
    assert.equal(
      read({ '@graph': [related, { ...main, mainEntityOfPage: { '@id': '#page' } }, { '@type': 'WebPage', '@id': '#page' }] }).story.headline,
      'Main',
    );
    assert.equal(read({ '@graph': [related, main] }).story.headline, 'Related');
  });

  test('an article embedded as the mainEntity of a top-level WebPage', () => {
    assert.equal(read({ '@type': 'WebPage', mainEntity: { '@type': 'Article', headline: 'Embedded' } }).story.headline, 'Embedded');
  });

  test('a Story document (no @type) is not JSON-LD', () => {
    assert.equal(isJsonLdArticle({ headline: 'H', author: { name: 'A' } }), false);
    assert.equal(isJsonLdArticle([{ headline: 'H' }]), false);
    assert.equal(isJsonLdArticle(null), false);
  });
});

describe('references and URLs', () => {
  test("an author's @id names them and is never their link; their url is, also given as { \"@id\" } (how JSON-LD writes a URL)", () => {
    const graph = (person: Json) => ({ '@graph': [article({ author: { '@id': 'https://a.example/#/schema/person/1' } }), person] });
    assert.deepEqual(read(graph({ '@type': 'Person', '@id': 'https://a.example/#/schema/person/1', name: 'Ann' })).story.author, { name: 'Ann' });
    assert.deepEqual(
      read(graph({ '@type': 'Person', '@id': 'https://a.example/#/schema/person/1', name: 'Ann', url: { '@id': 'https://a.example/ann/' } })).story.author,
      { name: 'Ann', url: 'https://a.example/ann/' },
    );
  });

  test("a reference's own properties win over its node's (Yoast's author name beside the @id)", () => {
    const { story } = read({
      '@graph': [article({ author: { '@id': '#p', name: 'Ann W.' } }), { '@type': 'Person', '@id': '#p', name: 'Ann Writer', url: 'https://a.example/ann' }],
    });
    assert.deepEqual(story.author, { name: 'Ann W.', url: 'https://a.example/ann' });
  });

  test('url and mainEntityOfPage accept text, an unresolved { "@id" }, or a node whose url is one, two references deep', () => {
    assert.equal(read(article({ url: { '@id': 'https://a.example/s' } })).story.url, 'https://a.example/s');
    assert.equal(read(article({ mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://a.example/s' } })).story.url, 'https://a.example/s');
    const chained = {
      '@graph': [
        article({ mainEntityOfPage: { '@id': '#webpage' } }),
        { '@type': 'WebPage', '@id': '#webpage', url: { '@id': '#canonical' } },
        { '@type': 'WebPage', '@id': '#canonical', url: 'https://a.example/canonical' },
      ],
    };
    assert.equal(read(chained).story.url, 'https://a.example/canonical');
  });

  test('a reference to a node the document does not have, a node of the wrong type and a value of the wrong shape are left out and named', () => {
    const { story, problems } = read(
      article({
        author: [{ '@id': '#missing' }, { '@type': 'Place', name: 'Paris' }, 42, 'Ann Writer'],
        publisher: { '@id': '#nobody' },
        image: [{ '@id': '#no-image' }, { '@type': 'VideoObject', url: 'https://a.example/v.mp4' }, { '@type': 'ImageObject' }, true],
        comment: [{ '@type': 'Review', text: 'x' }, 'text'],
      }),
    );
    assert.deepEqual(story.author, { name: 'Ann Writer' });
    assert.equal(story.publisher, undefined);
    assert.equal(story.image, undefined);
    assert.deepEqual(story.replies, []);
    assert.deepEqual(problems, [
      'author.0 refers to "#missing", which is not in the document',
      'author.1 is a Place, not a Person or Organization',
      'author.2 must be a name or a Person or Organization',
      'publisher refers to "#nobody", which is not in the document',
      'image.0 refers to "#no-image", which is not in the document',
      'image.1 is a VideoObject, not an ImageObject',
      'image.2 has no url',
      'image.3 must be a URL or an ImageObject',
      'replies.0 is a Review, not a Comment',
      'replies.1 must be a Comment',
    ]);
  });

  test("the reader's problems come first in parseStory's, named by Story field, the first 20 of both named and the rest counted", () => {
    const parsed = parseStory(article({ author: Array.from({ length: 25 }, (_, index) => ({ '@id': `#p${index}` })), alternativeHeadline: 5 }));
    assert.ok(parsed.ok);
    assert.equal(parsed.problems.length, 21);
    assert.equal(parsed.problems[0], 'author.0 refers to "#p0", which is not in the document');
    assert.equal(parsed.problems[19], 'author.19 refers to "#p19", which is not in the document');
    assert.equal(parsed.problems[20], 'and 6 more problems', 'five more authors, and "dek must be a string"');
  });
});

describe('fields', () => {
  test('the cover: the widest known ratio, else the URL that says 16x9 (or 16-9, 16:9), else the first', () => {
    const cover = (image: unknown) => (read(article({ image })).story.image as Json | undefined)?.src;
    const sized = (src: string, width: number, height: number) => ({ '@type': 'ImageObject', url: src, width, height });
    assert.equal(cover([sized('a', 1, 1), sized('b', 16, 9), sized('c', 4, 3), 'https://x/16x9/d.jpg']), 'b');
    assert.equal(cover(['https://x/1x1/a.jpg', 'https://x/photo-16-9.jpg', 'https://x/16x9/c.jpg']), 'https://x/photo-16-9.jpg');
    assert.equal(cover(['https://x/a.jpg', 'https://x/b-16:9.jpg']), 'https://x/b-16:9.jpg');
    assert.equal(cover(['https://x/116x90.jpg', 'https://x/a.jpg']), 'https://x/116x90.jpg');
    assert.equal(cover(['https://x/a.jpg', 'https://x/b.jpg']), 'https://x/a.jpg');
  });

  test('the credit: creditText, else copyrightHolder, else creator, else caption (then not repeated as alt); description is the alt', () => {
    const image = (fields: Json) => read(article({ image: { '@type': 'ImageObject', url: 'https://x/a.jpg', ...fields } })).story.image;
    assert.deepEqual(image({ caption: 'A court', creditText: 'Agency', description: 'Serena serving' }), {
      src: 'https://x/a.jpg',
      alt: 'Serena serving',
      credit: 'Agency',
    });
    assert.equal((image({ caption: 'A court', copyrightHolder: { '@type': 'Organization', name: 'Holder' } }) as Json).credit, 'Holder');
    assert.equal((image({ caption: 'A court', copyrightHolder: { '@type': 'Organization', name: 'Holder' } }) as Json).alt, 'A court');
    assert.equal((image({ creator: 'Photographer' }) as Json).credit, 'Photographer');
    assert.deepEqual([(image({ caption: 'A court' }) as Json).credit, (image({ caption: 'A court' }) as Json).alt], ['A court', '']);
  });

  test('keywords as a list (DefinedTerm names too) or one comma-separated string; articleSection before them unless a keyword says the same', () => {
    assert.deepEqual(read(article({ keywords: 'a, b ,,c' })).story.tags, ['a', 'b', 'c']);
    assert.deepEqual(read(article({ keywords: ['a', { '@type': 'DefinedTerm', name: 'b' }] })).story.tags, ['a', 'b']);
    assert.deepEqual(read(article({ keywords: ['tennis'], articleSection: ['Sport', 'Tennis'] })).story.tags, ['Sport', 'tennis']);
    assert.equal(read(article({})).story.tags, undefined);
  });

  test('dateModified becomes modified only when more than a day after datePublished (or without one)', () => {
    const modified = (datePublished: string | undefined, dateModified: string) => read(article({ datePublished, dateModified })).story.modified;
    assert.equal(modified('2024-01-05T08:00:00Z', '2024-01-06T07:00:00Z'), undefined, '23 hours later');
    assert.equal(modified('2024-01-05T08:00:00Z', '2024-01-06T09:00:00Z'), '2024-01-06T09:00:00Z', '25 hours later');
    assert.equal(modified('2024-01-05T08:00:00+08:00', '2024-01-04T08:00:00Z'), undefined, 'before publication');
    assert.equal(modified('2024-01-05', '2024-01-04'), undefined, 'the day before');
    assert.equal(modified(undefined, '2024-01-09'), '2024-01-09', 'the only date');
    assert.equal(modified('last week', '2024-01-09'), undefined, 'a publication date that is not one');
  });

  test('inLanguage as text or a Language; description, else the page’s', () => {
    assert.equal(read(article({ inLanguage: 'pt-BR' })).story.lang, 'pt-BR');
    assert.equal(read(article({ inLanguage: { '@type': 'Language', name: 'French', alternateName: 'fr' } })).story.lang, 'fr');
    const { story } = read({
      '@graph': [article({ isPartOf: { '@id': '#page' }, dateModified: '2024-02-01' }), { '@type': 'WebPage', '@id': '#page', description: 'From the page', inLanguage: 'en-GB' }],
    });
    assert.deepEqual([story.summary, story.lang, story.modified], ['From the page', 'en-GB', '2024-02-01']);
  });

  test('comments as references, their authors as references; discussionUrl for a comment without its own url; creator when there is no author', () => {
    const { story } = read({
      '@graph': [
        article({ creator: 'Ann', discussionUrl: 'https://a.example/s#comments', comment: [{ '@id': '#c1' }] }),
        { '@type': 'Comment', '@id': '#c1', text: 'Hi', author: { '@id': '#reader' }, dateCreated: '2024-01-01' },
        { '@type': 'Person', '@id': '#reader', name: 'Reader', image: { '@type': 'ImageObject', url: 'https://a.example/r.png' } },
      ],
    });
    assert.deepEqual(story.author, { name: 'Ann' });
    assert.deepEqual(story.replies, [
      {
        text: 'Hi',
        author: { name: 'Reader', avatar: 'https://a.example/r.png' },
        platform: 'web',
        url: 'https://a.example/s#comments',
        published: '2024-01-01',
      },
    ]);
  });
});

/**
 * Counts every read of `value` and of the objects reached through it, one Proxy per object
 * (kept, so an object reached twice is the same object, as the reader expects of JSON).
 */
function counted<T>(value: T, counter: { reads: number }, proxies = new WeakMap<object, object>()): T {
  if (typeof value !== 'object' || value === null) return value;
  let proxy = proxies.get(value);
  if (!proxy) {
    proxy = new Proxy(value, {
      get(target, key, receiver) {
        counter.reads++;
        return counted(Reflect.get(target, key, receiver), counter, proxies);
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
    proxies.set(value, proxy);
  }
  return proxy as T;
}

/**
 * A graph of `count` of everything: authors, images and comments as references, a url chain
 * through every node ending in a cycle, each @id defined twice, references that resolve to
 * nothing, and as many competing articles and pages.
 */
function hostileGraph(count: number): Json {
  const graph: Json[] = [];
  for (let index = 0; index < count; index++) {
    graph.push({ '@type': 'Person', '@id': `#p${index}`, name: `P${index}`, url: { '@id': `#u${index}` } });
    graph.push({ '@type': 'Person', '@id': `#p${index}`, name: 'duplicate' });
    graph.push({ '@type': 'WebPage', '@id': `#u${index}`, url: { '@id': `#u${(index + 1) % count}` } });
    graph.push({ '@type': 'ImageObject', '@id': `#i${index}`, url: `https://x/${index}.jpg`, width: index + 1, height: 10 });
    graph.push({ '@type': 'NewsArticle', headline: `Other ${index}`, mainEntityOfPage: { '@id': `#missing${index}` } });
  }
  graph.push(
    article({
      '@id': '#main',
      author: Array.from({ length: count }, (_, index) => ({ '@id': index % 2 ? `#p${index}` : `#none${index}` })),
      image: Array.from({ length: count }, (_, index) => ({ '@id': `#i${index}` })),
      comment: Array.from({ length: count }, (_, index) => ({ '@type': 'Comment', text: 't', author: { '@id': `#p${index}` } })),
    }),
    { '@type': 'WebPage', mainEntity: { '@id': '#main' } },
  );
  return { '@context': 'https://schema.org', '@graph': graph };
}

describe('hostile graphs', () => {
  test('a 10,000-node graph of references, duplicates, dangling ids and a url cycle through every node parses without throwing, keeping what resolves', () => {
    const parsed = parseStory(hostileGraph(2_000));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.headline, 'H');
    const authors = parsed.value.author as Array<{ name: string; url?: string }>;
    assert.equal(authors.length, 100, 'the first 100 authors that resolve are kept (half of them dangle)');
    assert.deepEqual(authors[0], { name: 'P1' }, 'the first definition of #p1 wins; its url chain is a cycle, so no url');
    assert.equal(parsed.value.image!.src, 'https://x/1999.jpg', 'the widest of 2,000 images');
    assert.equal(parsed.value.replies!.length, 2_000);
    assert.ok(parsed.problems.includes('author.1.url is a cycle of references'));
    assert.ok(parsed.problems.includes('author.0 refers to "#none0", which is not in the document'));
  });

  test('reads grow linearly with the graph: 20,000 nodes of each kind take at most 11 times the reads of 2,000 of each', () => {
    const readsOf = (count: number) => {
      const counter = { reads: 0 };
      const parsed = parseStory(counted(hostileGraph(count), counter));
      assert.ok(parsed.ok);
      return counter.reads;
    };
    const small = readsOf(10_000);
    const large = readsOf(100_000);
    assert.ok(small > 100_000, `the counter saw the graph (${small} reads)`);
    assert.ok(large <= 11 * small, `${large} reads for 100,000, ${small} for 10,000`);
  });

  test('a 100-deep chain of url references resolves to the URL at its end, and a 100,000-deep one too (no recursion)', () => {
    for (const depth of [100, 100_000]) {
      const graph: Json[] = [article({ url: { '@id': '#u0' } })];
      for (let index = 0; index < depth; index++) graph.push({ '@id': `#u${index}`, url: index < depth - 1 ? { '@id': `#u${index + 1}` } : 'https://a.example/end' });
      assert.equal(read({ '@graph': graph }).story.url, 'https://a.example/end');
    }
  });

  test('reference cycles: a url that leads back to itself is named, the node that refers to itself is read once', () => {
    const { story, problems } = read({
      '@graph': [
        article({ url: { '@id': '#a' }, author: { '@id': '#self' } }),
        { '@id': '#a', url: { '@id': '#b' } },
        { '@id': '#b', url: { '@id': '#a' } },
        { '@type': 'Person', '@id': '#self', name: 'Self', knows: { '@id': '#self' }, url: { '@id': '#self' } },
      ],
    });
    assert.equal(story.url, undefined);
    assert.deepEqual(story.author, { name: 'Self' });
    assert.deepEqual(problems, ['author.url is a cycle of references', 'url is a cycle of references']);
  });

  test('duplicate @ids: the first node that says more than its @id defines it, a bare reference never does', () => {
    const { story } = read({
      '@graph': [
        { '@id': '#p' },
        article({ author: { '@id': '#p' } }),
        { '@type': 'Person', '@id': '#p', name: 'First' },
        { '@type': 'Person', '@id': '#p', name: 'Second' },
      ],
    });
    assert.deepEqual(story.author, { name: 'First' });
  });

  test('a host object that contains itself, and DOM-like objects (not plain data), are not walked forever', () => {
    const node: Json = article({ author: { '@id': '#p' } });
    node.self = node;
    node.graph = [node, { '@type': 'Person', '@id': '#p', name: 'Ann' }];
    class Host {
      '@id' = '#p';
      name = 'Not data';
    }
    node.host = new Host();
    const { story } = read({ '@graph': [node, node.graph] });
    assert.deepEqual(story.author, { name: 'Ann' });
  });

  test('getters that throw and Proxies that throw are a failed parse, never an exception', () => {
    const throwing = article();
    Object.defineProperty(throwing, 'author', { enumerable: true, get: () => { throw new Error('no author'); } });
    assert.deepEqual(parseStory(throwing), { ok: false, problems: ['unreadable data (no author)'] });
    const trap = new Proxy({ '@type': 'NewsArticle' }, { ownKeys: () => { throw new Error('trap'); } });
    assert.doesNotThrow(() => parseStory({ '@graph': [trap, { '@type': 'WebPage', mainEntity: { '@id': '#x' } }] }));
  });
});
