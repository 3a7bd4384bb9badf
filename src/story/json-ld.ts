/**
 * schema.org JSON-LD, as publishers already publish it for search engines, mapped onto the
 * Story document. Read the way CMSs really write it, not as one shape: a single object, a list
 * of objects or an `@graph` whose nodes point at each other by `@id` (Yoast SEO, Rank Math), a
 * list where one value is usual (Google's three cover images, several authors), keywords as
 * one comma-separated string (Ghost).
 *
 * The mapping only reshapes: the result is still unknown data and goes through the same
 * validation as a Story (and every URL through the same gate when it is rendered). What it
 * cannot use — a reference to a node the document does not have, a node of the wrong type,
 * a value of the wrong shape — is left out and named in `problems`, by the Story field it was
 * meant for.
 *
 * Work is linear in the document: one walk indexes every `@id` (each object once, so a host's
 * cyclic objects end it too), a reference is one look-up, and a chain of `url` references is
 * followed once per node (remembered), so long chains and cycles cost no more than their length.
 */

type Json = Record<string, unknown>;
type Agent = { name: string; url: string | undefined };
type Image = { src: string; alt: string; credit?: string | undefined; width?: number | undefined; height?: number | undefined };

/** schema.org's Article and every type below it. */
const articleTypes = new Set(
  [
    'Article AdvertiserContentArticle Report SatiricalArticle TechArticle APIReference',
    'NewsArticle AnalysisNewsArticle AskPublicNewsArticle BackgroundNewsArticle OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle',
    'ScholarlyArticle MedicalScholarlyArticle SocialMediaPosting BlogPosting LiveBlogPosting DiscussionForumPosting',
  ]
    .join(' ')
    .split(' '),
);
const imageTypes = new Set(['ImageObject', 'ImageObjectSnapshot', 'Barcode', 'Photograph']);
const commentTypes = new Set(['Comment', 'Answer', 'CorrectionComment']);
/** Who can write or publish: a Person, an Organization (of any kind, e.g. NewsMediaOrganization). */
const isAgentType = (type: string) => type === 'Person' || type.endsWith('Organization') || type === 'Corporation' || type === 'NGO';
const isPageType = (type: string) => type.endsWith('Page');

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);

const list = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Text; a value of another kind is passed on as it is, for validation to name ("dek must be a string"). */
const textOr = (value: unknown): unknown => (value === undefined || value === null || typeof value === 'string' ? text(value) : value);

/**
 * A node's types without their vocabulary: `schema:NewsArticle` and
 * `https://schema.org/NewsArticle` are `NewsArticle` (string searches, no pattern).
 */
function typesOf(node: Json): string[] {
  return list(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map(type => type.slice(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':'), type.lastIndexOf('#')) + 1));
}

const isArticle = (value: unknown): value is Json => isObject(value) && typesOf(value).some(type => articleTypes.has(type));

/** The nodes at the top of a document: the object, each object of a list, and their `@graph`s. */
function topNodes(document: unknown): Json[] {
  const nodes: Json[] = [];
  for (const item of list(document)) {
    if (!isObject(item)) continue;
    nodes.push(item);
    for (const node of list(item['@graph'])) if (isObject(node)) nodes.push(node);
  }
  return nodes;
}

/** JSON's own kinds of object: a host's DOM nodes, maps or class instances are not walked. */
function isPlainData(value: object): boolean {
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * Every node with an `@id` that says more than its `@id`, breadth first: a node at the top of
 * the graph defines its `@id` before a copy embedded deeper (Yoast writes the author as
 * `{ "@id", "name" }` inside the article and the whole Person beside it). The first definition
 * of an `@id` wins; later ones are ignored. Each object is visited once, cycles included.
 */
function indexIds(document: unknown): Map<string, Json> {
  const ids = new Map<string, Json>();
  const seen = new Set<object>();
  const queue: object[] = [];
  const visit = (value: unknown) => {
    if (typeof value === 'object' && value !== null && !seen.has(value) && isPlainData(value)) {
      seen.add(value);
      queue.push(value);
    }
  };
  visit(document);
  for (let index = 0; index < queue.length; index++) {
    const value = queue[index]!;
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      continue;
    }
    const node = value as Json;
    const keys = Object.keys(node);
    for (const key of keys) visit(node[key]);
    const id = node['@id'];
    if (typeof id === 'string' && keys.length > 1 && !ids.has(id)) ids.set(id, node);
  }
  return ids;
}

/** `1200`, `"1200"`, `"1200px"` or a QuantitativeValue `{ value: 1200 }`. */
function pixels(value: unknown): number | undefined {
  const raw = isObject(value) ? value.value : value;
  const number = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number.parseInt(raw, 10) : NaN;
  return Number.isFinite(number) && number > 0 ? Math.round(number) : undefined;
}

/** Words of a list, or of one comma-separated string ("tennis, parenting"). */
function words(value: unknown): string[] {
  if (typeof value === 'string') return value.split(',').map(word => word.trim()).filter(Boolean);
  // A DefinedTerm says its word as `name`.
  return list(value)
    .map(word => (isObject(word) ? text(word.name) : word))
    .filter((word): word is string => typeof word === 'string');
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

/** Paragraphs of `articleBody`: blank lines separate them. */
function paragraphs(body: unknown): string[] | undefined {
  const whole = text(body);
  return whole ? whole.split(/\n\s*\n/).map(part => part.trim()).filter(Boolean) : undefined;
}

/** A URL that says it is the wide one: `…/16x9/…`, `photo-16-9.jpg`, `16:9`. */
const wideHint = /(?:^|\D)16[-x×:_]9(?!\d)/i;

/** The widest known ratio; else the one whose URL says 16:9; else the first. */
function coverOf(images: Image[]): Image | undefined {
  let widest: Image | undefined;
  for (const image of images) {
    if (image.width && image.height && (!widest || image.width / image.height > widest.width! / widest.height!)) widest = image;
  }
  return widest ?? images.find(image => wideHint.test(image.src)) ?? images[0];
}

/** Drops `undefined` values so optional fields are absent rather than invalid. */
function compact(value: Json): Json {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined));
}

/** One document's reading: its `@id` index, what it had to leave out, and what it followed. */
class Reading {
  readonly nodes: Json[];
  readonly article: Json | undefined;
  readonly #document: unknown;
  /** Built on first use: a Story document (no `@type`) is never walked. */
  #index: Map<string, Json> | undefined;
  /** Where what had to be left out is named (validation names past 20 only by count). */
  problems: string[] = [];
  /** Each reference object's view, made once (a host may share one object many times). */
  readonly #views = new Map<object, Json>();
  /** What each node on a `url` chain led to, so a chain is walked once. */
  readonly #urls = new Map<object, string | undefined>();

  constructor(document: unknown) {
    this.#document = document;
    this.nodes = topNodes(document);
    this.article = this.#mainArticle();
  }

  /**
   * The article: the page's main entity when the document has several (a page that also lists
   * related articles), else the first one.
   */
  #mainArticle(): Json | undefined {
    const articles = this.nodes.filter(isArticle);
    const pages = this.nodes.filter(node => typesOf(node).some(isPageType));
    for (const page of pages) {
      const main = list(page.mainEntity).map(entity => this.node(entity)).find(isArticle);
      if (main) return main;
    }
    const main = articles.length > 1 && articles.find(article => this.isPage(this.node(first(article.mainEntityOfPage))));
    return main || articles[0];
  }

  get #ids(): Map<string, Json> {
    return (this.#index ??= indexIds(this.#document));
  }

  isPage(node: Json | undefined): node is Json {
    return node !== undefined && typesOf(node).some(isPageType);
  }

  problem(message: string): void {
    this.problems.push(message);
  }

  /**
   * An object as the node it stands for: a reference (`{ "@id": … }`) becomes the node with
   * that `@id`, its own properties (Yoast gives the author's `name` beside the reference) over
   * the node's. Anything else is returned as it is; not an object, undefined.
   */
  node(value: unknown): Json | undefined {
    if (!isObject(value)) return undefined;
    const id = value['@id'];
    const definition = typeof id === 'string' ? this.#ids.get(id) : undefined;
    if (!definition || definition === value) return value;
    let view = this.#views.get(value);
    if (!view) {
      view = Object.create(definition) as Json;
      for (const key of Object.keys(value)) Object.defineProperty(view, key, { value: value[key], enumerable: true });
      this.#views.set(value, view);
    }
    return view;
  }

  /** Is `node` only a reference, to a node this document does not have? Named when it is. */
  dangling(node: Json, path: string): boolean {
    const id = node['@id'];
    if (typeof id !== 'string' || this.#ids.has(id) || Object.keys(node).some(key => key !== '@id' && key !== '@type')) return false;
    this.problem(`${path} refers to "${id.slice(0, 100)}", which is not in the document`);
    return true;
  }

  /** Is `node` of one of `allowed` (or of no type at all)? Named when it is not. */
  typed(node: Json, path: string, allowed: (type: string) => boolean, what: string): boolean {
    const types = typesOf(node);
    if (!types.length || types.some(allowed)) return true;
    this.problem(`${path} is a ${types.join('/').slice(0, 100)}, not ${what}`);
    return false;
  }

  /**
   * A value schema.org means as a URL: text, or `{ "@id": … }` (how JSON-LD writes a URL),
   * or a node whose `url` is one — followed along a chain of such nodes, each node once.
   * Only for properties whose range is a URL: an author's `@id` names them, it is not a page.
   */
  url(value: unknown, path: string): string | undefined {
    const chain = new Set<object>();
    let current = first(value);
    let found: string | undefined;
    for (;;) {
      if (!isObject(current)) {
        found = text(current);
        break;
      }
      if (this.#urls.has(current)) {
        found = this.#urls.get(current);
        break;
      }
      if (chain.has(current)) {
        this.problem(`${path} is a cycle of references`);
        break;
      }
      chain.add(current);
      const node = this.node(current)!;
      const next = first(node.url);
      if (next === undefined || next === null) {
        found = text(node['@id']);
        break;
      }
      current = next;
    }
    for (const node of chain) this.#urls.set(node, found);
    return found;
  }

  /** A person or an organization: a name, an object, or a reference to one. */
  agent(value: unknown, path: string): Agent | undefined {
    if (typeof value === 'string') {
      const name = text(value);
      return name ? { name, url: undefined } : undefined;
    }
    const node = this.node(value);
    if (!node) {
      this.problem(`${path} must be a name or a Person or Organization`);
      return undefined;
    }
    if (this.dangling(node, path) || !this.typed(node, path, isAgentType, 'a Person or Organization')) return undefined;
    const name = text(node.name) ?? text([text(node.givenName), text(node.familyName)].filter(Boolean).join(' '));
    if (!name) {
      this.problem(`${path} has no name`);
      return undefined;
    }
    return { name, url: this.url(node.url, `${path}.url`) };
  }

  /** One or several people or organizations: a list of them or a single one. */
  agents(value: unknown, path: string): Agent[] {
    const many = Array.isArray(value);
    return list(value)
      .map((item, index) => this.agent(item, many ? `${path}.${index}` : path))
      .filter((agent): agent is Agent => agent !== undefined);
  }

  /** An image: its URL, an ImageObject, or a reference to one. */
  image(value: unknown, path: string): Image | undefined {
    if (typeof value === 'string') {
      const src = text(value);
      return src ? { src, alt: '' } : undefined;
    }
    const node = this.node(value);
    if (!node) {
      this.problem(`${path} must be a URL or an ImageObject`);
      return undefined;
    }
    if (this.dangling(node, path) || !this.typed(node, path, type => imageTypes.has(type), 'an ImageObject')) return undefined;
    const src = this.url(node.url, `${path}.src`) ?? this.url(node.contentUrl, `${path}.src`);
    if (!src) {
      this.problem(`${path} has no url`);
      return undefined;
    }
    const caption = text(node.caption);
    const credit =
      text(node.creditText) ??
      this.agents(node.copyrightHolder, `${path}.credit`)[0]?.name ??
      this.agents(node.creator, `${path}.credit`)[0]?.name ??
      caption;
    return {
      src,
      // A caption shown as the credit is not repeated as the alt text.
      alt: text(node.description) ?? (credit === caption ? undefined : caption) ?? '',
      credit,
      width: pixels(node.width),
      height: pixels(node.height),
    };
  }

  /** A comment, read as a reply; `discussion` is where one without a URL of its own is read. */
  reply(value: unknown, path: string, discussion: string | undefined): Json | undefined {
    const node = this.node(value);
    if (!node) {
      this.problem(`${path} must be a Comment`);
      return undefined;
    }
    if (this.dangling(node, path) || !this.typed(node, path, type => commentTypes.has(type), 'a Comment')) return undefined;
    const author = first(node.author);
    const person = this.node(author);
    const avatar = first(person?.image);
    const url = this.url(node.url, `${path}.url`) ?? discussion;
    return compact({
      text: text(node.text) ?? text(node.commentText) ?? text(node.description),
      author:
        person && !this.dangling(person, `${path}.author`)
          ? compact({
              name: text(person.name),
              handle: text(person.alternateName) ?? text(person.identifier),
              url: this.url(person.url, `${path}.author.url`),
              avatar: avatar === undefined ? undefined : this.image(avatar, `${path}.author.avatar`)?.src,
            })
          : typeof author === 'string'
            ? { name: author }
            : undefined,
      platform: platformOf(url),
      url,
      published: text(node.datePublished) ?? text(node.dateCreated),
      lang: text(node.inLanguage),
    });
  }
}

/**
 * A document `isJsonLdArticle` has read, kept for the `fromJsonLd` that follows it, so a
 * document is indexed once per parse (fromJsonLd takes it out: the next parse reads afresh).
 */
const readings = new WeakMap<object, Reading>();

function readingOf(document: unknown): Reading | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  let reading = readings.get(document);
  if (!reading) readings.set(document, (reading = new Reading(document)));
  return reading;
}

/** Is there an article in this JSON-LD (a single object, a list, or an `@graph`)? */
export function isJsonLdArticle(value: unknown): boolean {
  return readingOf(value)?.article !== undefined;
}

/**
 * The Story in a JSON-LD document (still to be validated). What had to be left out is added
 * to `problems`, each named by the Story field it was meant for.
 */
export function fromJsonLd(document: unknown, problems: string[] = []): Json {
  const reading = readingOf(document);
  if (reading) readings.delete(document as object);
  const article = reading?.article;
  if (!reading || !article) return {};
  reading.problems = problems;
  // Yoast SEO gives the summary and the language on the page, not on the article.
  const page = [first(article.mainEntityOfPage), first(article.isPartOf)].map(value => reading.node(value)).find(node => reading.isPage(node));

  const authors = reading.agents(article.author ?? article.creator, 'author');
  const publisher = reading.agents(first(article.publisher), 'publisher')[0];
  const images = list(article.image)
    .map((image, index, all) => reading.image(image, all.length > 1 ? `image.${index}` : 'image'))
    .filter((image): image is Image => image !== undefined);
  const cover = coverOf(images);
  const via = list(article.isBasedOn ?? article.citation).map(source => {
    if (typeof source === 'string') return { name: hostOf(source), url: source };
    const node = reading.node(source);
    return node && text(node.name) ? { name: text(node.name), url: reading.url(node.url, 'via.url') } : undefined;
  });
  const keywords = words(article.keywords);
  const known = new Set(keywords.map(word => word.toLowerCase()));
  // Sections (WordPress categories) first, unless a keyword says the same.
  const sections = words(article.articleSection).filter(section => !known.has(section.toLowerCase()));
  const discussion = reading.url(article.discussionUrl, 'replies.url');
  const language = first(article.inLanguage ?? page?.inLanguage);
  const published = textOr(article.datePublished);
  const modified = textOr(article.dateModified);
  // "Updated …" is for a real update: more than a day after publication (CMSs set
  // dateModified at every save, typo fixes included).
  const updated = typeof published === 'string' && !(Date.parse(modified as string) - Date.parse(published) > 864e5) ? undefined : modified;

  const story = compact({
    headline: text(article.headline) ?? text(article.name) ?? textOr(article.headline),
    url: reading.url(article.url, 'url') ?? reading.url(article.mainEntityOfPage, 'url'),
    dek: textOr(article.alternativeHeadline),
    author: authors.length > 1 ? authors.map(author => compact(author)) : authors[0] && compact(authors[0]),
    publisher: publisher && compact(publisher),
    published,
    modified: updated,
    lang: isObject(language) ? text(language.alternateName) : text(language),
    image: cover && compact(cover),
    summary: text(article.description) ?? text(article.abstract) ?? text(page?.description) ?? textOr(article.description),
    body: paragraphs(article.articleBody),
    via: via.length ? via.filter(Boolean) : undefined,
    tags: keywords.length || sections.length ? [...sections, ...keywords] : undefined,
    replies: list(article.comment)
      .map((comment, index) => reading.reply(comment, `replies.${index}`, discussion))
      .filter(Boolean),
  });
  return story;
}
