/**
 * schema.org `NewsArticle` (JSON-LD, as publishers already publish for search engines) mapped
 * onto the Story document. The mapping only reshapes: the result is still unknown data and goes
 * through the same validation as a Story. Anything of an unexpected shape is left out.
 */

type Json = Record<string, unknown>;

const articleType = /^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

const list = (value: unknown): unknown[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

const string = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

function typesOf(value: Json): string[] {
  return list(value['@type']).filter((type): type is string => typeof type === 'string');
}

/** The article in a JSON-LD document: the object itself or the first article in its `@graph`. */
function findArticle(value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  if (typesOf(value).some(type => articleType.test(type))) return value;
  return list(value['@graph']).find(node => isObject(node) && typesOf(node).some(type => articleType.test(type))) as
    | Json
    | undefined;
}

export function isJsonLdArticle(value: unknown): value is Json {
  return findArticle(value) !== undefined;
}

/** A URL given as text, as `{ "@id" }` or as `{ url }`. */
function urlOf(value: unknown): string | undefined {
  const item = first(value);
  if (isObject(item)) return string(item.url) ?? string(item['@id']) ?? string(item.contentUrl);
  return string(item);
}

function personOf(value: unknown): Json | undefined {
  const item = first(value);
  if (typeof item === 'string') return { name: item };
  if (!isObject(item)) return undefined;
  const name = string(item.name);
  return name ? { name, url: urlOf(item.url) ?? string(item['@id']) } : undefined;
}

/** `1200`, `"1200"`, `"1200px"` or a QuantitativeValue `{ value: 1200 }`. */
function pixels(value: unknown): number | undefined {
  const raw = isObject(value) ? value.value : value;
  const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseInt(raw, 10) : NaN;
  return Number.isFinite(number) && number > 0 ? Math.round(number) : undefined;
}

function imageOf(value: unknown): Json | undefined {
  const item = first(value);
  if (typeof item === 'string') return { src: item };
  if (!isObject(item)) return undefined;
  const src = string(item.url) ?? string(item.contentUrl);
  if (!src) return undefined;
  return {
    src,
    alt: string(item.description) ?? string(item.caption) ?? '',
    credit: string(item.creditText) ?? personOf(item.copyrightHolder)?.name ?? personOf(item.creator)?.name,
    width: pixels(item.width),
    height: pixels(item.height),
  };
}

const platformHosts: Array<[RegExp, string]> = [
  [/(^|\.)twitter\.com$/, 'twitter'],
  [/(^|\.)x\.com$/, 'x'],
  [/(^|\.)bsky\.app$/, 'bluesky'],
  [/(^|\.)threads\.(net|com)$/, 'threads'],
  [/(^|\.)instagram\.com$/, 'instagram'],
  [/(^|\.)facebook\.com$/, 'facebook'],
];

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

function platformOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const { hostname, pathname } = new URL(url);
    const known = platformHosts.find(([pattern]) => pattern.test(hostname))?.[1];
    // Mastodon has no single host; its post URLs look like /@user/123456.
    return known ?? (/^\/@[^/]+\/\d+/.test(pathname) ? 'mastodon' : 'web');
  } catch {
    return undefined;
  }
}

function replyOf(value: unknown): Json | undefined {
  if (!isObject(value)) return undefined;
  const author = first(value.author);
  const url = urlOf(value.url);
  return {
    text: string(value.text) ?? string(value.commentText) ?? string(value.description),
    author: isObject(author)
      ? {
          name: string(author.name),
          handle: string(author.alternateName) ?? string(author.identifier),
          url: urlOf(author.url),
          avatar: urlOf(author.image),
        }
      : typeof author === 'string'
        ? { name: author }
        : undefined,
    platform: platformOf(url),
    url,
    published: string(value.datePublished) ?? string(value.dateCreated),
    lang: string(value.inLanguage),
  };
}

/** Paragraphs of `articleBody`: blank lines separate them. */
function paragraphs(body: unknown): string[] | undefined {
  const text = string(body);
  return text ? text.split(/\n\s*\n/).map(part => part.trim()).filter(Boolean) : undefined;
}

function keywords(value: unknown): string[] | undefined {
  if (typeof value === 'string') return value.split(',').map(tag => tag.trim()).filter(Boolean);
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : undefined;
}

/** Drops `undefined` values so optional fields are absent rather than invalid. */
function compact(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}

export function fromJsonLd(document: unknown): Json {
  const article = findArticle(document) ?? {};
  const via = list(article.isBasedOn ?? article.citation).map(source =>
    typeof source === 'string' ? { name: hostOf(source), url: source } : personOf(source),
  );
  return compact({
    headline: string(article.headline) ?? string(article.name),
    url: urlOf(article.url) ?? urlOf(article.mainEntityOfPage),
    dek: string(article.alternativeHeadline),
    author: personOf(article.author),
    publisher: personOf(article.publisher),
    published: string(article.datePublished),
    image: imageOf(article.image),
    summary: string(article.description) ?? string(article.abstract),
    body: paragraphs(article.articleBody),
    via: via.length ? via.filter(Boolean) : undefined,
    tags: keywords(article.keywords),
    replies: list(article.comment).map(replyOf).filter(Boolean).map(reply => compact(reply!)),
  });
}
