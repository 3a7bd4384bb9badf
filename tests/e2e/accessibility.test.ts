/**
 * What a screen reader is given: Chromium's accessibility tree (DevTools protocol, through
 * puppeteer's `page.accessibility.snapshot()`) for every state of the built classic bundle's
 * elements — roles, names, levels and states (WCAG 1.3.1, 4.1.2) — and the focus ring under
 * forced colours (1.4.11, 2.4.7), which only Chromium's driver can emulate here. Each state is
 * built on one page with `page.evaluate`; the signup box's answers come from a stubbed `fetch`.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Page, SerializedAXNode } from 'puppeteer-core';
import { assertQuietPage, startHarness, until, type Harness, type PageSession } from './support/harness.js';
import { seedStory as seed } from './support/seed-story.js';

/** The seed story, with the fields these tests read. */
const seedStory = seed as typeof seed & { image: { alt: string }; replies: object[] };

/** A node's role, name and the states a reader hears, children flattened to the ones with a role that says something. */
interface Node {
  role: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  invalid?: string;
  required?: boolean;
  checked?: boolean | 'mixed';
  description?: string;
  children?: Node[];
}

function simplify(node: SerializedAXNode): Node {
  const out: Node = { role: node.role };
  if (node.name) out.name = node.name;
  for (const key of ['level', 'expanded', 'invalid', 'required', 'checked', 'description'] as const) {
    if (node[key] !== undefined && node[key] !== false && node[key] !== 'false') (out as unknown as Record<string, unknown>)[key] = node[key];
  }
  if (node.children?.length) out.children = node.children.map(simplify);
  return out;
}

/** Every node in the tree, depth first. */
function flatten(node: Node): Node[] {
  return [node, ...(node.children ?? []).flatMap(flatten)];
}

/**
 * The page's whole accessibility tree (each test shows one element at a time), every node kept:
 * Chromium leaves unnamed figures and empty live regions out of the "interesting" subset.
 */
async function treeOf(page: Page): Promise<Node> {
  const snapshot = await page.accessibility.snapshot({ interestingOnly: false });
  assert.ok(snapshot, 'the page has an accessibility tree');
  return simplify(snapshot);
}

const find = (tree: Node, role: string) => flatten(tree).filter(node => node.role === role);

describe('accessibility tree (Chromium) and forced colours', () => {
  let harness: Harness;
  let session: PageSession;
  before(async () => {
    harness = await startHarness();
    session = await harness.open('/tests/e2e/pages/empty.html');
    await session.page.addScriptTag({ url: '/cdn/story-widgets.iife.js' });
  });
  after(async () => {
    await session?.close();
    await harness?.stop();
  });

  /** Replaces the page's content with `markup` (trusted test markup) and the card's story. */
  async function show(markup: string, story?: unknown): Promise<void> {
    await session.page.evaluate(
      (markup, story) => {
        document.body.innerHTML = markup;
        const card = document.querySelector('story-card');
        if (card && story) (card as unknown as { story: unknown }).story = story;
      },
      markup,
      story as object,
    );
  }

  it('<story-card>: loading exposes nothing; the story is an article named by its headline, a heading at heading-level, a Replies region whose list holds 3 then 5 items, each reply a figure named by its author, a toggle with aria-expanded false then true, links named by their text; unavailable says so', async () => {
    const { page } = session;
    const story = { ...seedStory, replies: seedStory.replies.map((reply, i) => ({ ...reply, url: `https://x.com/i/status/${i + 1}` })) };

    // Loading, far below the fold: the empty frame is hidden from readers (nothing to read yet).
    await show('<div style="block-size: 500vh"></div><story-card src="/demo/story.json"></story-card>');
    await until(page, 'the loading frame', () => !!document.querySelector('story-card')!.shadowRoot?.querySelector('.card.loading'));
    const loadingTree = await treeOf(page);
    assert.deepEqual(flatten(loadingTree).slice(1).filter(n => n.name || !['generic', 'none'].includes(n.role)), [], 'loading: nothing to read');

    await show('<story-card heading-level="3"></story-card>', story);
    await until(page, 'the story', () => !!document.querySelector('story-card')!.shadowRoot?.querySelector('article'));
    let tree = await treeOf(page);
    const [article] = find(tree, 'article');
    assert.equal(article?.name, story.headline, 'the article is named by its headline');
    assert.deepEqual(find(tree, 'heading').map(h => [h.name, h.level]), [[story.headline, 3]]);
    assert.deepEqual(find(tree, 'region'), [], 'no landmark per card');
    assert.deepEqual(find(tree, 'group').map(g => g.name), ['Replies'], 'the replies are a group named Replies');
    const repliesList = () => find(find(tree, 'group')[0]!, 'list')[0]!;
    assert.equal(repliesList().children?.filter(c => c.role === 'listitem').length, 3, '3 replies listed');
    assert.deepEqual(
      find(repliesList(), 'figure').map(f => f.name),
      ['Chrissy Teigen', 'Alison Bender', 'A fellow mom'],
      'each quote is a figure named by its author',
    );
    assert.deepEqual(find(tree, 'blockquote').length, 3);
    const [toggle] = find(tree, 'button');
    assert.deepEqual([toggle?.name, toggle?.expanded], ['Show 2 more replies', undefined], 'collapsed (puppeteer leaves out expanded: false)');
    const expandedState = await page.evaluate(() => document.querySelector('story-card')!.shadowRoot!.querySelector('[part~=button]')!.getAttribute('aria-expanded'));
    assert.equal(expandedState, 'false');
    const links = find(tree, 'link').map(l => l.name);
    assert.deepEqual(links.slice(0, 6), [story.headline, 'Story Widgets Demo Desk', 'News Example', 'Read the full story', 'Hello Giggles', 'Today']);
    assert.ok(links.includes('Jul 7, 2018 — View the original post'), 'a permalink is named by its date and purpose');
    assert.ok(find(tree, 'StaticText').some(t => t.name === 'Posted on Twitter'), 'the platform is read as a sentence');
    assert.equal(find(tree, 'image').find(i => i.name === story.image.alt)?.name, story.image.alt, 'the cover image by its alt');

    await page.evaluate(() => (document.querySelector('story-card')!.shadowRoot!.querySelector('[part~=button]') as HTMLElement).click());
    await until(page, 'expanded', () => document.querySelector('story-card')!.shadowRoot!.querySelectorAll('[part~=reply]').length === 5);
    tree = await treeOf(page);
    assert.equal(repliesList().children?.filter(c => c.role === 'listitem').length, 5, '5 replies listed');
    assert.deepEqual(find(tree, 'button').map(b => [b.name, b.expanded]), [['Show fewer replies', true]]);

    await show('<story-card></story-card>', { url: 'https://news.example/a' });
    await until(page, 'unavailable', () => !!document.querySelector('story-card')!.shadowRoot?.querySelector('.unavailable'));
    tree = await treeOf(page);
    assert.deepEqual(
      flatten(tree).filter(n => n.role === 'StaticText' || n.role === 'link').map(n => [n.role, n.name]),
      [['StaticText', 'Story unavailable'], ['link', 'Read the full story'], ['StaticText', 'Read the full story']],
    );
  });

  it('<quoted-reply> alone: a figure named by its author, the quote a blockquote, the author and the original post links named by their text', async () => {
    const { page } = session;
    await show('<quoted-reply author="Chrissy Teigen" handle="chrissyteigen" author-href="https://x.com/chrissyteigen" href="https://x.com/i/status/1" platform="twitter" datetime="2018-07-07">She is practicing.</quoted-reply>');
    await until(page, 'the reply', () => !!document.querySelector('quoted-reply')!.shadowRoot?.querySelector('figure'));
    const tree = await treeOf(page);
    assert.deepEqual(find(tree, 'figure').map(f => f.name), ['Chrissy Teigen']);
    assert.equal(find(tree, 'blockquote').length, 1);
    assert.deepEqual(find(tree, 'link').map(l => l.name), ['Chrissy Teigen', 'Jul 7, 2018 — View the original post']);
  });

  it('<newsletter-signup> idle, each invalid submit, submitting, each answer, each error and offline: a form of textboxes named by their labels, the invalid field marked invalid and described by its error, a status region present before it speaks and holding each message', async () => {
    const { page } = session;
    const states: Array<[string, string]> = [
      ['submitting', 'never'],
      ['subscribed', JSON.stringify({ status: 201, body: { status: 'subscribed' } })],
      ['pending', JSON.stringify({ status: 200, body: { status: 'pending' } })],
      ['already', JSON.stringify({ status: 200, body: { status: 'already' } })],
      ['server error', JSON.stringify({ status: 500, body: {} })],
      ['rate limited', JSON.stringify({ status: 429, body: {} })],
      ['rejected', JSON.stringify({ status: 403, body: { error: { code: 'origin_not_allowed', message: 'x' } } })],
      ['invalid (server)', JSON.stringify({ status: 422, body: { error: { code: 'invalid_email', message: 'x' } } })],
      ['network error', 'throw'],
      ['offline', 'offline'],
    ];
    const box = '<newsletter-signup action="/s" min-fill-time="0" timeout="600000" name-field consent="I agree."></newsletter-signup>';

    await show(box);
    await until(page, 'the form', () => !!document.querySelector('newsletter-signup')!.shadowRoot?.querySelector('form'));
    let tree = await treeOf(page);
    assert.deepEqual(
      find(tree, 'textbox').map(t => [t.name, t.required ?? false]),
      [['Name', false], ['Email address', true]],
    );
    assert.deepEqual(find(tree, 'checkbox').map(c => [c.name, c.invalid]), [['I agree.', undefined]], 'not called invalid before any submit');
    assert.deepEqual(find(tree, 'button').map(b => b.name), ['Subscribe']);
    assert.equal(find(tree, 'status').length, 1, 'idle: the status region is already in the tree, so its first message is heard');

    for (const [what, email, tick, field, error] of [
      ['empty email', '', false, 'Email address', 'Enter your email address.'],
      ['malformed email', 'reader@example', false, 'Email address', 'Enter an email address like name@example.com.'],
      ['consent missing', 'reader@example.com', false, 'I agree.', 'Tick the box to agree before subscribing.'],
    ] as const) {
      await page.evaluate(
        (email, tick) => {
          const root = document.querySelector('newsletter-signup')!.shadowRoot!;
          (root.getElementById('email') as HTMLInputElement).value = email;
          (root.getElementById('consent') as HTMLInputElement).checked = tick;
          root.querySelector('form')!.requestSubmit();
        },
        email,
        tick,
      );
      await until(page, what, () => !!document.querySelector('newsletter-signup')!.shadowRoot!.querySelector('[aria-invalid=true]'));
      tree = await treeOf(page);
      const invalid = flatten(tree).filter(n => n.invalid);
      assert.deepEqual(invalid.map(n => [n.name, n.invalid, n.description]), [[field, 'true', error]], what);
    }

    for (const [state, answer] of states) {
      await show(box);
      await page.evaluate(answer => {
        const root = document.querySelector('newsletter-signup')!.shadowRoot!;
        window.fetch = () => {
          if (answer === 'never') return new Promise<Response>(() => {});
          if (answer === 'throw') return Promise.reject(new TypeError('Failed to fetch'));
          if (answer === 'offline') {
            Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
            return Promise.reject(new TypeError('Failed to fetch'));
          }
          const { status, body } = JSON.parse(answer) as { status: number; body: unknown };
          return Promise.resolve(Response.json(body, { status }));
        };
        (root.getElementById('email') as HTMLInputElement).value = 'reader@example.com';
        (root.getElementById('consent') as HTMLInputElement).checked = true;
        root.querySelector('form')!.requestSubmit();
      }, answer);
      await until(page, `${state}: a message`, () => document.querySelector('newsletter-signup')!.shadowRoot!.querySelector('[role=status]')!.textContent!.trim());
      tree = await treeOf(page);
      const text = await page.evaluate(() => document.querySelector('newsletter-signup')!.shadowRoot!.querySelector('[role=status]')!.textContent!.trim());
      const status = find(tree, 'status');
      assert.equal(status.length, 1, `${state}: one status region`);
      assert.ok(flatten(status[0]!).some(n => n.name === text), `${state}: the status region holds "${text}"`);
      assert.equal(find(tree, 'alert').length, 0, `${state}: no alert steals attention`);
      await page.evaluate(() => delete (navigator as { onLine?: boolean }).onLine);
      await page.evaluate(() => localStorage.clear());
    }
    await assertQuietPage(session);
  });

  it('under forced colours every focusable thing in the card and the signup box shows a visible system-colour focus ring', async () => {
    const { page } = session;
    // puppeteer's emulateMediaFeatures does not know forced-colors; the DevTools protocol does.
    const devtools = await page.createCDPSession();
    await devtools.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }] });
    try {
      await show('<story-card></story-card><newsletter-signup action="/s" consent="I agree."></newsletter-signup>', seedStory);
      await until(page, 'the story', () => !!document.querySelector('story-card')!.shadowRoot?.querySelector('article'));
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      const rings: string[] = [];
      let stops = 0;
      for (let press = 0; press < 20; press++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          let element = document.activeElement;
          while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
          if (!element || element === document.body) return null;
          const style = getComputedStyle(element);
          const background = getComputedStyle(element.parentElement ?? document.body).backgroundColor;
          return { text: element.textContent!.trim() || element.id, style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor, background };
        });
        if (!ring) break;
        stops++;
        if (ring.style === 'none' || parseFloat(ring.width) < 2 || ring.colour === ring.background) rings.push(JSON.stringify(ring));
      }
      assert.equal(stops, 11, 'the card\'s 8 links and button, then email, Subscribe and the consent box');
      assert.deepEqual(rings, [], 'every ring is drawn, 2 px or more, in a colour other than the background');
    } finally {
      await devtools.send('Emulation.setEmulatedMedia', { features: [] });
      await devtools.detach();
    }
  });
});
