import type { Story } from '../../src/story/schema.js';

/** The seed story (demo/story.json), as the demo serves it. */
export async function seedStory(): Promise<Story> {
  const response = await fetch('/demo/story.json');
  return (await response.json()) as Story;
}

/** Replaces console.warn for one test and hands back what was warned. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** The text a reader sees in an element's shadow root, whitespace squashed. */
export function visibleText(node: Element | ShadowRoot | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Waits for the next `type` event on `target`. */
export function nextEvent<T extends Event>(target: EventTarget, type: string): Promise<T> {
  return new Promise(resolve => target.addEventListener(type, event => resolve(event as T), { once: true }));
}
