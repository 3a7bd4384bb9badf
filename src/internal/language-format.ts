/**
 * What depends on the reader's language besides the strings: dates and text direction. Apart
 * from i18n.ts (the strings registry, one per page) because only the story card and quoted
 * replies show them, so the signup box's bundle leaves them out.
 */

/** Text direction of a language, for `dir` on quoted text written in another language. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i.test(lang) ? 'rtl' : 'ltr';
}

/** Intl formatters made once per kind and language ("date|en|UTC", "list|fr"). */
const formatters = new Map<string, unknown>();

/** The formatter `make` gives for `lang`, or for English when `lang` is not a language tag. */
function formatterFor<T>(key: string, lang: string, make: (lang: string) => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(lang);
    } catch {
      formatter = make('en');
    }
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * `items` as one list for people in `lang` ("A, B and C"), each item kept as it is (a link
 * stays a link: a DOM node, appended as it is) with the language's own words and commas
 * between them as text. The formatter reads each item's text: some languages choose the word
 * by what follows it (Spanish "y" becomes "e" before "Isabel").
 */
export function formatList<T extends Node | string>(items: T[], lang: string): Array<T | string> {
  let index = 0;
  return formatterFor(`list|${lang}`, lang, tag => new Intl.ListFormat(tag))
    .formatToParts(items.map(item => (typeof item == 'string' ? item : (item.textContent ?? ''))))
    .map(part => (part.type == 'element' ? items[index++]! : part.value));
}

/** A date for people in `lang` ("July 2, 2018"); undefined when `iso` is not a real date. */
export function formatDate(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // A bare day ("2018-07-02") is midnight UTC: show it in UTC or it lands on the day before
  // for every reader west of Greenwich.
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim()) ? 'UTC' : undefined;
  return formatterFor(`date|${lang}|${timeZone ?? ''}`, lang, tag => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone })).format(date);
}
