// The limit the kit is measured against: a hand-written card with the same reader-visible
// layout as <story-card> (headline, dek, byline, date, cover image with credit, excerpt,
// read-more link, hat tips, replies with avatar initials, names, handles, dates, platform),
// from the same data, with one shadow root per card and one constructed style sheet shared by
// every card. No framework, no validation, no theme or language following: the least a card
// can cost, so keep it fast — and honest (it shows everything the kit's card shows).
(() => {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { display: block; container-type: inline-size; max-inline-size: 800px; font: inherit; color: inherit; }
    *, *::before, *::after { box-sizing: border-box; }
    .card { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1rem; padding: 1rem;
      border: 1px solid #d4d5da; border-radius: 12px; color: #1b1b1f; background: #fff;
      font-size: 1rem; line-height: 1.5; overflow-wrap: anywhere; color-scheme: light; }
    a { color: #0b57d0; text-underline-offset: 0.15em; }
    .cover { margin: 0; display: grid; gap: 0.25rem; align-self: start; }
    .cover img { display: block; inline-size: 100%; block-size: auto; border-radius: 8px; background: #f3f4f6; object-fit: cover; }
    figcaption { color: #55565e; font-size: 0.8125em; }
    .content { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.5rem; align-content: start; }
    .content > p { margin: 0; }
    .headline { font-size: 1.275em; font-weight: 700; line-height: 1.2; text-wrap: balance; }
    .headline a { color: inherit; text-decoration: none; }
    .dek { font-size: 1.125em; font-style: italic; padding-inline-start: 0.75em; border-inline-start: 3px solid #0b57d0; }
    .byline, .via { color: #55565e; font-size: 0.875em; }
    .byline { display: flex; flex-wrap: wrap; column-gap: 0.5em; }
    .byline > * + *::before { content: '·'; display: inline-block; margin-inline-end: 0.5em; }
    .byline a, .via a { color: inherit; }
    .read-more a { font-weight: 600; }
    .replies { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; }
    .reply { margin: 0; padding: 0.75rem; border: 1px solid #d4d5da; border-radius: 9px; display: grid; gap: 0.5rem; }
    .author { display: flex; align-items: center; gap: 0.625rem; }
    .avatar { flex: none; inline-size: 40px; block-size: 40px; border-radius: 50%; background: #f3f4f6;
      color: #55565e; display: grid; place-items: center; font-size: 0.875em; font-weight: 600; }
    .who { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: 0.5em; }
    .name { font-weight: 600; }
    .handle, .meta { color: #55565e; font-size: 0.875em; }
    .context { font-size: 0.75em; padding: 0.125em 0.5em; border-radius: 999px; background: #f3f4f6; }
    blockquote, blockquote p, .meta { margin: 0; }
    blockquote p { white-space: pre-line; }
    .meta time::before { content: '·'; margin-inline-end: 0.5em; }
    @container (min-width: 560px) {
      .card { grid-template-columns: minmax(0, 2fr) minmax(0, 3fr); column-gap: 1.25rem; padding: 1.25rem; }
      .replies { grid-column: 1 / -1; }
      .headline { font-size: 1.5em; }
    }
  `);

  const dates = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
  const platformNames = { twitter: 'Twitter', x: 'X', bluesky: 'Bluesky', mastodon: 'Mastodon' };

  /** An element with a class and, optionally, text. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function link(href, text, className) {
    const a = el('a', className, text);
    a.href = href;
    return a;
  }
  function time(iso) {
    const t = el('time', '', dates.format(new Date(iso)));
    t.dateTime = iso;
    return t;
  }
  function initials(name) {
    const words = name.split(/\s+/).filter(Boolean);
    const letters = words.length > 1 ? [words[0], words[words.length - 1]] : words;
    return letters.map(word => word[0].toUpperCase()).join('');
  }

  function reply(data) {
    const li = el('li');
    const figure = li.appendChild(el('figure', 'reply'));
    figure.setAttribute('part', 'reply');
    const author = figure.appendChild(el('figcaption', 'author'));
    author.appendChild(el('span', 'avatar', initials(data.author.name))).setAttribute('aria-hidden', 'true');
    const who = author.appendChild(el('span', 'who'));
    who.appendChild(el('span', 'name', data.author.name));
    if (data.author.handle) who.append(' ', el('span', 'handle', `@${data.author.handle}`));
    if (data.context) who.append(' ', el('span', 'context', data.context));
    figure.appendChild(el('blockquote')).appendChild(el('p', '', data.text));
    const meta = figure.appendChild(el('p', 'meta'));
    meta.append(el('span', 'platform', platformNames[data.platform] ?? data.platform), ' ', time(data.published));
    return li;
  }

  function render(root, story) {
    const card = el('article', 'card');
    const cover = card.appendChild(el('figure', 'cover'));
    const img = cover.appendChild(el('img'));
    img.loading = 'lazy'; // before src, or the image loads at once
    img.decoding = 'async';
    img.alt = story.image.alt;
    img.width = story.image.width;
    img.height = story.image.height;
    img.src = story.image.src;
    cover.appendChild(el('figcaption', '', `Image: ${story.image.credit}`));

    const content = card.appendChild(el('div', 'content'));
    const headline = content.appendChild(el('div', 'headline'));
    headline.setAttribute('role', 'heading');
    headline.setAttribute('aria-level', '2');
    headline.setAttribute('part', 'headline');
    headline.appendChild(link(story.url, story.headline));
    content.appendChild(el('p', 'dek', story.dek));
    const byline = content.appendChild(el('p', 'byline'));
    const by = byline.appendChild(el('span', '', 'By '));
    by.appendChild(link(story.author.url, story.author.name));
    byline.append(link(story.publisher.url, story.publisher.name), time(story.published));
    for (const paragraph of story.body.slice(0, 2)) content.appendChild(el('p', '', paragraph));
    content.appendChild(el('p', 'read-more')).appendChild(link(story.url, 'Read the full story'));
    const via = content.appendChild(el('p', 'via', 'H/T '));
    story.via.forEach((source, index) => {
      if (index) via.append(', ');
      via.appendChild(link(source.url, source.name));
    });

    const replies = card.appendChild(el('ul', 'replies'));
    replies.setAttribute('aria-label', 'Replies');
    for (const data of story.replies) replies.appendChild(reply(data));
    root.replaceChildren(card);
  }

  class VanillaCard extends HTMLElement {
    #story;
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [sheet];
    }
    connectedCallback() {
      if (this.#story) return;
      const script = this.querySelector('script[type="application/json"]');
      if (script) this.story = JSON.parse(script.textContent);
    }
    get story() {
      return this.#story;
    }
    set story(story) {
      this.#story = story;
      render(this.shadowRoot, story);
    }
  }
  customElements.define('vanilla-card', VanillaCard);
})();
