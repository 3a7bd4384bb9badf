/**
 * The hostile-content corpus, page side: every string of the Big List of Naughty Strings plus
 * the OWASP filter-evasion vectors below, sent through every input mode of `<story-card>`,
 * `<quoted-reply>` and the signup box's fields, and checked the way an attacker would hope
 * they fail: text must stay text, no script may run, no element or attribute the templates
 * did not write may appear, and no URL but http(s) (and mailto: for links) may reach the DOM.
 *
 * Plain JavaScript with no imports, so the same checks run in two places:
 *   - tests/hostile-content.test.ts (Web Test Runner): the source elements in Chromium,
 *     Firefox and WebKit;
 *   - tests/e2e/hostile-content.test.ts: the built classic script on a real page
 *     (tests/e2e/pages/hostile-corpus.html), the strings passed in through `page.evaluate`.
 *
 * What a card should show is computed here, from the schema's documented rules (trim, cut,
 * required fields, the markup and JSON-LD mappings), not by the kit's own parser; the Web Test
 * Runner file checks that this oracle agrees with `parseStory` for every card.
 *
 * Nothing here prints: the cards' console warnings are captured, checked (each must name the
 * fields it left out) and counted.
 */

// ─── The OWASP XSS filter-evasion vectors (and friends) ──────────────────────────────────

/** Written out here; the naughty strings come from big-list-of-naughty-strings. */
export const evasionVectors = [
  // javascript: in every disguise
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'JAVASCRIPT:alert(1)',
  ' javascript:alert(1)',
  '   javascript:alert(1)',
  '\tjavascript:alert(1)',
  '\njavascript:alert(1)',
  '\u0000javascript:alert(1)',
  '\u0001javascript:alert(1)',
  '\u001Fjavascript:alert(1)',
  '\u00A0javascript:alert(1)',
  '\uFEFFjavascript:alert(1)',
  '\u2028javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  'java\rscript:alert(1)',
  'java\u0000script:alert(1)',
  'javascript\t:alert(1)',
  'javascript :alert(1)',
  'javascript&colon;alert(1)',
  'javascript&#58;alert(1)',
  'javascript&#x3A;alert(1)',
  '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)',
  '&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)',
  '&#x6A&#x61&#x76&#x61&#x73&#x63&#x72&#x69&#x70&#x74&#x3A;alert(1)',
  'jav&#x09;ascript:alert(1)',
  'jav&#x0A;ascript:alert(1)',
  'jav&#x0D;ascript:alert(1)',
  '%6A%61%76%61%73%63%72%69%70%74:alert(1)',
  '\\u006Aavascript:alert(1)',
  'ｊａｖａｓｃｒｉｐｔ:alert(1)',
  'javascript:/* */alert(1)',
  'javascript://%0Aalert(1)',
  'javascript://comment%0Dalert(1)',
  'javascript:alert(String.fromCharCode(88,83,83))',
  "javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
  // other schemes that run or smuggle content
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'DATA:image/svg+xml,<svg onload=alert(1)>',
  ' data:text/html,<script>alert(1)</script>',
  'data:,alert(1)',
  'vbscript:msgbox(1)',
  'VBScript:MsgBox("XSS")',
  'livescript:alert(1)',
  'mocha:alert(1)',
  'blob:https://evil.example/1',
  'file:///etc/passwd',
  'filesystem:https://evil.example/temporary/x',
  'about:blank',
  'intent://evil#Intent;end',
  'jar:https://evil.example/x.jar!/',
  'mailto:javascript:alert(1)',
  'mailto:a@b.example?body=<script>alert(1)</script>',
  '//evil.example/x',
  '\\\\evil.example\\x',
  '/\\evil.example',
  'https:evil.example',
  // attribute breakouts and markup
  '"><img src=x onerror=alert(1)>',
  "'><img src=x onerror=alert(1)>",
  '"><script>alert(1)</script>',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '<svg onload=alert(1)>',
  '<svg/onload=alert(1)>',
  '<img src=x onerror=alert(1)//',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">click</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<input autofocus onfocus=alert(1)>',
  '" autofocus onfocus=alert(1) x="',
  "' onfocus='alert(1)' autofocus='",
  '" onmouseover="alert(1)',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '<![CDATA[<script>alert(1)</script>]]>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="data:text/html,<script>alert(1)</script>">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<button formaction="javascript:alert(1)">x</button>',
  '<img srcset="javascript:alert(1) 1x">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<base href="javascript:alert(1)//">',
  '<template><script>alert(1)</script></template>',
  '<slot name=x onclick=alert(1)>',
  '<style>@import "javascript:alert(1)";</style>',
  '</style><script>alert(1)</script>',
  '<div style="background:url(javascript:alert(1))">',
  '<div style="width: expression(alert(1))">',
  'expression(alert(1))',
  'url(javascript:alert(1))',
  // template literals, ${} and Lit's own markers
  '${alert(1)}',
  '`${alert(1)}`',
  '`; alert(1); `',
  '${{alert(1)}}',
  '#{alert(1)}',
  '{{constructor.constructor("alert(1)")()}}',
  '<%= alert(1) %>',
  '<?lit$1234567890$>',
  '<!--?lit$1234567890$-->',
  'lit$1234567890$',
  '{credit}',
  '{name}',
  '{count}',
  '$& $` $\' $1',
  // bidi overrides, homoglyphs and look-alike hosts, alone and inside text
  'https://accounts.google.com\u202E/ni.ht',
  'https://g\u043E\u043Egle.com/',
  'https://\u0430pple.com/',
  'https://ｅｘａｍｐｌｅ.com/',
  'https://example.com\u200B.evil.example/',
  'https://%65vil.example/',
  'https://0x7f.1/',
  'https://news.example\u2044evil.example/',
  'https://google.com/\u202Efdp.exe',
  'https://google.com@evil.example/',
  'https://google.com%2F@evil.example/',
  'http://①②③.example/',
  'log in at https://g\u043E\u043Egle.com/login now',
  'see https://\u0440\u0430ypal.com/ and https://news.example/ok.',
  'Fwd: https://accounts.google.com\u202E/ni.ht please',
  '\u202Eevil\u202C',
  '\u2066\u2067\u2068\u2069',
  // code points that break naive code
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFFy',
  '\uFFFF',
  '\u{10FFFF}',
  '@mention@evil.example #hashtag https://evil.example/path?x=<b>',
];

/** The naughty strings, then the vectors, each once. */
export function buildCorpus(naughtyStrings) {
  return [...new Set([...naughtyStrings, ...evasionVectors])];
}

// ─── Traps: anything that runs script on the page is counted ────────────────────────────

const trapsKey = Symbol.for('hostile-corpus.traps');

/**
 * Replaces `alert`, `confirm`, `prompt`, `print` and `open` with counters and counts `error`
 * events and unhandled rejections. Idempotent: installed once per page.
 */
export function installTraps() {
  if (window[trapsKey]) return window[trapsKey];
  const counts = { alert: 0, confirm: 0, prompt: 0, print: 0, open: 0, error: 0, unhandledrejection: 0 };
  const seen = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open']) {
    window[name] = (...args) => {
      counts[name]++;
      seen.push(`${name}(${args.map(String).join(', ')})`);
      return name === 'confirm' ? false : null;
    };
  }
  window.addEventListener('error', event => {
    counts.error++;
    seen.push(`error: ${event.message ?? event.type}`);
  });
  window.addEventListener('unhandledrejection', event => {
    counts.unhandledrejection++;
    seen.push(`unhandled rejection: ${String(event.reason)}`);
  });
  const traps = { counts, seen, snapshot: () => ({ ...counts }) };
  window[trapsKey] = traps;
  return traps;
}

function trapsSince(before) {
  const now = installTraps().snapshot();
  return Object.fromEntries(Object.entries(now).map(([name, count]) => [name, count - before[name]]));
}

// ─── Console: captured while a batch runs, checked, never printed ───────────────────────

function captureConsole() {
  const methods = ['warn', 'error', 'log', 'info', 'debug'];
  const original = Object.fromEntries(methods.map(name => [name, console[name]]));
  const messages = { warn: [], error: [], log: [], info: [], debug: [] };
  for (const name of methods) {
    console[name] = (...args) => {
      messages[name].push(args.map(String).join(' '));
    };
  }
  return {
    messages,
    restore: () => Object.assign(console, original),
  };
}

const replyPath = String.raw`(?:text|author(?:\.(?:name|handle|url|avatar))?|platform|url|published|lang|context)`;
const storyPath = new RegExp(
  String.raw`^(?:headline|url|dek|(?:author|publisher)(?:\.(?:name|url))?|published|image(?:\.(?:src|alt|credit|width|height))?|summary|body(?:\.\d+)?|via(?:\.\d+(?:\.(?:name|url))?)?|tags(?:\.\d+)?|replies(?:\.\d+(?:\.${replyPath})?)?)$`,
);
const replyOnlyPath = new RegExp(`^${replyPath}$`);
const warningShape =
  /^story-widgets: <(story-card|quoted-reply|newsletter-signup)> (left out invalid data|left out invalid markup|no story to show|left out|cannot show): (.+)$/s;

/** Why a console warning does not name the fields it is about, or undefined when it does. */
export function warningProblem(message) {
  const match = warningShape.exec(message);
  if (!match) return `a warning of an unexpected shape: ${clip(message)}`;
  const [, tag, , list] = match;
  const paths = tag === 'story-card' ? storyPath : replyOnlyPath;
  for (const problem of list.split('; ')) {
    if (/^and \d+ more problems$/.test(problem)) continue;
    const path = problem.slice(0, problem.indexOf(' '));
    if (!paths.test(path)) return `a warning that names no field (${JSON.stringify(path)}): ${clip(message)}`;
  }
  return undefined;
}

// ─── fetch, stubbed: `src` documents and signups are answered inside the page ───────────

const fetchKey = Symbol.for('hostile-corpus.fetch');
const stubPrefix = '/__hostile-corpus/';

function installFetchStub() {
  if (window[fetchKey]) return window[fetchKey];
  const original = window.fetch;
  const stub = { documents: new Map(), signups: new Map(), calls: 0 };
  window.fetch = function (input, init) {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.startsWith(stubPrefix)) return original.call(this, input, init);
    stub.calls++;
    const json = body => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
    if (url.pathname.startsWith(`${stubPrefix}story/`)) {
      const document = stub.documents.get(url.pathname);
      return Promise.resolve(document === undefined ? new Response('', { status: 404 }) : json(document));
    }
    const bodies = stub.signups.get(url.pathname) ?? [];
    bodies.push(typeof init?.body === 'string' ? init.body : String(init?.body));
    stub.signups.set(url.pathname, bodies);
    return Promise.resolve(json('{"status":"subscribed"}'));
  };
  window[fetchKey] = stub;
  return stub;
}

// ─── Which string goes into which field ─────────────────────────────────────────────────

export const platforms = ['twitter', 'x', 'bluesky', 'mastodon', 'threads', 'instagram', 'facebook', 'web'];

const replyTextFields = ['text', 'author.name', 'author.handle', 'context', 'published', 'lang', 'platform'];
const replyUrlFields = ['url', 'author.url', 'author.avatar'];
const storyTextFields = [
  'headline', 'dek', 'author.name', 'publisher.name', 'published', 'image.alt', 'image.credit',
  'summary', 'body.0', 'body.1', 'via.0.name', 'tags.0', 'tags.1',
];
const storyUrlFields = ['url', 'author.url', 'publisher.url', 'image.src', 'via.0.url'];
const replyFields = reply => [...replyTextFields, ...replyUrlFields].map(field => `replies.${reply}.${field}`);

/** Every field a card's strings go into: each string reaches each of them across a batch. */
export const cardFields = [...storyTextFields, ...storyUrlFields, ...replyFields(0), ...replyFields(1)];

/**
 * The strings of card `index`: field k gets string (index + k), so across as many cards as
 * there are strings every string lands in every field.
 *   - `hostile`: every field, URLs included, gets a string from the corpus.
 *   - `safe`: URL fields get real http(s)/mailto URLs and platforms a real network, so links,
 *     images, credits and linkified quotes render and the text inside them can be checked;
 *     no summary, so the body paragraphs show.
 */
export function cardSpec(strings, index, variant) {
  const spec = {};
  cardFields.forEach((field, k) => (spec[field] = strings[(index + k) % strings.length]));
  if (variant === 'safe') Object.assign(spec, safeUrls(index));
  if (variant === 'safe') delete spec.summary;
  return spec;
}

function safeUrls(index) {
  const picture = new URL('/demo/cover.svg', location.href).href;
  const urls = {
    url: `https://news.example/story/${index}`,
    'author.url': `https://news.example/authors/${index}`,
    'publisher.url': 'mailto:desk@news.example',
    'image.src': picture,
    'via.0.url': `https://source.example/${index}`,
  };
  for (const reply of [0, 1]) {
    urls[`replies.${reply}.url`] = `https://social.example/@reader${index}/${1000 + reply}`;
    urls[`replies.${reply}.author.url`] = `https://social.example/@reader${index}`;
    urls[`replies.${reply}.author.avatar`] = picture;
    urls[`replies.${reply}.platform`] = platforms[(index + reply) % platforms.length];
  }
  return urls;
}

/** A reply's fields from a spec, under `prefix` (`replies.0.` in a card, `` for a lone reply). */
function replyFieldsOf(spec, prefix) {
  const get = field => spec[`${prefix}${field}`];
  return {
    text: get('text'),
    name: get('author.name'),
    handle: get('author.handle'),
    authorUrl: get('author.url'),
    avatar: get('author.avatar'),
    platform: get('platform'),
    url: get('url'),
    published: get('published'),
    lang: get('lang'),
    context: get('context'),
  };
}

// ─── The inputs, one per mode ───────────────────────────────────────────────────────────

const withoutUndefined = value =>
  Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));

function replyDocument(fields) {
  return withoutUndefined({
    text: fields.text,
    author: withoutUndefined({ name: fields.name, handle: fields.handle, url: fields.authorUrl, avatar: fields.avatar }),
    platform: fields.platform,
    url: fields.url,
    published: fields.published,
    lang: fields.lang,
    context: fields.context,
  });
}

/** The Story document (property, inline JSON, src). */
export function storyDocument(spec) {
  return withoutUndefined({
    headline: spec.headline,
    url: spec.url,
    dek: spec.dek,
    author: { name: spec['author.name'], url: spec['author.url'] },
    publisher: { name: spec['publisher.name'], url: spec['publisher.url'] },
    published: spec.published,
    image: { src: spec['image.src'], alt: spec['image.alt'], credit: spec['image.credit'] },
    summary: spec.summary,
    body: [spec['body.0'], spec['body.1']],
    via: [{ name: spec['via.0.name'], url: spec['via.0.url'] }],
    tags: [spec['tags.0'], spec['tags.1']],
    replies: [0, 1].map(reply => replyDocument(replyFieldsOf(spec, `replies.${reply}.`))),
  });
}

/** The same story as schema.org NewsArticle JSON-LD. */
export function jsonLdDocument(spec) {
  return withoutUndefined({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: spec.headline,
    url: spec.url,
    alternativeHeadline: spec.dek,
    author: { '@type': 'Person', name: spec['author.name'], url: spec['author.url'] },
    publisher: { '@type': 'Organization', name: spec['publisher.name'], url: spec['publisher.url'] },
    datePublished: spec.published,
    image: { '@type': 'ImageObject', url: spec['image.src'], description: spec['image.alt'], creditText: spec['image.credit'] },
    description: spec.summary,
    articleBody: [spec['body.0'], spec['body.1']].join('\n\n'),
    isBasedOn: [{ '@type': 'CreativeWork', name: spec['via.0.name'], url: spec['via.0.url'] }],
    keywords: [spec['tags.0'], spec['tags.1']],
    comment: [0, 1].map(reply => {
      const fields = replyFieldsOf(spec, `replies.${reply}.`);
      return {
        '@type': 'Comment',
        text: fields.text,
        url: fields.url,
        datePublished: fields.published,
        inLanguage: fields.lang,
        author: { '@type': 'Person', name: fields.name, alternateName: fields.handle, url: fields.authorUrl, image: fields.avatar },
      };
    }),
  });
}

/** An element with attributes and text, built with DOM APIs only (never innerHTML). */
function element(tag, attributes = {}, text) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `<quoted-reply author=… href=…>text</quoted-reply>`, written as a host would. */
export function quotedReplyMarkup(fields) {
  return element(
    'quoted-reply',
    {
      author: fields.name,
      handle: fields.handle,
      'author-href': fields.authorUrl,
      avatar: fields.avatar,
      platform: fields.platform,
      href: fields.url,
      datetime: fields.published,
      context: fields.context,
      lang: fields.lang,
    },
    fields.text,
  );
}

/** The story as host markup (README's conventions), built with textContent and setAttribute. */
export function storyMarkup(spec) {
  const heading = element('h2');
  heading.append(element('a', { href: spec.url }, spec.headline));
  const byline = element('p');
  const publisher = element('span', { 'data-story': 'publisher' });
  publisher.append(element('a', { href: spec['publisher.url'] }, spec['publisher.name']));
  byline.append(
    element('a', { rel: 'author', href: spec['author.url'] }, spec['author.name']),
    ' ',
    publisher,
    ' ',
    element('time', { datetime: spec.published }),
  );
  const figure = element('figure');
  // Lazy, and the batch's container is display: none: the host's own image never loads.
  figure.append(
    element('img', { loading: 'lazy', src: spec['image.src'], alt: spec['image.alt'] }),
    element('figcaption', {}, spec['image.credit']),
  );
  const via = element('p', { 'data-story': 'via' });
  via.append(element('a', { href: spec['via.0.url'] }, spec['via.0.name']));
  const tags = element('p', { 'data-story': 'tags' });
  tags.append(element('a', { rel: 'tag', href: '#tag' }, spec['tags.0']), ' ', element('a', { rel: 'tag', href: '#tag' }, spec['tags.1']));
  return [
    heading,
    element('p', { 'data-story': 'dek' }, spec.dek),
    byline,
    figure,
    element('p', {}, spec['body.0']),
    element('p', {}, spec['body.1']),
    via,
    tags,
    ...[0, 1].map(reply => quotedReplyMarkup(replyFieldsOf(spec, `replies.${reply}.`))),
  ];
}

/**
 * A `<story-card>` carrying the spec in `mode`: `markup`, `property`, `inline-json`,
 * `json-ld` (inline `<script type="application/ld+json">`) or `src` (answered by the stub).
 */
export function storyCardFor(spec, mode, id) {
  const card = document.createElement('story-card');
  const script = (type, data) => element('script', { type }, JSON.stringify(data));
  if (mode === 'markup') card.append(...storyMarkup(spec));
  else if (mode === 'property') card.story = storyDocument(spec);
  else if (mode === 'inline-json') card.append(script('application/json', storyDocument(spec)));
  else if (mode === 'json-ld') card.append(script('application/ld+json', jsonLdDocument(spec)));
  else if (mode === 'src') {
    const path = `${stubPrefix}story/${id}.json`;
    installFetchStub().documents.set(path, JSON.stringify(storyDocument(spec)));
    // A batch puts hundreds of cards on one page: each must load where it is, not only when
    // scrolled near (lazy loading has its own tests).
    card.loading = 'eager';
    card.src = path;
  } else throw new Error(`unknown mode ${mode}`);
  return card;
}

// ─── The oracle: what the card's validation keeps, from the documented rules ────────────

const invalid = Symbol('invalid');
const squash = text => (typeof text === 'string' ? text.replace(/\s+/g, ' ').trim() || undefined : undefined);
const characters = text => [...text].length;
const isoDate = /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/;
const languageTag = /^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/;

/**
 * What `a.href` (and `img.src`) give for an attribute: the URL resolved against the page, or
 * the attribute as written when the engine cannot parse it (Chromium, for a lone surrogate).
 */
function resolvedLikeTheBrowser(value) {
  if (value === undefined) return undefined;
  const link = document.createElement('a');
  link.setAttribute('href', value);
  return link.href;
}

/** Trimmed prose, cut at `cut` characters, not empty. */
function prose(value, cut) {
  if (typeof value !== 'string') return invalid;
  let text = value.trim();
  if (characters(text) > cut) text = [...text].slice(0, cut).join('').trim();
  return text ? text : invalid;
}
const line = value => prose(value, 1000);
const paragraph = value => prose(value, 10_000);
function url(value) {
  if (typeof value !== 'string') return invalid;
  const text = value.trim();
  return text && characters(text) <= 2048 ? text : invalid;
}
const date = value => (typeof value === 'string' && isoDate.test(value.trim()) ? value.trim() : invalid);
const lang = value => (typeof value === 'string' && languageTag.test(value) ? value : invalid);
function context(value) {
  if (typeof value !== 'string') return invalid;
  const text = value.trim();
  return text && characters(text) <= 80 ? text : invalid;
}
const platform = value => (platforms.includes(value) ? value : invalid);

/** Sets `key` when `value` is valid: an invalid optional field is left out. */
function put(target, key, value) {
  if (value !== invalid && value !== undefined) target[key] = value;
}

function person(value) {
  if (typeof value !== 'object' || value === null) return invalid;
  const name = line(value.name);
  if (name === invalid) return invalid;
  const result = { name };
  put(result, 'url', url(value.url));
  return result;
}

/** One reply as the schema keeps it, or `invalid`. */
export function expectedReplyFromDocument(value) {
  if (typeof value !== 'object' || value === null) return invalid;
  const text = paragraph(value.text);
  const author = value.author;
  if (text === invalid || typeof author !== 'object' || author === null) return invalid;
  const name = line(author.name);
  if (name === invalid) return invalid;
  const keptAuthor = { name };
  put(keptAuthor, 'handle', line(author.handle));
  put(keptAuthor, 'url', url(author.url));
  put(keptAuthor, 'avatar', url(author.avatar));
  const reply = { text, author: keptAuthor };
  put(reply, 'platform', platform(value.platform));
  put(reply, 'url', url(value.url));
  put(reply, 'published', date(value.published));
  put(reply, 'lang', lang(value.lang));
  put(reply, 'context', context(value.context));
  return reply;
}

const list = (values, check) => (Array.isArray(values) ? values.map(check).filter(item => item !== invalid) : invalid);

/** The Story the schema keeps from a Story-shaped document, or null when it has no headline. */
export function expectedStoryFromDocument(document) {
  const headline = line(document.headline);
  if (headline === invalid) return null;
  const story = { headline };
  put(story, 'url', url(document.url));
  put(story, 'dek', line(document.dek));
  put(story, 'author', person(document.author));
  put(story, 'publisher', person(document.publisher));
  put(story, 'published', date(document.published));
  const image = document.image;
  if (typeof image === 'object' && image !== null && url(image.src) !== invalid) {
    const kept = { src: url(image.src), alt: typeof image.alt === 'string' ? image.alt.trim() : '' };
    put(kept, 'credit', line(image.credit));
    story.image = kept;
  }
  put(story, 'summary', paragraph(document.summary));
  put(story, 'body', list(document.body, paragraph));
  put(story, 'via', list(document.via, person));
  put(story, 'tags', list(document.tags, line));
  put(story, 'replies', list(document.replies, expectedReplyFromDocument));
  return story;
}

/**
 * A URL attribute the page author wrote: squashed, then resolved against the page as a link's
 * `href` is (or kept as written when it is no URL at all).
 */
function authorAttributeUrl(value) {
  const text = squash(value);
  try {
    return text && new URL(text, document.baseURI).href;
  } catch {
    return text;
  }
}

/** What the markup reader reads out of `<quoted-reply>` markup: every attribute squashed, URLs resolved. */
function markupReply(fields) {
  return {
    text: squash(fields.text),
    author: {
      name: squash(fields.name),
      handle: squash(fields.handle),
      url: authorAttributeUrl(fields.authorUrl),
      avatar: authorAttributeUrl(fields.avatar),
    },
    platform: squash(fields.platform),
    url: authorAttributeUrl(fields.url),
    published: squash(fields.published),
    context: squash(fields.context),
    lang: squash(fields.lang),
  };
}

/** What the markup reader reads out of `storyMarkup(spec)`: text squashed, links resolved. */
function markupReading(spec) {
  const link = value => resolvedLikeTheBrowser(value) || undefined;
  return {
    headline: squash(spec.headline),
    url: link(spec.url),
    dek: squash(spec.dek),
    author: { name: squash(spec['author.name']), url: link(spec['author.url']) },
    publisher: { name: squash(spec['publisher.name']), url: link(spec['publisher.url']) },
    published: spec.published,
    image: { src: link(spec['image.src']), alt: spec['image.alt'] ?? '', credit: squash(spec['image.credit']) },
    body: [spec['body.0'], spec['body.1']].map(squash).filter(Boolean),
    via: [{ name: squash(spec['via.0.name']), url: link(spec['via.0.url']) }],
    tags: [squash(spec['tags.0']), squash(spec['tags.1'])],
    replies: [0, 1].map(index => markupReply(replyFieldsOf(spec, `replies.${index}.`))),
  };
}

/** What the JSON-LD mapping makes of `jsonLdDocument(spec)` (README: From schema.org). */
function jsonLdReading(spec) {
  const text = value => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const personOf = (name, link) => (text(name) ? { name: text(name), url: text(link) } : undefined);
  const articleBody = text([spec['body.0'], spec['body.1']].join('\n\n'));
  const via = personOf(spec['via.0.name'], spec['via.0.url']);
  return withoutUndefined({
    headline: text(spec.headline),
    url: text(spec.url),
    dek: text(spec.dek),
    author: personOf(spec['author.name'], spec['author.url']),
    publisher: personOf(spec['publisher.name'], spec['publisher.url']),
    published: text(spec.published),
    image: text(spec['image.src'])
      ? { src: text(spec['image.src']), alt: text(spec['image.alt']) ?? '', credit: text(spec['image.credit']) }
      : undefined,
    summary: text(spec.summary),
    body: articleBody?.split(/\n\s*\n/).map(part => part.trim()).filter(Boolean),
    via: via ? [via] : [],
    tags: [spec['tags.0'], spec['tags.1']].filter(tag => typeof tag === 'string'),
    replies: [0, 1].map(index => {
      const fields = replyFieldsOf(spec, `replies.${index}.`);
      return withoutUndefined({
        text: text(fields.text),
        author: { name: text(fields.name), handle: text(fields.handle), url: text(fields.authorUrl), avatar: text(fields.avatar) },
        platform: platformOfUrl(text(fields.url)),
        url: text(fields.url),
        published: text(fields.published),
        lang: text(fields.lang),
      });
    }),
  });
}

/** The JSON-LD mapping's platform of a post URL: a known host, a Mastodon-style path, or web. */
function platformOfUrl(value) {
  if (!value) return undefined;
  try {
    const { hostname, pathname } = new URL(value);
    const known = [
      [/(^|\.)twitter\.com$/, 'twitter'],
      [/(^|\.)x\.com$/, 'x'],
      [/(^|\.)bsky\.app$/, 'bluesky'],
      [/(^|\.)threads\.(net|com)$/, 'threads'],
      [/(^|\.)instagram\.com$/, 'instagram'],
      [/(^|\.)facebook\.com$/, 'facebook'],
    ].find(([pattern]) => pattern.test(hostname))?.[1];
    return known ?? (/^\/@[^/]+\/\d+/.test(pathname) ? 'mastodon' : 'web');
  } catch {
    return undefined;
  }
}

/** The Story a card in `mode` should show for `spec`, or null when it has no valid headline. */
export function expectedStory(spec, mode) {
  if (mode === 'markup') return expectedStoryFromDocument(markupReading(spec));
  if (mode === 'json-ld') return expectedStoryFromDocument(jsonLdReading(spec));
  return expectedStoryFromDocument(storyDocument(spec));
}

/** The reply a lone `<quoted-reply>` should show (`markup` or `property`), or null. */
export function expectedReply(spec, mode) {
  const fields = replyFieldsOf(spec, '');
  const reply = expectedReplyFromDocument(mode === 'markup' ? markupReply(fields) : replyDocument(fields));
  return reply === invalid ? null : reply;
}

// ─── Checking what was rendered ─────────────────────────────────────────────────────────

/** Tags each template can make; anything else in a shadow root was injected. */
const allowedTags = {
  'story-card': new Set(['article', 'figure', 'img', 'figcaption', 'div', 'a', 'p', 'span', 'time', 'ul', 'li', 'section', 'button', 'slot', 'blockquote']),
  'quoted-reply': new Set(['div', 'figure', 'figcaption', 'span', 'img', 'a', 'blockquote', 'p', 'time', 'slot']),
  'newsletter-signup': new Set(['div', 'slot', 'h2', 'form', 'label', 'input', 'button', 'p']),
};
/** Attributes that hold a URL the element uses (checked), and ones that must never appear. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'cite', 'srcset']);
const forbiddenAttributes = new Set(['xlink:href', 'poster', 'data', 'background', 'ping', 'lowsrc', 'dynsrc', 'codebase', 'longdesc', 'srcdoc']);

const clip = (text, length = 160) => {
  const shown = JSON.stringify(String(text));
  return shown.length > length ? `${shown.slice(0, length)}…"` : shown;
};
const normalise = text => (text ?? '').replace(/\s+/g, ' ').trim();

/** Why a URL attribute's value is dangerous, or undefined when it is http(s) (or mailto: for href). */
export function unsafeUrlReason(attribute, value) {
  const candidates = attribute === 'srcset' ? value.split(',').map(candidate => candidate.trim().split(/\s+/)[0] ?? '') : [value];
  for (const candidate of candidates) {
    let parsed;
    try {
      parsed = new URL(candidate);
    } catch {
      return 'is not an absolute URL';
    }
    const allowed = parsed.protocol === 'http:' || parsed.protocol === 'https:' || (attribute === 'href' && parsed.protocol === 'mailto:');
    if (!allowed) return `is a ${parsed.protocol} URL`;
  }
  return undefined;
}

/** Problems found, by kind, with a few samples each. */
class Findings {
  constructor() {
    this.kinds = {};
  }
  add(kind, where, message) {
    const entry = (this.kinds[kind] ??= { count: 0, samples: [] });
    entry.count++;
    if (entry.samples.length < 12) entry.samples.push(`${where}: ${message}`);
  }
  summary() {
    return this.kinds;
  }
}

/**
 * Walks a shadow root (and the shadow roots below it): every element's tag is on the
 * template's list, no `on*` or `style` attribute, no URL but http(s)/mailto: in a URL attribute.
 * Returns the links found, to click.
 */
function audit(root, tag, where, findings, links = []) {
  const allowed = allowedTags[tag];
  for (const node of root.querySelectorAll('*')) {
    const name = node.localName;
    if (!allowed?.has(name)) findings.add('elements', where, `<${tag}> rendered an unexpected <${name}>`);
    for (const attribute of node.attributes) {
      const attributeName = attribute.name.toLowerCase();
      if (attributeName.startsWith('on')) findings.add('elements', where, `<${name}> has an event handler attribute ${attributeName}=${clip(attribute.value)}`);
      else if (attributeName === 'style') findings.add('elements', where, `<${name}> has a style attribute ${clip(attribute.value)}`);
      else if (forbiddenAttributes.has(attributeName)) findings.add('urls', where, `<${name}> has ${attributeName}=${clip(attribute.value)}`);
      else if (urlAttributes.has(attributeName)) {
        const reason = unsafeUrlReason(attributeName, attribute.value);
        if (reason) findings.add('urls', where, `<${name} ${attributeName}=${clip(attribute.value)}> ${reason}`);
      }
    }
    if (name === 'a' && node.hasAttribute('href')) links.push(node);
    if (node.shadowRoot) audit(node.shadowRoot, name, where, findings, links);
  }
  return links;
}

/** The audit on its own, for a test proving it is not vacuous: findings by kind, and the links. */
export function auditShadowRoot(root, tag) {
  const findings = new Findings();
  const links = audit(root, tag, tag, findings);
  return { findings: findings.summary(), links: links.length };
}

/** Light-DOM elements (the host's own) that render shadow roots of their own: audited too. */
function auditLightDom(host, where, findings, links) {
  for (const node of host.querySelectorAll('*')) {
    if (node.shadowRoot) audit(node.shadowRoot, node.localName, where, findings, links);
  }
}

const clicks = { seen: 0 };
let clickGuardInstalled = false;
/** Records every click on a link and stops the navigation; the traps catch anything that runs. */
function installClickGuard() {
  if (clickGuardInstalled) return;
  clickGuardInstalled = true;
  window.addEventListener(
    'click',
    event => {
      const target = event.composedPath()[0];
      if (target instanceof Element && target.closest('a')) {
        clicks.seen++;
        event.preventDefault();
      }
    },
    true,
  );
}

/** Clicks every link; each click must be seen (and stopped) by the guard. */
function clickAll(links, where, findings, counters) {
  for (const link of links) {
    const before = clicks.seen;
    link.click();
    counters.linksClicked++;
    if (clicks.seen !== before + 1) findings.add('clicks', where, `a click on ${clip(link.getAttribute('href'))} was not seen by the page`);
  }
}

/**
 * Each link made from a URL in a quote (not a @mention or #hashtag) must show, in its visible
 * text, the host it really goes to in ASCII, right after the scheme where a reader looks for
 * it: a look-alike (Cyrillic о, full-width letters, a zero-width space, a bidi override) or a
 * user name that reads as a host (`https://bank.example@evil.example/`) must not pass for
 * another site.
 */
function checkLinkified(quote, where, findings, counters) {
  for (const link of quote.querySelectorAll('a[href]')) {
    const text = (link.textContent ?? '').trim();
    if (/^[@#]/.test(text)) continue;
    counters.linkifiedUrls++;
    let origin;
    try {
      const { protocol, host } = new URL(link.getAttribute('href'));
      origin = `${protocol}//${host}`;
    } catch {
      continue; // reported by the URL audit
    }
    if (!text.toLowerCase().startsWith(origin.toLowerCase())) {
      findings.add('linkify', where, `the link to ${clip(link.getAttribute('href'))} reads ${clip(text)}, which does not show the host it goes to (${origin})`);
    }
  }
}

const urlToken = /^https?:\/\/[^\s<>"]+/i;
const sentenceEnd = `.,;:!?'")]}`;

/**
 * Why a quote's paragraph does not read as the reply's text, or undefined. Text between links
 * must be exactly the text; a link shows its URL as written or, where that would hide the host
 * it goes to, the URL as the browser reads it (`https://xn--ggle-55da.com/`), nothing else.
 */
function quoteMismatch(paragraph, text) {
  const nodes = [...paragraph.childNodes].filter(node => node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE);
  let at = 0;
  for (const node of nodes) {
    const shown = node.textContent;
    if (text.startsWith(shown, at)) {
      at += shown.length;
      continue;
    }
    const match = node.nodeName === 'A' ? urlToken.exec(text.slice(at)) : null;
    if (match) {
      let token = match[0];
      while (sentenceEnd.includes(token[token.length - 1])) token = token.slice(0, -1);
      let read;
      try {
        read = new URL(token).href;
      } catch {
        read = undefined;
      }
      if (read !== undefined && read === node.getAttribute('href') && shown === read) {
        at += token.length;
        continue;
      }
    }
    return `shows ${clip(shown)} where the text has ${clip(text.slice(at, at + 80))}`;
  }
  return at === text.length ? undefined : `stops before ${clip(text.slice(at, at + 80))}`;
}

const capitalised = name => name[0].toUpperCase() + name.slice(1);

/** A reply's rendered figure against the reply the schema keeps. */
function checkReply(figure, reply, where, findings, counters, { variant, knownPlatform }) {
  const same = (field, shown, wanted) => {
    if (normalise(shown) !== normalise(wanted)) findings.add('text', where, `${field} shows ${clip(shown)}, expected ${clip(wanted)}`);
  };
  same('reply author', figure.querySelector('.name')?.textContent, reply.author.name);
  const handle = reply.author.handle && (reply.author.handle.startsWith('@') ? reply.author.handle : `@${reply.author.handle}`);
  same('reply handle', figure.querySelector('.handle')?.textContent, handle);
  same('reply context', figure.querySelector('[part~="context"]')?.textContent, reply.context);
  const quote = figure.querySelector('[part~="quote"]');
  const quoted = quote?.querySelector('p');
  const mismatch = quoted ? quoteMismatch(quoted, reply.text) : 'is missing';
  if (mismatch) findings.add('text', where, `reply text ${mismatch}; expected ${clip(reply.text)}`);
  if ((quote?.getAttribute('lang') ?? undefined) !== reply.lang) {
    findings.add('text', where, `quote lang is ${clip(quote?.getAttribute('lang'))}, expected ${clip(reply.lang)}`);
  }
  if (knownPlatform) {
    same('reply platform', figure.querySelector('[part~="platform"] [aria-hidden="true"]')?.textContent, reply.platform && capitalised(reply.platform));
  }
  const time = figure.querySelector('time');
  if (time && time.getAttribute('datetime') !== reply.published) {
    findings.add('text', where, `reply time datetime is ${clip(time.getAttribute('datetime'))}, expected ${clip(reply.published)}`);
  }
  const permalink = figure.querySelector('a.permalink');
  if (variant === 'safe' && reply.url && permalink?.getAttribute('href') !== new URL(reply.url).href) {
    findings.add('text', where, `the permalink to a safe ${clip(reply.url)} is ${clip(permalink?.getAttribute('href'))}`);
  }
  if (quote) checkLinkified(quote, where, findings, counters);
}

/** A rendered `<story-card>` against the Story the schema keeps (null: no valid headline). */
function checkStoryCard(card, story, { mode, variant, events }, where, findings, counters) {
  const root = card.shadowRoot;
  const same = (field, shown, wanted) => {
    if (normalise(shown) !== normalise(wanted)) findings.add('text', where, `${field} shows ${clip(shown)}, expected ${clip(wanted)}`);
  };
  const article = root.querySelector('article[part~="card"]');
  const dataMode = mode !== 'markup';
  if (dataMode && events.length !== 1) {
    findings.add('events', where, `fired ${events.length} story-load/story-error events: ${events.map(event => event.type).join(', ')}`);
  }
  if (!story) {
    if (article) findings.add('text', where, 'a story rendered although its headline is not valid');
    if (!dataMode && root.querySelector('.fallback')?.hidden) findings.add('text', where, 'the host markup is hidden, yet it cannot be read as a story');
    if (dataMode) {
      counters.unavailable++;
      if (!root.querySelector('.unavailable')) findings.add('text', where, 'no "Story unavailable" notice for a story without a headline');
      const event = events[0];
      if (event?.type !== 'story-error' || event.detail?.reason !== 'invalid') {
        findings.add('events', where, `expected story-error "invalid", got ${event ? `${event.type} ${JSON.stringify(event.detail?.reason)}` : 'nothing'}`);
      }
    }
    return;
  }
  if (!article) {
    findings.add('text', where, `no story rendered for a valid headline ${clip(story.headline)} (${events[0]?.type ?? 'no event'}: ${clip(events[0]?.detail?.message)})`);
    return;
  }
  counters.rendered++;
  if (dataMode && events[0]?.type !== 'story-load') findings.add('events', where, `expected story-load, got ${events[0]?.type ?? 'nothing'}`);
  same('headline', root.querySelector('[part~="headline"]')?.textContent, story.headline);
  const headlineLink = root.querySelector('[part~="headline"] a');
  if (headlineLink && !story.url) findings.add('urls', where, `the headline links to ${clip(headlineLink.getAttribute('href'))} although url was left out`);
  if (variant === 'safe' && headlineLink?.getAttribute('href') !== story.url) {
    findings.add('text', where, `the headline links to ${clip(headlineLink?.getAttribute('href'))}, expected the safe ${clip(story.url)}`);
  }
  same('dek', root.querySelector('[part~="dek"]')?.textContent, story.dek);
  const byline = root.querySelector('[part~="byline"]');
  // The byline's items, in order: "By <author>", the publisher, the date.
  const items = byline ? [...byline.children].filter(node => node.localName !== 'time') : [];
  const wantedItems = [story.author && `By ${story.author.name}`, story.publisher?.name].filter(item => item !== undefined);
  if (items.length !== wantedItems.length) findings.add('text', where, `the byline has ${items.length} items besides the date, expected ${wantedItems.length}`);
  wantedItems.forEach((item, index) => same(index === 0 && story.author ? 'author' : 'publisher', items[index]?.textContent, item));
  const time = byline?.querySelector('time');
  if (time && time.getAttribute('datetime') !== story.published) {
    findings.add('text', where, `published time datetime is ${clip(time.getAttribute('datetime'))}, expected ${clip(story.published)}`);
  }
  const image = root.querySelector('img[part~="image"]');
  if (image) {
    if (!story.image) findings.add('urls', where, `an image ${clip(image.getAttribute('src'))} although image was left out`);
    else {
      same('image alt', image.getAttribute('alt'), story.image.alt);
      same('image credit', root.querySelector('[part~="credit"]')?.textContent, story.image.credit && `Image: ${story.image.credit}`);
    }
  } else if (variant === 'safe' && story.image) findings.add('text', where, `no image for the safe ${clip(story.image.src)}`);
  const excerpt = story.summary ? [story.summary] : (story.body ?? []).slice(0, 2);
  const paragraphs = [...root.querySelectorAll('[part~="excerpt"]')].map(node => node.textContent);
  if (paragraphs.length !== excerpt.length) findings.add('text', where, `${paragraphs.length} excerpt paragraphs, expected ${excerpt.length}`);
  excerpt.forEach((text, index) => same(`excerpt paragraph ${index + 1}`, paragraphs[index], text));
  same('hat-tip sources', root.querySelector('[part~="via"]')?.textContent, story.via?.length ? `H/T ${story.via.map(source => source.name).join(', ')}` : undefined);
  const tags = [...root.querySelectorAll('[part~="tags"] li')].map(node => node.textContent);
  if (tags.length !== (story.tags?.length ?? 0)) findings.add('text', where, `${tags.length} tags, expected ${story.tags?.length ?? 0}`);
  (story.tags ?? []).forEach((tag, index) => same(`tag ${index + 1}`, tags[index], tag));
  const figures = [...root.querySelectorAll('[part~="reply"]')];
  const replies = story.replies ?? [];
  if (figures.length !== replies.length) findings.add('text', where, `${figures.length} replies shown, expected ${replies.length}`);
  replies.forEach((reply, index) => {
    if (figures[index]) checkReply(figures[index], reply, `${where} reply ${index + 1}`, findings, counters, { variant, knownPlatform: true });
  });
}

// ─── Running batches ────────────────────────────────────────────────────────────────────

/** Elements a payload could add outside the batch's container: none may appear. */
const outsideSelector = 'script, iframe, frame, object, embed, img, svg, math, style, link, meta, base, form, input, button, video, audio, template';
const outsideCount = container =>
  [...document.querySelectorAll(outsideSelector)].filter(node => !container.contains(node)).length;

function newContainer() {
  // display: none — nothing is laid out or fetched (lazy images never load); the DOM, the
  // text, the attributes and clicks are all there is to check here. Layout is stress.test.ts's.
  const container = element('div', { lang: 'en', hidden: '', 'data-hostile-corpus': '' });
  document.body.append(container);
  return container;
}

function finish(report, findings, consoleCapture, trapsBefore, container, outsideBefore, started) {
  consoleCapture.restore();
  container.remove();
  for (const message of consoleCapture.messages.warn) {
    const problem = warningProblem(message);
    if (problem) findings.add('warnings', 'console.warn', problem);
  }
  for (const name of ['error', 'log', 'info', 'debug']) {
    for (const message of consoleCapture.messages[name]) findings.add('warnings', `console.${name}`, clip(message, 300));
  }
  const outside = outsideCount(container) - outsideBefore;
  if (outside !== 0) findings.add('elements', 'page', `${outside} elements appeared outside the cards`);
  report.warnings = consoleCapture.messages.warn.length;
  report.traps = trapsSince(trapsBefore);
  report.trapped = installTraps().seen.slice(0, 12);
  report.findings = findings.summary();
  report.ms = Math.round(performance.now() - started);
  return report;
}

/** Waits for the markup reader (loaded on first use) so every card reads its markup at once. */
async function warmUpMarkupReader(container) {
  const card = document.createElement('story-card');
  card.append(element('h2', {}, 'Warm-up'));
  container.append(card);
  const giveUp = performance.now() + 15_000;
  while (!card.shadowRoot?.querySelector('[part~="headline"]') && performance.now() < giveUp) {
    await new Promise(resolve => setTimeout(resolve, 10));
  }
  card.remove();
}

/** Resolves when `card` fired story-load or story-error (or after `ms`). */
function settled(card, events, ms) {
  return new Promise(resolve => {
    const timer = setTimeout(resolve, ms);
    const done = event => {
      events.push({ type: event.type, detail: event.detail });
      clearTimeout(timer);
      setTimeout(resolve, 0); // a second event, if any, is counted too
    };
    card.addEventListener('story-load', done);
    card.addEventListener('story-error', done);
  });
}

/**
 * Renders one `<story-card>` per string (card i gets string i + k in field k), `chunkSize`
 * at a time, in `mode` and `variant`; checks each card, clicks every link, removes the chunk.
 */
export async function runStoryCards({ strings, mode, variant = 'hostile', chunkSize = 120 }) {
  const started = performance.now();
  const traps = installTraps();
  const trapsBefore = traps.snapshot();
  installClickGuard();
  installFetchStub();
  const container = newContainer();
  const outsideBefore = outsideCount(container);
  const findings = new Findings();
  const counters = { cards: 0, rendered: 0, unavailable: 0, linksClicked: 0, linkifiedUrls: 0 };
  const consoleCapture = captureConsole();
  try {
    if (mode === 'markup') await warmUpMarkupReader(container);
    for (let start = 0; start < strings.length; start += chunkSize) {
      const batch = [];
      for (let index = start; index < Math.min(strings.length, start + chunkSize); index++) {
        const spec = cardSpec(strings, index, variant);
        const card = storyCardFor(spec, mode, `${mode}-${variant}-${index}`);
        batch.push({ index, spec, card, events: [], lightDom: card.querySelectorAll('*').length });
      }
      const waits = batch.map(item => (mode === 'markup' ? Promise.resolve() : settled(item.card, item.events, 15_000)));
      const fragment = document.createDocumentFragment();
      fragment.append(...batch.map(item => item.card));
      container.append(fragment);
      await Promise.all(waits);
      await Promise.all(batch.map(item => item.card.updateComplete));
      for (const item of batch) {
        const where = `${mode}/${variant} card ${item.index}`;
        counters.cards++;
        checkStoryCard(item.card, expectedStory(item.spec, mode), { mode, variant, events: item.events }, where, findings, counters);
        const links = audit(item.card.shadowRoot, 'story-card', where, findings);
        auditLightDom(item.card, where, findings, []);
        if (item.card.querySelectorAll('*').length !== item.lightDom) findings.add('elements', where, "the card changed the host's own markup");
        clickAll(links, where, findings, counters);
      }
      for (const item of batch) item.card.remove();
    }
  } finally {
    finish(counters, findings, consoleCapture, trapsBefore, container, outsideBefore, started);
  }
  return { mode, variant, strings: strings.length, ...counters };
}

/**
 * One lone `<quoted-reply>` per string, fields rotated as in cards: `markup` (attributes and
 * text, set with setAttribute and textContent) or `property` (the `reply` property).
 */
export async function runQuotedReplies({ strings, mode, variant = 'hostile', chunkSize = 200 }) {
  const started = performance.now();
  const traps = installTraps();
  const trapsBefore = traps.snapshot();
  installClickGuard();
  const container = newContainer();
  const outsideBefore = outsideCount(container);
  const findings = new Findings();
  const counters = { replies: 0, rendered: 0, linksClicked: 0, linkifiedUrls: 0 };
  const consoleCapture = captureConsole();
  try {
    for (let start = 0; start < strings.length; start += chunkSize) {
      const batch = [];
      for (let index = start; index < Math.min(strings.length, start + chunkSize); index++) {
        const cardFieldsSpec = cardSpec(strings, index, variant);
        const spec = Object.fromEntries(
          [...replyTextFields, ...replyUrlFields].map(field => [field, cardFieldsSpec[`replies.0.${field}`]]),
        );
        const fields = replyFieldsOf(spec, '');
        let reply;
        if (mode === 'markup') reply = quotedReplyMarkup(fields);
        else {
          reply = document.createElement('quoted-reply');
          reply.reply = replyDocument(fields);
          reply.append(element('span', {}, 'Fallback text'));
        }
        batch.push({ index, spec, reply });
      }
      const fragment = document.createDocumentFragment();
      fragment.append(...batch.map(item => item.reply));
      container.append(fragment);
      await Promise.all(batch.map(item => item.reply.updateComplete));
      for (const item of batch) {
        const where = `<quoted-reply> ${mode}/${variant} ${item.index}`;
        counters.replies++;
        const expected = expectedReply(item.spec, mode);
        const figure = item.reply.shadowRoot.querySelector('[part~="reply"]');
        if (!expected) {
          if (figure) findings.add('text', where, 'a post rendered although its text or author is not valid');
          if (item.reply.shadowRoot.querySelector('slot')?.parentElement?.hidden) findings.add('text', where, 'the host text is hidden, yet there is no post to show');
        } else if (!figure) findings.add('text', where, `no post rendered for valid text ${clip(expected.text)} by ${clip(expected.author.name)}`);
        else {
          counters.rendered++;
          checkReply(figure, expected, where, findings, counters, { variant, knownPlatform: true });
        }
        const links = audit(item.reply.shadowRoot, 'quoted-reply', where, findings);
        clickAll(links, where, findings, counters);
      }
      for (const item of batch) item.reply.remove();
    }
  } finally {
    finish(counters, findings, consoleCapture, trapsBefore, container, outsideBefore, started);
  }
  return { mode, variant, strings: strings.length, ...counters };
}

/** Sets an input's value as typing would end, and tells the element. */
function type(input, value) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

function signupOutcome(box) {
  return new Promise(resolve => {
    const timer = setTimeout(() => resolve({ type: 'timeout' }), 15_000);
    const done = event => {
      clearTimeout(timer);
      box.removeEventListener('signup-success', done);
      box.removeEventListener('signup-error', done);
      resolve({ type: event.type, detail: event.detail });
    };
    box.addEventListener('signup-success', done);
    box.addEventListener('signup-error', done);
  });
}

const normaliseEmail = raw => {
  const trimmed = raw.trim();
  const at = trimmed.lastIndexOf('@');
  return at < 0 ? trimmed : trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
};

/**
 * One `<newsletter-signup name-field>` per string, its heading, description, button label,
 * consent and success message taken from the next strings. Each string is typed into the
 * email and name fields and submitted; then a valid email is typed (the name kept) and
 * submitted, so the hostile name is sent. `fetch` answers inside the page.
 */
export async function runSignups({ strings, chunkSize = 60 }) {
  const started = performance.now();
  const traps = installTraps();
  const trapsBefore = traps.snapshot();
  const stub = installFetchStub();
  const container = newContainer();
  const outsideBefore = outsideCount(container);
  const findings = new Findings();
  const counters = { boxes: 0, refusedEmails: 0, sentHostileEmails: 0, sentHostileNames: 0, linksClicked: 0 };
  const consoleCapture = captureConsole();
  const at = offset => index => strings[(index + offset) % strings.length];
  const text = {
    heading: at(1),
    description: at(2),
    'button-label': at(3),
    consent: at(4),
    'success-message': at(5),
  };
  try {
    for (let start = 0; start < strings.length; start += chunkSize) {
      const batch = [];
      for (let index = start; index < Math.min(strings.length, start + chunkSize); index++) {
        const attributes = Object.fromEntries(Object.entries(text).map(([name, pick]) => [name, pick(index)]));
        const box = element('newsletter-signup', {
          ...attributes,
          'name-field': '',
          'min-fill-time': '0',
          action: `${stubPrefix}subscribe/${index}`,
        });
        batch.push({ index, box, attributes, string: strings[index] });
      }
      const fragment = document.createDocumentFragment();
      fragment.append(...batch.map(item => item.box));
      container.append(fragment);
      await Promise.all(batch.map(item => item.box.updateComplete));
      await Promise.all(
        batch.map(async ({ index, box, attributes, string }) => {
          const where = `<newsletter-signup> ${index}`;
          const root = box.shadowRoot;
          const email = root.querySelector('#email');
          const name = root.querySelector('#name');
          const path = `${stubPrefix}subscribe/${index}`;
          const consent = root.querySelector('#consent');
          if (consent) consent.checked = true;
          counters.boxes++;

          // 1. The string as email and name.
          type(email, string);
          type(name, string);
          const typedEmail = email.value;
          let outcome = signupOutcome(box);
          root.querySelector('[part~="button"]').click();
          let result = await outcome;
          await box.updateComplete;
          const sent = () => (stub.signups.get(path) ?? []).map(body => JSON.parse(body));
          if (result.type === 'signup-error') {
            if (result.detail.reason !== 'invalid') findings.add('events', where, `refused ${clip(string)} with ${result.detail.reason}, expected invalid`);
            else counters.refusedEmails++;
            if (sent().length) findings.add('events', where, `sent a request for the refused email ${clip(string)}`);
            if (email.value !== typedEmail) findings.add('text', where, `the email field lost what was typed: ${clip(email.value)}, typed ${clip(typedEmail)}`);
            if (email.getAttribute('aria-invalid') !== 'true') findings.add('text', where, `the refused email ${clip(string)} is not marked invalid`);
          } else if (result.type === 'signup-success') {
            counters.sentHostileEmails++;
            const body = sent()[0];
            if (body?.email !== normaliseEmail(typedEmail)) findings.add('text', where, `sent email ${clip(body?.email)}, typed ${clip(typedEmail)}`);
          } else findings.add('events', where, `no signup-success or signup-error for email ${clip(string)}`);

          // 2. A valid email, the hostile name kept: it is sent as typed.
          const before = sent().length;
          type(email, `reader${index}@example.com`);
          outcome = signupOutcome(box);
          root.querySelector('[part~="button"]').click();
          result = await outcome;
          await box.updateComplete;
          if (result.type !== 'signup-success') {
            findings.add('events', where, `a valid email with the name ${clip(name.value)} ended in ${result.type} ${clip(result.detail?.message)}`);
          } else {
            counters.sentHostileNames++;
            const body = sent()[before];
            const wantedName = name.value.trim() || undefined;
            if (body?.name !== wantedName) findings.add('text', where, `sent name ${clip(body?.name)}, typed ${clip(name.value)}`);
            const message = root.querySelector('[part~="message"]')?.textContent;
            const wanted = attributes['success-message'] || 'Thanks! You’re subscribed.';
            if (normalise(message) !== normalise(wanted)) findings.add('text', where, `success message shows ${clip(message)}, expected ${clip(wanted)}`);
          }
          const same = (field, shown, wanted) => {
            if (normalise(shown) !== normalise(wanted)) findings.add('text', where, `${field} shows ${clip(shown)}, expected ${clip(wanted)}`);
          };
          if (attributes.heading) same('heading', root.querySelector('h2[part~="heading"]')?.textContent, attributes.heading);
          if (attributes.description) same('description', root.querySelector('[part~="description"]')?.textContent, attributes.description);
          same('button', root.querySelector('[part~="button"]')?.textContent, attributes['button-label'] || 'Subscribe');
          if (attributes.consent) same('consent', root.querySelector('label[for="consent"]')?.textContent, attributes.consent);
          const links = audit(root, 'newsletter-signup', where, findings);
          clickAll(links, where, findings, counters);
        }),
      );
      for (const item of batch) item.box.remove();
    }
  } finally {
    finish(counters, findings, consoleCapture, trapsBefore, container, outsideBefore, started);
  }
  return { strings: strings.length, ...counters };
}
