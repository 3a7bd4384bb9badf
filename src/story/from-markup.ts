/**
 * Reads a Story out of markup a host wrote inside the element, so that markup
 * can be readable before any script runs and become the same card after. Only text and
 * attributes are read — never HTML — and the result is validated like any other input.
 *
 * Conventions, all optional but the headline:
 *   first h1–h6 → headline (its link → url) · [data-story=dek] · a[rel=author] or
 *   [data-story=author] · [data-story=publisher] · time[datetime] · first img (+ figcaption or
 *   [data-story=credit]) · other <p> → body · [data-story=via] a · a[rel=tag] · <quoted-reply>
 */
import { replyFromElement, squash } from './reply-from-markup.js';

const positive = (value: string | null) => {
  const number = value ? Number.parseInt(value, 10) : NaN;
  return number > 0 ? number : undefined;
};

/**
 * The URL a link or image in host markup points at, as the browser resolved it against the
 * page (so `cover.jpg` works as it does without script). `safeUrl` still checks the scheme.
 */
function resolved(element: Element | null | undefined): string | undefined {
  if (element instanceof HTMLAnchorElement) return element.href || undefined;
  if (element instanceof HTMLImageElement) return element.src || undefined;
  return undefined;
}

function person(element: Element | null): Record<string, unknown> | undefined {
  if (!element) return undefined;
  const link = element.matches('a[href]') ? element : element.querySelector('a[href]');
  return { name: squash(element.textContent), url: resolved(link) };
}

export function storyFromMarkup(host: Element): Record<string, unknown> | undefined {
  // Everything inside a <quoted-reply> belongs to that reply, not to the story.
  const own = (selector: string) =>
    [...host.querySelectorAll(selector)].filter(element => !element.parentElement?.closest('quoted-reply'));
  const one = (selector: string) => own(selector)[0] ?? null;

  const heading = one('h1, h2, h3, h4, h5, h6, [role=heading]');
  if (!heading) return undefined;
  const image = one('img');
  const credit = one('[data-story=credit], figcaption');
  const claimed = (element: Element) =>
    element.closest('[data-story], figcaption, quoted-reply') !== null || element.querySelector('[rel=author], time');

  return {
    headline: squash(heading.textContent),
    url: resolved(heading.querySelector('a[href]') ?? one('a[rel=bookmark]')),
    dek: squash(one('[data-story=dek]')?.textContent),
    author: person(one('[data-story=author], a[rel=author]')),
    publisher: person(one('[data-story=publisher]')),
    published: one('time[datetime]')?.getAttribute('datetime') ?? undefined,
    image: image ? {
      src: resolved(image),
      alt: image.getAttribute('alt') ?? '',
      credit: squash(credit?.textContent),
      width: positive(image.getAttribute('width')),
      height: positive(image.getAttribute('height')),
    } : undefined,
    body: own('p')
      .filter(paragraph => !claimed(paragraph))
      .map(paragraph => squash(paragraph.textContent))
      .filter(Boolean),
    via: own('[data-story=via] a[href]').map(person),
    tags: own('a[rel=tag]').map(tag => squash(tag.textContent)),
    replies: own('quoted-reply').map(replyFromElement),
  };
}
