/**
 * The demo site as a publisher meets it, built (`npm run build:demo`) and served from
 * demo-dist/ by a plain static server: every page loads clean and passes axe; the partner
 * page's switches reach the elements; the embed builder validates pasted JSON, works from the
 * keyboard, and its copied snippet, pasted into an empty page on another origin, shows what
 * its preview shows; the reference page says what custom-elements.json says.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Page } from 'puppeteer-core';
import { repoRoot } from '../server/server-process.js';
import { axeViolations, demoPages, startDemoSite, type DemoSite } from './support/demo-site.js';
import { until, untilCardsRender } from './support/harness.js';

let demo: DemoSite;
before(async () => {
  demo = await startDemoSite();
});
after(async () => {
  await demo?.stop();
});

/** What a reader sees of the first card and signup box on a page. */
interface Seen {
  headline: string;
  visibleReplies: number;
  cardBackground: string;
  signup: { provider: string | null; action: string | null; apiKey: string | null; heading: string; background: string } | null;
}

function seen(page: Page, root: string): Promise<Seen> {
  return page.evaluate(rootSelector => {
    const scope = document.querySelector(rootSelector)!;
    const card = scope.querySelector('story-card')!;
    const shadow = card.shadowRoot!;
    const box = scope.querySelector('newsletter-signup');
    return {
      headline: shadow.querySelector('[part~="headline"]')!.textContent!.trim(),
      visibleReplies: [...shadow.querySelectorAll('[part~="reply"]')].filter(reply => reply.checkVisibility()).length,
      cardBackground: getComputedStyle(shadow.querySelector('[part~="card"]')!).backgroundColor,
      signup: box && {
        provider: box.getAttribute('provider'),
        action: box.getAttribute('action'),
        apiKey: box.getAttribute('api-key'),
        heading: box.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim() ?? '',
        background: getComputedStyle(box.shadowRoot!.querySelector('[part~="base"]')!).backgroundColor,
      },
    };
  }, root);
}

describe('demo-dist/ on a plain static server', () => {
  for (const path of demoPages) {
    it(`${path} loads with no uncaught error, console error, failed request or request off this machine, every element renders, and axe finds no violation`, async () => {
      const opened = await demo.open(`${demo.site.origin}${path}`);
      try {
        const { page } = opened;
        if (await page.evaluate(() => document.querySelector('story-card') !== null)) await untilCardsRender(page);
        await until(page, 'every <newsletter-signup> and <quoted-reply> renders', () =>
          [...document.querySelectorAll('newsletter-signup, quoted-reply')].every(element => element.shadowRoot?.childElementCount),
        );
        await page.evaluate(() => window.scrollTo(0, 0));
        // Every rule, landmark-unique included: a card's replies are a group, not a landmark,
        // so the pages with several cards (the same story four times on /demo/) pass it too.
        assert.deepEqual(await axeViolations(page), [], 'axe violations');
        assert.deepEqual(opened.errors, [], 'uncaught exceptions');
        assert.deepEqual(opened.consoleErrors, [], 'console errors');
        assert.deepEqual(opened.failed, [], 'failed requests');
        assert.deepEqual(opened.offMachine, [], 'requests off this machine');
      } finally {
        await opened.page.close();
      }
    });
  }
});

describe('the partner page (/)', () => {
  it('its dark-mode switch turns the card and the signup box dark at once, the width control narrows the page to a phone, and French turns the kit’s strings French', async () => {
    const { page } = await demo.open(`${demo.site.origin}/`);
    try {
      await untilCardsRender(page);
      const light = await seen(page, '#host');
      await page.click('#theme-toggle');
      const dark = await seen(page, '#host');
      assert.notEqual(dark.cardBackground, light.cardBackground, 'the card follows the page’s switch');
      assert.notEqual(dark.signup!.background, light.signup!.background, 'the signup box follows the page’s switch');
      assert.equal(await page.$eval('#theme-toggle', button => button.getAttribute('aria-pressed')), 'true');

      await page.click('input[name="width"][value="phone"]');
      await until(page, 'the partner page is phone-wide', () => document.querySelector('#host')!.getBoundingClientRect().width <= 390);
      const cardWidth = await page.$eval('story-card', card => card.getBoundingClientRect().width);
      assert.ok(cardWidth <= 390, `the card is ${cardWidth} px wide`);

      await page.select('#lang', 'fr');
      await until(page, 'the card reads French', () =>
        document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="link"]')?.textContent?.includes('Lire l’article complet'),
      );
      await until(page, 'the signup button reads French', () =>
        document.querySelector('newsletter-signup')!.shadowRoot!.querySelector('[part~="button"]')?.textContent?.includes('S’abonner'),
      );
    } finally {
      await page.close();
    }
  });
});

/** Sets a text field as a person would: select all, type. */
async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector, { clickCount: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.type(selector, text);
}

/** Replaces a textarea's text in one input event (typing 5 KB key by key is slow, not truer). */
async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.$eval(selector, element => {
    (element as HTMLTextAreaElement).select();
  });
  await page.keyboard.press('Backspace');
  await page.evaluate(
    (target, value) => {
      const area = document.querySelector<HTMLTextAreaElement>(target)!;
      area.value = value;
      area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    },
    selector,
    text,
  );
}

function problems(page: Page): Promise<string[]> {
  return page.$$eval('#json-problems li', items => items.map(item => item.textContent!));
}

describe('the embed builder (/builder/)', () => {
  it('checks pasted JSON as it is typed: a syntax error, then each problem the card would warn about, named by field; no snippet until the story can be shown', async () => {
    const { page } = await demo.open(`${demo.site.origin}/builder/`);
    try {
      await page.click('input[name="source"][value="json"]');
      await until(page, 'the seed story is in the JSON box', () => document.querySelector<HTMLTextAreaElement>('#story-json')!.value.includes('Serena'));
      await pasteInto(page, '#story-json', '{"headline": "Half a story",');
      await until(page, 'a syntax error is shown', () => document.querySelector('#json-problems')!.textContent!.includes('Not JSON'));
      assert.equal(await page.$eval('#story-json', area => area.getAttribute('aria-invalid')), 'true');
      assert.equal(await page.$eval('#copy', button => (button as HTMLButtonElement).disabled), true, 'nothing to copy');

      await pasteInto(page, '#story-json', JSON.stringify({ url: 'https://news.example/a' }));
      await until(page, 'the missing headline is named', () => document.querySelector('#json-problems')!.textContent!.includes('headline is required'));

      await pasteInto(
        page,
        '#story-json',
        JSON.stringify({ headline: 'A story', image: { src: 5 }, replies: [{ text: 'Hi', author: { name: 'Ann' }, platform: 'myspace' }, { text: 7 }] }),
      );
      await until(page, 'the card’s problems are listed', () => document.querySelectorAll('#json-problems li').length === 3);
      const listed = await problems(page);
      assert.deepEqual(
        listed.map(problem => problem.split(' ', 1)[0]),
        ['image.src', 'replies.0.platform', 'replies.1.text'],
        `each problem names its field: ${JSON.stringify(listed)}`,
      );
      assert.equal(await page.$eval('#story-json', area => area.getAttribute('aria-invalid')), 'false', 'a story the card can show');
      assert.equal(await page.$eval('#copy', button => (button as HTMLButtonElement).disabled), false);
      assert.match(await page.$eval('#snippet', code => code.textContent!), /"headline": "A story"/);
    } finally {
      await page.close();
    }
  });

  it('works from the keyboard: Tab reaches every control in order and then the copy button, arrow keys pick "Paste JSON", Enter copies the snippet', async () => {
    const { page } = await demo.open(`${demo.site.origin}/builder/`);
    try {
      await untilCardsRender(page);
      const reached: string[] = [];
      for (let press = 0; press < 80 && !reached.includes('copy'); press++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.localName || ''));
      }
      const controls = ['story-url', 'theme', 'replies-limit', 'heading-level', 'lang', 'reserve', 'signup', 'provider', 'endpoint', 'signup-heading', 'tags', 'consent', 'name-field', 'copy'];
      assert.deepEqual(
        reached.filter(id => controls.includes(id)),
        controls,
        `Tab order: ${reached.join(', ')}`,
      );

      await page.focus('input[name="source"][value="url"]');
      await page.keyboard.press('ArrowRight');
      await until(page, 'the JSON box shows', () => !document.querySelector<HTMLElement>('[data-source="json"]')!.hidden);
      assert.equal(await page.$eval('input[name="source"]:checked', radio => (radio as HTMLInputElement).value), 'json');
      await until(page, 'the seed story is in the JSON box', () => document.querySelector<HTMLTextAreaElement>('#story-json')!.value.includes('Serena'));

      await page.focus('#copy');
      await page.keyboard.press('Enter');
      await until(page, 'the copy is confirmed', () => document.querySelector('#copy-status')!.textContent!.startsWith('Copied'));
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(copied, await page.$eval('#snippet', code => code.textContent));
      assert.match(copied, /<script type="application\/json">/);
    } finally {
      await page.close();
    }
  });

  const hostile = '</script><b id="injected">bold</b><!-- "quoted" & <tag>';
  const roundTrips: Array<{ title: string; configure(page: Page): Promise<void> }> = [
    {
      title: 'the story from a URL, dark, 2 replies, heading level 3, Buttondown',
      async configure(page) {
        await page.select('#theme', 'dark');
        await typeInto(page, '#replies-limit', '2');
        await page.select('#heading-level', '3');
        await page.select('#provider', 'buttondown');
        await typeInto(page, '#buttondown-user', 'familybrief');
        await typeInto(page, '#signup-heading', 'The Family Brief');
      },
    },
    {
      title: 'pasted JSON whose text holds </script> and <!--, light, 1 reply, French, Kit with a consent text',
      async configure(page) {
        const story = JSON.parse(readFileSync(join(repoRoot, 'demo/story.json'), 'utf8')) as { headline: string; image?: unknown };
        story.headline = `${story.headline} ${hostile}`;
        delete story.image; // its URL is relative to this site: not what this round trip is about
        await page.click('input[name="source"][value="json"]');
        await until(page, 'the seed story is in the JSON box', () => document.querySelector<HTMLTextAreaElement>('#story-json')!.value.includes('Serena'));
        await pasteInto(page, '#story-json', JSON.stringify(story, null, 2));
        await page.select('#theme', 'light');
        await typeInto(page, '#replies-limit', '1');
        await page.select('#lang', 'fr');
        await page.select('#provider', 'kit');
        await typeInto(page, '#kit-form', '1234567');
        await typeInto(page, '#kit-key', 'public_key_"<>');
        await typeInto(page, '#consent', `Yes ${hostile}`);
      },
    },
  ];

  for (const { title, configure } of roundTrips) {
    it(`a copied snippet (${title}), pasted into an empty page on another origin, shows the preview’s headline, visible replies, theme, signup provider and action`, async () => {
      const builder = await demo.open(`${demo.site.origin}/builder/`);
      const { page } = builder;
      try {
        await configure(page);
        await until(page, 'the preview shows the chosen options', () => {
          const snippet = document.querySelector('#snippet')!.textContent!;
          const card = document.querySelector('#preview story-card');
          return card?.shadowRoot?.querySelector('[part~="headline"]') && snippet.includes('<newsletter-signup');
        });
        await page.click('#copy');
        await until(page, 'the copy is confirmed', () => document.querySelector('#copy-status')!.textContent!.startsWith('Copied'));
        const snippet = await page.evaluate(() => navigator.clipboard.readText());
        if (title.includes('French')) {
          await until(page, 'the preview reads French (the language loads on demand)', () =>
            document.querySelector('#preview story-card')!.shadowRoot!.querySelector('[part~="link"]')?.textContent?.includes('Lire'),
          );
        }
        const preview = await seen(page, '#preview');

        demo.other.setPage('/pasted.html', `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Pasted</title></head>\n<body>\n${snippet}</body>\n</html>\n`);
        const pasted = await demo.open(`${demo.other.origin}/pasted.html`);
        try {
          await untilCardsRender(pasted.page);
          await until(pasted.page, 'the signup box renders', () => document.querySelector('newsletter-signup')?.shadowRoot?.querySelector('[part~="base"]'));
          if (title.includes('French')) {
            await until(pasted.page, 'the card reads French', () =>
              document.querySelector('story-card')!.shadowRoot!.querySelector('[part~="link"]')?.textContent?.includes('Lire'),
            );
          }
          const there = await seen(pasted.page, 'body');
          assert.deepEqual(there, preview);
          assert.ok(preview.visibleReplies > 0);
          assert.equal(await pasted.page.$('#injected'), null, 'no markup from the JSON or a field became an element');
          assert.deepEqual(pasted.errors, [], 'uncaught exceptions on the pasted page');
          assert.deepEqual(pasted.offMachine, [], 'requests off this machine');
          if (title.includes('</script>')) {
            assert.ok(there.headline.endsWith(hostile), `the headline keeps the text as text: ${there.headline}`);
            const consent = await pasted.page.evaluate(() => document.querySelector('newsletter-signup')!.getAttribute('consent'));
            assert.equal(consent, `Yes ${hostile}`);
          }
        } finally {
          await pasted.page.close();
        }
      } finally {
        await page.close();
      }
    });
  }
});

describe('the reference page (/reference/)', () => {
  interface Entry {
    name: string;
    type?: { text: string };
    default?: string;
    description?: string;
    fieldName?: string;
    attribute?: string;
    kind?: string;
    static?: boolean;
    privacy?: string;
  }
  interface Element {
    tagName: string;
    attributes?: Entry[];
    members?: Entry[];
    events?: Entry[];
    slots?: Entry[];
    cssParts?: Entry[];
    cssProperties?: Entry[];
  }
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'custom-elements.json'), 'utf8')) as { modules: Array<{ declarations?: Array<Partial<Element>> }> };
  const elements = manifest.modules.flatMap(module => module.declarations ?? []).filter((d): d is Element => typeof d.tagName === 'string');
  /** As a reader sees the text: code spans' backticks gone, whitespace collapsed. */
  const shown = (text: string | undefined) => (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

  it('lists, for each element in custom-elements.json, exactly its attributes, properties, events, slots, parts and CSS custom properties with type, default and description, and a live example that renders', async () => {
    assert.ok(elements.length >= 3);
    const { page } = await demo.open(`${demo.site.origin}/reference/`);
    try {
      await untilCardsRender(page);
      for (const element of elements) {
        const fields = (element.members ?? []).filter(m => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
        const expected: Record<string, string[][]> = {
          attributes: (element.attributes ?? []).map(a => [
            a.name,
            a.fieldName ?? '',
            shown(a.type?.text),
            shown(a.default ?? fields.find(m => m.name === a.fieldName)?.default),
            shown(a.description),
          ]),
          properties: fields.filter(m => !m.attribute).map(m => [m.name, shown(m.type?.text), shown(m.default), shown(m.description)]),
          events: (element.events ?? []).filter(e => e.name).map(e => [e.name, shown(e.type?.text), shown(e.description)]),
          slots: (element.slots ?? []).map(s => [s.name || '(default)', shown(s.description)]),
          parts: (element.cssParts ?? []).map(p => [p.name, shown(p.description)]),
          cssProperties: (element.cssProperties ?? []).map(p => [p.name, shown(p.default), shown(p.description)]),
        };
        const onPage = await page.evaluate(tag => {
          const section = document.getElementById(tag);
          if (!section) return null;
          const tables: Record<string, string[][]> = {};
          for (const table of section.querySelectorAll('[data-api]')) {
            tables[(table as HTMLElement).dataset['api']!] = [...table.querySelectorAll('tbody tr')].map(row =>
              [...row.children].map(cell => cell.textContent!.replace(/\s+/g, ' ').trim()),
            );
          }
          const example = section.querySelector(tag);
          return { tables, exampleRenders: Boolean(example?.shadowRoot?.childElementCount) };
        }, element.tagName);
        assert.ok(onPage, `the page has a section for <${element.tagName}>`);
        assert.deepEqual(onPage.tables, expected, `<${element.tagName}>: the page and custom-elements.json disagree`);
        assert.ok(onPage.exampleRenders, `<${element.tagName}>'s live example renders`);
        assert.ok(expected['attributes']!.length > 0 && expected['parts']!.length > 0, `<${element.tagName}> has attributes and parts`);
      }
    } finally {
      await page.close();
    }
  });
});
