import { css } from '@lit/reactive-element';

export const storyCardStyles = css`
  :host {
    container-type: inline-size !important;
    max-inline-size: var(--story-card-max-width, 800px);
  }
  .card {
    --_card-border: var(--story-card-border-color, var(--_border));
    --_headline-size: var(--story-card-headline-size, 1.5em);
    display: grid;
    /* minmax(0, …): a long unbroken word must wrap, not widen the column past the card. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    /* Reserved space (README, "No layout shift"): a host that gives the card a height keeps
       it; a story taller than that scrolls inside the card instead of pushing the page down. */
    block-size: 100%;
    overflow: auto;
  }
  .card.loading {
    /* Not an empty grid: WebKit scrolls an empty grid sideways by its column gap. */
    display: block;
    min-block-size: 12rem;
    background: var(--_subtle);
  }
  .unavailable p {
    margin: 0;
  }
  .cover {
    margin: 0;
    display: grid;
    gap: 0.25rem;
    align-self: start;
  }
  .cover img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_subtle);
    object-fit: cover;
  }
  /* Without width and height the image has no ratio to reserve: reserve a common one. */
  .cover.unsized img {
    aspect-ratio: 16 / 9;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .content {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
    align-content: start;
    min-inline-size: 0;
  }
  .content > p {
    margin: 0;
  }
  .headline {
    font-size: calc(var(--_headline-size) * 0.85);
    font-weight: 700;
    line-height: 1.2;
    text-wrap: balance;
  }
  .headline a {
    color: inherit;
    text-decoration: none;
  }
  .headline a:hover {
    text-decoration: underline;
  }
  .dek {
    font-size: 1.125em;
    font-style: italic;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .byline,
  .via {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  /* inline-block: a link's underline does not run under its separator. */
  .byline > * + *::before {
    content: '·' / '';
    display: inline-block;
    margin-inline-end: 0.5em;
  }
  .byline a,
  .via a {
    color: inherit;
  }
  .read-more a {
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .tags {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    font-size: 0.8125em;
  }
  .tags li {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_subtle);
  }
  .replies {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .reply-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  /* Blocks, not list items: they show no marker anyway, and WebKit numbers list items by
     walking their earlier siblings, which made 10,000 expanded replies take seconds. */
  .reply-list > li {
    display: block;
    /* Thousands of expanded replies: the browser lays out only those near the screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 7rem;
  }
  .toggle {
    justify-self: start;
    min-block-size: 44px;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_subtle);
  }
  @container (min-width: 560px) {
    .card {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      column-gap: calc(var(--_space) * 1.25);
      padding: calc(var(--_space) * 1.25);
    }
    .card > .content:first-child,
    .replies {
      grid-column: 1 / -1;
    }
    .headline {
      font-size: var(--_headline-size);
    }
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`;
