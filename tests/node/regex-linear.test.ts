/**
 * No regular expression on untrusted text backtracks super-linearly (security review rows 3
 * and 4: a story URL with a long run of spaces took seconds to render, a reply with a long run
 * of dots half a second). Every regex in src/ and server/ is run through the public function
 * that uses it, on input built against that regex: a long run of what its quantifiers accept,
 * then a character that makes the match fail, at 10,000 and 100,000 characters.
 *
 * Linear work grows about 10× between the two lengths and quadratic work about 100×, so each
 * case holds the growth under 30×: a ratio of two measurements on the same machine, never a
 * time limit. Each measurement is the best of three, after a warm-up, with the call repeated
 * until the short input takes a few milliseconds (timer resolution and noise stay small).
 *
 * Not run here, all O(1) by construction: `/^https?:/` in newsletter-signup.component.ts (the
 * module needs a DOM), `/[?#]/` in server/start.ts (importing it starts the server; the same
 * split is measured through safePathname and the static file handler) and the `/^SQLITE_…/`
 * prefixes in server/sqlite-store.ts (they read SQLite's own error codes, never request data).
 */
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { after, before, describe, test } from 'node:test';
import { csvCell } from '../../server/export-csv.js';
import { isInside, parseMount, safePathname } from '../../server/public-paths.js';
import { createStaticFileHandler } from '../../server/static-files.js';
import { createSubscribeHandler } from '../../server/subscribe-handler.js';
import { isValidEmail } from '../../src/internal/email.js';
import { format } from '../../src/internal/i18n.js';
import { directionOf, formatDate } from '../../src/internal/language-format.js';
import { safeUrl } from '../../src/internal/safe-url.js';
import { ghostProvider } from '../../src/newsletter-signup/providers/ghost.js';
import { errorOutcome, retryAfterSeconds } from '../../src/newsletter-signup/providers/http.js';
import { createMailchimpProvider, isMailchimpUrl } from '../../src/newsletter-signup/providers/mailchimp.js';
import { linkify } from '../../src/quoted-reply/linkify.js';
import { initials } from '../../src/quoted-reply/reply-template.js';
import { replyFromFields } from '../../src/story/reply-from-markup.js';
import { fromJsonLd, isJsonLdArticle } from '../../src/story/json-ld.js';
import { parseReply } from '../../src/story/parse-story.js';
import { MemoryStore } from '../server/memory-store.js';

const shortLength = 10_000;
const longLength = 100_000;
const maxGrowth = 30;

type Work = (input: string) => unknown;

/** `prefix`, then `unit` repeated to about `length` characters, then `suffix`. */
const run = (prefix: string, unit: string, suffix = '') => (length: number) =>
  prefix + unit.repeat(Math.ceil(length / unit.length)) + suffix;

async function timeOf(work: Work, input: string, repetitions: number): Promise<number> {
  const start = performance.now();
  for (let i = 0; i < repetitions; i++) {
    const result = work(input);
    if (result instanceof Promise) await result;
  }
  return performance.now() - start;
}

async function bestOfThree(work: Work, input: string, repetitions: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < 3; i++) best = Math.min(best, await timeOf(work, input, repetitions));
  return best;
}

/** How many times longer `work` takes on the 100,000-character input than on the 10,000 one. */
async function growth(work: Work, adversarial: (length: number) => string): Promise<number> {
  const short = adversarial(shortLength);
  const long = adversarial(longLength);
  await timeOf(work, short, 1); // warm-up: compiles the code and flattens the string
  let repetitions = 1;
  while ((await timeOf(work, short, repetitions)) < 5) repetitions *= 2;
  return (await bestOfThree(work, long, repetitions)) / (await bestOfThree(work, short, repetitions));
}

async function assertLinear(work: Work, ...inputs: Array<(length: number) => string>): Promise<void> {
  for (const adversarial of inputs) {
    let ratio = await growth(work, adversarial);
    // Once more when just over: a busy machine can slow one measurement, never make
    // quadratic work look linear (that grows ~100×, far past this second chance).
    if (ratio >= maxGrowth && ratio < 2 * maxGrowth) ratio = Math.min(ratio, await growth(work, adversarial));
    const sample = JSON.stringify(adversarial(40)).slice(0, 60);
    assert.ok(
      ratio < maxGrowth,
      `${ratio.toFixed(1)}× slower at ${longLength} characters than at ${shortLength} (linear ≈ 10×, quadratic ≈ 100×), input like ${sample}…`,
    );
  }
}

/** Resolves whether `promise` fulfils or rejects: only the work before the outcome is measured. */
const settle = (promise: Promise<unknown>) => promise.catch(() => undefined);

const base = 'https://news.example/story/';

describe('safe-url.ts: safeUrl', () => {
  test('trailing spaces and controls are trimmed in linear time (row 3: a story url of https://a.example/, spaces, b)', async () => {
    await assertLinear(
      input => safeUrl(input, 'link', base),
      run('https://a.example/', ' ', 'b'),
      run('https://a.example/', '\u0001', 'b'),
      run('https://a.example/', ' \u0000\u001f', '/'),
      run('', ' ', 'javascript:alert(1)'),
    );
  });

  test('the scheme, tab/newline and path checks are linear', async () => {
    await assertLinear(
      input => safeUrl(input, 'media', base),
      run('', 'a', '!'), // /^([a-z][a-z0-9+.-]*):/i runs to the end and finds no ':'
      run('j', 'a+.-', '\u0000:'),
      run('java', '\t\n\r', 'script:x'),
      run('', '.', '/x'),
    );
  });
});

describe('linkify.ts: linkify', () => {
  test('trailing punctuation is stripped in linear time (row 4: https:// then dots then a)', async () => {
    await assertLinear(
      input => linkify(input, 'x'),
      run('see https://', '.', 'a'),
      run('see https://a.example/', `.,;:!?'")]}`, 'a'),
      run('see https://a.example/', '.'),
    );
  });

  test('the token pattern is linear: URLs, mentions, Mastodon servers, hashtags', async () => {
    await assertLinear(
      input => linkify(input, 'mastodon', 'home.example'),
      run('', 'http:/'),
      run('https://', 'a'),
      run('@a@', 'b', '.'),
      run('@a', '.a-a', '@b.'),
      run('@a@b', '.c', '.'),
      run('', '@x'),
      run('#', '1', '!'),
      run('', ' #1'),
      run('', '&#'),
    );
  });

  test('the invisible-character check on a URL is linear', async () => {
    await assertLinear(input => linkify(input), run('https://a.example/', 'a', '\u202e'), run('https://a.example/', 'é'));
  });
});

describe('reply-template.ts: initials', () => {
  test('splitting the author name on whitespace is linear', async () => {
    await assertLinear(
      initials,
      run('a', ' \t', 'b'),
      run('', 'a'),
    );
  });
});

describe('email.ts: isValidEmail', () => {
  test('is linear (the pattern itself only ever sees 254 characters or fewer)', async () => {
    await assertLinear(isValidEmail, run('', 'a', '@'), run('a@', 'a-', '!'), run('a@', 'a.', '-'), run('', ' ', 'a@b.example'));
  });
});

describe('i18n.ts', () => {
  test('format fills placeholders in linear time', async () => {
    await assertLinear(template => format(template, { name: 'x' }), run('{', 'a'), run('', '{a'), run('', '{name}'));
  });

  test('directionOf and formatDate are linear', async () => {
    await assertLinear(directionOf, run('ar', 'a'), run('', 'a-'));
    await assertLinear(iso => formatDate(iso, 'en'), run('2018-07-02', ' '), run('2018-07-02', '0'));
  });
});

describe('validate.ts and schema.ts: parseReply', () => {
  const reply = (fields: Record<string, unknown>) => ({ text: 'quote', author: { name: 'A' }, ...fields });

  test('counting characters (surrogate pairs) is linear', async () => {
    await assertLinear(context => parseReply(reply({ context })), run('', '\ud800', 'x'), run('', '\ud83d\ude00'));
  });

  test('the date and language patterns are linear', async () => {
    await assertLinear(published => parseReply(reply({ published })), run('2018-07-02T09:30:00.', '1', 'x'), run('', '1'), run('2018-07-02T09:30', ':00', 'Z'));
    await assertLinear(lang => parseReply(reply({ lang })), run('en', '-a', '!'), run('en-', 'a', '!'), run('', 'a'));
  });
});

describe('json-ld.ts: fromJsonLd', () => {
  test('reading the article type is linear (a set look-up after the last / : or #, no pattern)', async () => {
    await assertLinear(
      type => isJsonLdArticle({ '@type': type }),
      run('', 'NewsArticle', '!'),
      run('', 'a', 'Article!'),
      run('https://schema.org', '/', 'Article'),
      run('schema', ':/#', 'NewsArticle'),
    );
  });

  test('the 16:9 hint in an image URL is linear', async () => {
    const cover = (url: string) => fromJsonLd({ '@type': 'NewsArticle', headline: 'H', image: [url, 'https://x/a.jpg'] });
    await assertLinear(cover, run('https://x/', '16x', '1'), run('https://x/', '1', 'x9'), run('https://x/', '16-9', '0'), run('', 'a'));
  });

  test('platform and www hosts, Mastodon paths and paragraphs are linear', async () => {
    const article = (fields: Record<string, unknown>) => fromJsonLd({ '@type': 'NewsArticle', headline: 'H', ...fields });
    const comment = (url: string) => article({ comment: [{ url, text: 't', author: 'A' }] });
    await assertLinear(comment, run('https://', 'twitter.com.', 'example/'), run('https://m.example/@', 'a'), run('https://m.example/@a/', '1', 'x'));
    await assertLinear(url => article({ isBasedOn: url }), run('https://www.', 'a.', 'example/'));
    await assertLinear(articleBody => article({ articleBody }), run('a\n', ' ', 'b'), run('a', '\n \t', 'b'), run('', '\n '));
  });
});

describe('from-markup.ts: replyFromFields (squash)', () => {
  test('collapsing whitespace is linear', async () => {
    await assertLinear(text => replyFromFields({ author: text, href: text }, text), run('a', ' \t\n', 'b'), run('', ' '));
  });
});

describe('newsletter-signup providers', () => {
  const signup = { email: 'reader@news.example', tags: [] };

  test('http.ts: retryAfterSeconds and errorOutcome are linear', async () => {
    await assertLinear(retryAfterSeconds, run('', '1', ' x'), run('', ' ', 'x'), run('1', ' ', 'x'));
    await assertLinear(about => errorOutcome(new Response(null, { status: 400 }), about), run('', 'emai'));
  });

  test(
    'ghost.ts: adding the trailing slash to the site path is linear',
    async () => {
      await assertLinear(
        action => settle(ghostProvider.send(signup, { action, signal: AbortSignal.abort() })),
        run('https://ghost.example/', '/', 'a'),
      );
    },
  );

  describe('mailchimp.ts', () => {
    // JSONP without a browser: a <script> whose "loading" calls the callback named in its URL.
    const globals = globalThis as Record<string, unknown>;
    let answer: unknown;
    before(() => {
      globals.window = globalThis;
      globals.document = {
        createElement: () => ({ remove() {} }),
        head: {
          append(script: { src: string }) {
            (globals[new URL(script.src).searchParams.get('c')!] as (data: unknown) => void)(answer);
          },
        },
      };
    });
    after(() => {
      delete globals.window;
      delete globals.document;
    });
    const send = (action: string, data: unknown = { result: 'success', msg: '' }) => {
      answer = data;
      return createMailchimpProvider(() => true).send(signup, { action, signal: new AbortController().signal });
    };

    test('the host check and the form path rewrite are linear', async () => {
      await assertLinear(host => isMailchimpUrl(new URL(`https://${host}`)), run('', 'list-manage.com.', 'x'));
      await assertLinear(path => send(`https://us1.list-manage.com${path}?u=1&id=2`), run('', '/subscribe/post', 'x'), run('/subscribe/post', '/', 'x'));
    });

    test('reading the answer is linear', async () => {
      const action = 'https://us1.list-manage.com/subscribe/post?u=1&id=2';
      await assertLinear(msg => send(action, { result: 'success', msg }), run('', 'confir'));
      await assertLinear(
        msg => send(action, { result: 'error', msg }),
        run('', '1', ' -x'),
        run('', 'already subscribe'),
        run('', 'too man'),
        run('', 'vali'),
        run('', 'email addres'),
      );
    });
  });
});

describe('server', () => {
  test('export-csv.ts: csvCell is linear', async () => {
    await assertLinear(csvCell, run('', '=+-@\t\r'), run('', 'a', '"'));
  });

  test('public-paths.ts: parseMount, isInside and safePathname are linear', async () => {
    await assertLinear(
      prefix => {
        try {
          parseMount(`${prefix}=public`, '/srv');
        } catch {
          // malformed, as intended: only the time to find out counts
        }
      },
      run('/', 'a', '!'),
      run('/', 'a-/', '!'),
      run('/', 'a/'),
    );
    await assertLinear(path => isInside(`/srv/${path}`, '/srv'), run('', 'C:'));
    await assertLinear(safePathname, run('/', 'a', '?q'), run('/', 'a'));
  });

  test('static-files.ts: splitting the request target is linear', async () => {
    const handler = createStaticFileHandler([]);
    const response = { writeHead: () => response, end() {} } as unknown as ServerResponse;
    await assertLinear(url => handler({ method: 'GET', url } as IncomingMessage, response), run('/', 'a', '?q'));
  });

  test('subscribe-handler.ts: cleaning the name and tags to one line is linear', async () => {
    const handler = createSubscribeHandler({
      store: new MemoryStore(),
      rateLimit: { max: 1e9, windowMs: 60_000 },
      maxBodyBytes: 1e7,
      onError: () => {},
    });
    await assertLinear(
      name =>
        handler(
          new Request('http://signup.test/api/subscribe', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email: 'reader@news.example', name, tags: [name] }),
          }),
          { ip: '192.0.2.1' },
        ),
      run('a', ' \t\u0085', 'b'),
      run('', ' '),
      run('a', ' \u0001', 'b'), // a run of spaces only once the controls are gone
      run('a', '\u202e\u0000', 'b'),
    );
  });
});
