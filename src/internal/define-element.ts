/** Marks our own element classes so a second copy of the kit is told apart from a stranger. */
export const kitMark = 'story-widgets';

type KitElement = CustomElementConstructor & { readonly kit?: string };

/**
 * Registers `tag` unless it is already taken. Pages load scripts twice and host apps bring
 * their own elements, so neither case may throw: a second copy of this kit is silently
 * ignored, a foreign element owning the tag gets one console warning.
 */
export function defineElement(tag: string, element: KitElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as KitElement | undefined;
  if (existing) {
    if (existing.kit !== kitMark) {
      console.warn(`story-widgets: <${tag}> is already defined by another script; leaving it alone.`);
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    console.warn(`story-widgets: could not define <${tag}>:`, error);
  }
}
