import { css } from '@lit/reactive-element';

/**
 * The kit's shared sheet: box sizing, `[hidden]`, the focus ring, and the design tokens.
 * Public knobs are `--sw-*` custom properties (element sheets let their own
 * `--story-card-*`/`--newsletter-signup-*` win first); they are read once into private `--_*`
 * values on `.surface`, the element's themed root, and only those are used inside.
 */
export const sharedStyles = css`
  /* !important: a page's own !important (even * { all: unset !important }) loses to the
     shadow root's on the host, so the element stays a block. [hidden] still wins below. */
  :host {
    display: block !important;
    font: inherit;
    color: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* :host([hidden]) too: the element sheet's :host { display: block } would beat the browser's [hidden] rule. */
  [hidden],
  :host([hidden]) {
    display: none !important;
  }
  .surface {
    /* anywhere, not break-word: only it lets a flex or grid item with a very long word shrink
       to its container (a 10,000-character name or label must wrap, not widen the box). */
    overflow-wrap: anywhere;
    --_text: var(--sw-color-text, #1b1b1f);
    --_muted: var(--sw-color-muted, #55565e);
    --_surface: var(--sw-color-surface, #ffffff);
    --_subtle: var(--sw-color-subtle, #f3f4f6);
    --_border: var(--sw-color-border, #d4d5da);
    --_accent: var(--sw-color-accent, #0b57d0);
    --_accent-text: var(--sw-color-on-accent, #ffffff);
    --_danger: var(--sw-color-danger, #b3261e);
    --_success: var(--sw-color-success, #146c2e);
    --_focus: var(--sw-color-focus, #0b57d0);
    --_radius: var(--sw-radius, 12px);
    --_space: var(--sw-space, 1rem);
    --_font: var(--sw-font-family, inherit);
    --_font-size: var(--sw-font-size, 1rem);
    --_line-height: var(--sw-line-height, 1.5);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color-scheme: light;
    /* Inherited from the page, these would restyle every word: the kit sets its own. Letter
       and word spacing still flow in, so a reader's text-spacing override (WCAG 1.4.12) does. */
    font-style: normal;
    font-weight: normal;
    text-indent: 0;
    text-transform: none;
    text-align: start;
    white-space: normal;
  }
  .surface.dark {
    --_text: var(--sw-color-text-dark, #ececf1);
    --_muted: var(--sw-color-muted-dark, #b4b6bf);
    --_surface: var(--sw-color-surface-dark, #17181c);
    --_subtle: var(--sw-color-subtle-dark, #24262c);
    --_border: var(--sw-color-border-dark, #3d3f47);
    --_accent: var(--sw-color-accent-dark, #a8c7fa);
    --_accent-text: var(--sw-color-on-accent-dark, #062e6f);
    --_danger: var(--sw-color-danger-dark, #ffb4ab);
    --_success: var(--sw-color-success-dark, #8fd89f);
    --_focus: var(--sw-color-focus-dark, #a8c7fa);
    color-scheme: dark;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .surface {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
