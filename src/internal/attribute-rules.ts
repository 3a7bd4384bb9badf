import type { PropertyValues, ReactiveElement } from '@lit/reactive-element';

/**
 * What a property written as an attribute must hold: `[attribute, default, holds, expected]`.
 * A value that does not hold (`timeout="soon"` is NaN, `heading-level="9"`, `theme="blue"`)
 * is put back to its default with one console warning naming the attribute — never left to
 * fail later ("within NaN ms") or to turn a check off (`min-fill-time="abc"`).
 */
export type Rule = readonly [attribute: string, fallback: unknown, holds: (value: never) => boolean, expected: string];

/** A whole number from `min` (replies-limit, excerpt-paragraphs, heading-level). */
export const whole = (attribute: string, fallback: number, min = 0, max = Infinity): Rule => [
  attribute,
  fallback,
  (value: number) => Number.isInteger(value) && value >= min && value <= max,
  `a whole number from ${min}${max < Infinity ? ` to ${max}` : ''}`,
];

/** Milliseconds a timer can wait: from `min`, below 2³¹ (setTimeout fires at once past it). */
export const milliseconds = (attribute: string, fallback: number, min = 1): Rule => [
  attribute,
  fallback,
  (value: unknown) => typeof value == 'number' && value >= min && value < 2 ** 31,
  `milliseconds from ${min}`,
];

/** One of a list of words; the first is the default. */
export const oneOf = (attribute: string, values: readonly string[]): Rule => [
  attribute,
  values[0],
  (value: string) => values.includes(value),
  values.join(', '),
];

export const themeRule = oneOf('theme', ['auto', 'light', 'dark']);

/**
 * Puts back the default of every changed property that breaks its rule. Runs in `willUpdate`,
 * so the render that follows already uses the default. A removed attribute (null) goes back
 * to its default quietly.
 */
export function settleProperties(host: ReactiveElement, changed: PropertyValues, rules: Readonly<Record<string, Rule>>): void {
  const values = host as unknown as Record<string, unknown>;
  for (const key in rules) {
    // Only what changed: this runs before every render of every element.
    if (!changed.has(key)) continue;
    const [attribute, fallback, holds, expected] = rules[key]!;
    const value = values[key];
    const text = host.getAttribute(attribute);
    // An empty attribute (`min-fill-time=""`) reads as 0 for a number: a typo, not a choice.
    const empty = text?.trim() === '' && typeof value == 'number';
    if ((holds as (value: unknown) => boolean)(value) && !empty) continue;
    if (value != null) {
      // NaN came from the attribute's text ("soon"): name that; any other value is the
      // property's own, described without calling into it (an object's toString may throw).
      const shown = empty || Number.isNaN(value) ? text : typeof value == 'object' || typeof value == 'function' ? typeof value : String(value);
      console.warn(`story-widgets: <${host.localName}> ${attribute}="${shown}" is not ${expected}; using ${String(fallback)}.`);
    }
    values[key] = fallback;
  }
}
