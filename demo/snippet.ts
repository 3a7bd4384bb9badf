// What the embed builder (/builder/) hands a publisher: one snippet of HTML, written as text.
// Nothing here touches the DOM, so the same escaping serves the builder in the browser, the
// demo site's build (scripts/demo-site.ts) and a Node test (tests/node/demo-snippet.test.ts).

export type SignupProvider = 'endpoint' | 'mailchimp' | 'buttondown' | 'kit' | 'ghost';

export interface SignupOptions {
  provider: SignupProvider;
  /** Where the box sends, already built from the provider's own fields. */
  action: string;
  /** Kit's public API key; empty for the other providers. */
  apiKey: string;
  heading: string;
  consent: string;
  nameField: boolean;
  tags: string;
}

export interface EmbedOptions {
  /** Absolute URL of `cdn/story-widgets.iife.js`. */
  scriptUrl: string;
  /** A `src` URL, or a JSON value to write inline (already parsed: `unknown`, never trusted). */
  story: { from: 'url'; url: string } | { from: 'json'; value: unknown };
  theme: 'auto' | 'light' | 'dark';
  repliesLimit: number;
  headingLevel: number;
  /** `''`: the elements follow the page's language. */
  lang: string;
  /** A height for the README's reserved-space CSS (`'34rem'`), or `''` for none. */
  reserveHeight: string;
  signup: SignupOptions | null;
}

const attributeEscapes: Record<string, string> = { '&': '&amp;', '"': '&quot;', '<': '&lt;', '>': '&gt;' };

/** Text for a double-quoted HTML attribute value (or for element content). */
export function escapeHtml(value: string): string {
  return value.replace(/[&"<>]/g, char => attributeEscapes[char]!);
}

/**
 * JSON for an inline `<script type="application/json">`: every `<` becomes `\u003c`, so no
 * `</script>` or `<!--` inside a string can end or change the script element. JSON has no `<`
 * outside strings, and `\u003c` in a string is the same character to `JSON.parse`. U+2028/2029
 * are escaped too, for the copy-paste tools that treat them as line ends.
 */
export function jsonForScript(value: unknown, indent = 2): string {
  return (JSON.stringify(value, null, indent) ?? 'null')
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** One element's attributes: `[name, value]`, a value of `true` written bare. */
function attributes(pairs: Array<[string, string | true | null]>): string {
  return pairs
    .filter((pair): pair is [string, string | true] => pair[1] !== null && pair[1] !== '')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

const languageDirections: Record<string, string> = { ar: 'rtl' };

/** The snippet: script tag, reserved-space CSS, the card (with its inline JSON) and the signup box. */
export function embedSnippet(options: EmbedOptions): string {
  const lang = options.lang;
  const langAttributes: Array<[string, string | null]> = [
    ['lang', lang || null],
    ['dir', languageDirections[lang] ?? null],
  ];
  const lines = [`<script src="${escapeHtml(options.scriptUrl)}" async></script>`];
  if (options.reserveHeight) {
    lines.push(
      '<style>',
      '  /* The card keeps this height before, while and after it loads: nothing around it moves. */',
      `  story-card { display: block; block-size: ${cssLength(options.reserveHeight)}; overflow: auto; }`,
      '</style>',
    );
  }
  const card = attributes([
    ['src', options.story.from === 'url' ? options.story.url : null],
    ['theme', options.theme === 'auto' ? null : options.theme],
    ['replies-limit', options.repliesLimit === 3 ? null : String(options.repliesLimit)],
    ['heading-level', options.headingLevel === 2 ? null : String(options.headingLevel)],
    ...langAttributes,
  ]);
  if (options.story.from === 'json') {
    lines.push(
      `<story-card${card}>`,
      '  <script type="application/json">',
      ...jsonForScript(options.story.value).split('\n').map(line => `  ${line}`),
      '  </script>',
      '</story-card>',
    );
  } else {
    lines.push(`<story-card${card}></story-card>`);
  }
  const signup = options.signup;
  if (signup) {
    const box = attributes([
      ['provider', signup.provider === 'endpoint' ? null : signup.provider],
      ['action', signup.action],
      ['api-key', signup.provider === 'kit' ? signup.apiKey : null],
      ['heading', signup.heading],
      ['consent', signup.consent],
      ['name-field', signup.nameField ? true : null],
      ['tags', signup.tags],
      ['theme', options.theme === 'auto' ? null : options.theme],
      ...langAttributes,
    ]);
    lines.push(`<newsletter-signup${box}></newsletter-signup>`);
  }
  return `${lines.join('\n')}\n`;
}

/** Only a plain length goes into the CSS: anything else falls back to the README's 34rem. */
function cssLength(value: string): string {
  return /^\d{1,4}(?:\.\d{1,2})?(?:rem|em|px|vh)$/.test(value) ? value : '34rem';
}

/** The `action` for each provider, from the fields its own dashboard shows. */
export function providerAction(provider: SignupProvider, fields: { endpoint: string; mailchimpAction: string; buttondownUser: string; kitFormId: string; ghostSite: string }): string {
  switch (provider) {
    case 'endpoint':
      return fields.endpoint.trim();
    case 'mailchimp':
      return fields.mailchimpAction.trim();
    case 'buttondown':
      return `https://buttondown.com/api/emails/embed-subscribe/${encodeURIComponent(fields.buttondownUser.trim())}`;
    case 'kit':
      return `https://api.convertkit.com/v3/forms/${encodeURIComponent(fields.kitFormId.trim())}/subscribe`;
    case 'ghost':
      return fields.ghostSite.trim();
  }
}
