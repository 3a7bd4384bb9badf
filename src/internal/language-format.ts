/**
 * What depends on the reader's language besides the strings: dates and text direction. Apart
 * from i18n.ts (the strings registry, one per page) because only the story card and quoted
 * replies show them, so the signup box's bundle leaves them out.
 */

/** Text direction of a language, for `dir` on quoted text written in another language. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  return /^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i.test(lang) ? 'rtl' : 'ltr';
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date for people in `lang` ("July 2, 2018"); undefined when `iso` is not a real date. */
export function formatDate(iso: string | undefined, lang: string): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  // A bare day ("2018-07-02") is midnight UTC: show it in UTC or it lands on the day before
  // for every reader west of Greenwich.
  const timeZone = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim()) ? 'UTC' : undefined;
  const key = `${lang}|${timeZone ?? ''}`;
  let formatter = dateFormats.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone });
    } catch {
      formatter = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone });
    }
    dateFormats.set(key, formatter);
  }
  return formatter.format(date);
}
