/** A child for `h`: a node, text (always text, never markup), or nothing (left out). */
export type Child = Node | string | undefined | false | null | 0;

/**
 * An element with attributes (left out when undefined) and children (text is always text,
 * never markup; falsy children are left out).
 *
 * The elements build their shadow DOM with this rather than with lit-html templates: a card
 * is static once shown, and a template's bindings (each with its comment marker, part object
 * and nested template instance) made a hundred cards cost twice the memory of hand-written
 * DOM (BENCHMARKS.md). Without lit-html the CDN builds are also ~2.7 KB brotli smaller, and
 * nothing of the kit is a Trusted Types HTML sink any more: `createElement`, `setAttribute` on
 * non-script elements and text nodes never parse markup.
 */
export function h(tag: string, attributes: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  // Own keys only: a page whose Object.prototype was polluted (`onerror`, say) must not add
  // attributes to every element the kit makes.
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) element.setAttribute(name, value);
  for (const child of children) if (child) element.append(child);
  return element;
}

/**
 * Sets an element's text (never markup) when it differs: the same text again leaves the node
 * alone, so a live region stays quiet and a focused button keeps its text node.
 */
export function setText(element: Element, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/**
 * Sets `name` to `value`, or removes it when `value` is undefined or null (lit-html's
 * `nothing`; a property whose attribute was removed is null).
 */
export function attr(element: Element, name: string, value: string | null | undefined): void {
  if (value == null) element.removeAttribute(name);
  else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
