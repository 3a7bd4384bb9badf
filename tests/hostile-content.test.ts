/**
 * The hostile-content corpus (tests/e2e/pages/hostile-corpus.js) against the source elements:
 * the 461 naughty strings and the OWASP filter-evasion vectors through every input mode of
 * <story-card> (markup, `story` property, inline JSON, JSON-LD, `src`), every text and URL
 * field of Story and Reply, <quoted-reply> attributes, text and `reply` property, and the
 * signup box's email and name fields. The same module runs on a page with the built classic
 * script in tests/e2e/hostile-content.test.ts.
 */
import { expect } from '@open-wc/testing';
import './support/define.js';
import { defineElement } from '../src/internal/define-element.js';
import { NewsletterSignup } from '../src/newsletter-signup/newsletter-signup.component.js';
import { storyFromMarkup } from '../src/story/from-markup.js';
import { parseStory } from '../src/story/parse-story.js';
import {
  cardModes,
  describeFindings,
  describeTraps,
  loadCorpus,
  naughtyStrings,
  noTraps,
  variants,
  type CardReport,
  type HostileCorpus,
  type ReplyReport,
  type SignupReport,
} from './support/hostile-corpus.js';

defineElement('newsletter-signup', NewsletterSignup);

/** A whole batch of cards in one engine: seconds; generous for WebKit under xvfb. */
const batchTimeout = 100_000;

let corpus: HostileCorpus;
let strings: string[];

before(async () => {
  corpus = await loadCorpus();
  strings = corpus.buildCorpus(await naughtyStrings());
});

describe('hostile content: the corpus', () => {
  it('holds the 461 naughty strings and the OWASP evasion vectors, each once', async () => {
    const naughty = await naughtyStrings();
    expect(naughty).to.have.length(461);
    expect(strings).to.include.members(naughty);
    expect(strings).to.include.members(corpus.evasionVectors);
    expect(new Set(strings).size).to.equal(strings.length);
    expect(strings.length, 'more strings than fields, so a card never holds one string twice').to.be.above(corpus.cardFields.length);
  });

  it("computes what each card shows exactly as parseStory keeps it, for every card's data, JSON-LD and markup", function () {
    this.timeout(batchTimeout);
    const mismatches: string[] = [];
    for (const variant of variants) {
      for (let index = 0; index < strings.length; index++) {
        const spec = corpus.cardSpec(strings, index, variant);
        const markup = document.createElement('div');
        markup.append(...corpus.storyMarkup(spec));
        const inputs = [
          ['data', corpus.storyDocument(spec), 'property'],
          ['json-ld', corpus.jsonLdDocument(spec), 'json-ld'],
          ['markup', storyFromMarkup(markup), 'markup'],
        ] as const;
        for (const [what, input, mode] of inputs) {
          const parsed = parseStory(input);
          const actual = JSON.stringify(parsed.ok ? parsed.value : null);
          const expected = JSON.stringify(corpus.expectedStory(spec, mode));
          if (actual !== expected && mismatches.length < 10) {
            mismatches.push(`${variant} ${what} card ${index}:\n    parseStory ${actual}\n    oracle     ${expected}`);
          }
        }
      }
    }
    expect(mismatches, mismatches.join('\n')).to.deep.equal([]);
  });
});

describe('hostile content: the checks themselves', () => {
  it('flag an injected element, an on* attribute, a style attribute and javascript:, data: and relative URLs (a pass is not vacuous)', async () => {
    const card = document.createElement('story-card');
    card.story = { headline: 'Headline', url: 'https://news.example/' };
    document.body.append(card);
    await card.updateComplete;
    const root = card.shadowRoot!;
    const injected = [
      document.createElement('iframe'),
      document.createElement('span'),
      document.createElement('a'),
      document.createElement('blockquote'),
      document.createElement('p'),
    ];
    injected[1]!.setAttribute('onclick', 'void 0');
    injected[2]!.setAttribute('href', 'javascript:void 0');
    injected[3]!.setAttribute('cite', 'data:,x');
    injected[4]!.setAttribute('style', 'color: red');
    const relative = document.createElement('a');
    relative.setAttribute('href', '/relative');
    root.append(...injected, relative);
    const { findings, links } = corpus.auditShadowRoot(root, 'story-card');
    card.remove();
    expect(findings.elements?.count, 'iframe, onclick, style').to.equal(3);
    expect(findings.urls?.count, 'javascript:, data:, relative').to.equal(3);
    expect(links, 'the headline, "Read the full story" and the two injected links').to.equal(4);
  });

  it('accept http:, https: and mailto: (href only) URLs and refuse every other scheme, srcset candidates included', () => {
    expect(corpus.unsafeUrlReason('href', 'https://news.example/a')).to.equal(undefined);
    expect(corpus.unsafeUrlReason('href', 'mailto:a@news.example')).to.equal(undefined);
    expect(corpus.unsafeUrlReason('src', 'mailto:a@news.example')).to.equal('is a mailto: URL');
    expect(corpus.unsafeUrlReason('cite', 'mailto:a@news.example')).to.equal('is a mailto: URL');
    expect(corpus.unsafeUrlReason('srcset', 'https://a.example/1.png 1x, javascript:alert(1) 2x')).to.equal('is a javascript: URL');
    expect(corpus.unsafeUrlReason('href', ' javascript:alert(1)')).to.equal('is a javascript: URL');
  });

  it('accept only warnings that name Story or Reply fields', () => {
    expect(corpus.warningProblem('story-widgets: <story-card> left out invalid data: dek must not be empty; replies.3.author.url must not be empty')).to.equal(undefined);
    expect(corpus.warningProblem('story-widgets: <quoted-reply> cannot show: text must not be empty; and 4 more problems')).to.equal(undefined);
    expect(corpus.warningProblem('story-widgets: <story-card> left out invalid data: something went wrong')).to.be.a('string');
    expect(corpus.warningProblem('Lit is in dev mode')).to.be.a('string');
  });
});

/** The assertions every batch answers, one test each so a failure names what broke. */
function itChecksTheBatch(report: () => CardReport | ReplyReport | SignupReport, { links = true } = {}) {
  it('shows every string as text: what is shown equals what validation keeps (whitespace squashed)', () => {
    expect(report().findings.text, describeFindings(report(), 'text')).to.equal(undefined);
  });

  it('runs no script: no alert, confirm, prompt, print or open, no error event, no unhandled rejection', () => {
    expect(report().traps, describeTraps(report())).to.deep.equal(noTraps);
  });

  it('makes no element the templates do not make (tag allowlist, every shadow root), no on* or style attribute, nothing outside', () => {
    expect(report().findings.elements, describeFindings(report(), 'elements')).to.equal(undefined);
  });

  it('lets no URL but http:, https: (or mailto: in href) reach href, src, cite, action, formaction or srcset', () => {
    expect(report().findings.urls, describeFindings(report(), 'urls')).to.equal(undefined);
  });

  if (links) {
    it('clicking every link runs nothing: each click reaches the page, which stops the navigation, and no trap fires', () => {
      expect(report().linksClicked, 'links clicked').to.be.above(0);
      expect(report().findings.clicks, describeFindings(report(), 'clicks')).to.equal(undefined);
      expect(report().traps, describeTraps(report())).to.deep.equal(noTraps);
    });
  }

  it('fires the events it should, exactly once', () => {
    expect(report().findings.events, describeFindings(report(), 'events')).to.equal(undefined);
  });

  it('prints nothing but console warnings that name the fields left out (captured and counted)', () => {
    expect(report().findings.warnings, describeFindings(report(), 'warnings')).to.equal(undefined);
  });
}

for (const mode of cardModes) {
  for (const variant of variants) {
    describe(`hostile content: <story-card> from ${mode}, ${variant === 'safe' ? 'hostile text with real URLs' : 'hostile text and URLs'}, one card per string`, () => {
      let report: CardReport;
      before(async function () {
        this.timeout(batchTimeout);
        report = await corpus.runStoryCards({ strings, mode, variant });
      });

      it('renders a card per string, or reports "Story unavailable" (story-error) when the headline is not valid', () => {
        expect(report.cards).to.equal(strings.length);
        expect(report.rendered, 'most headlines are valid').to.be.above(strings.length * 0.9);
        expect(report.warnings, 'invalid fields were reported').to.be.above(0);
      });

      itChecksTheBatch(() => report);

      it('shows, in the visible text of every URL linkified in a quote, the ASCII host it goes to', () => {
        if (variant === 'safe') expect(report.linkifiedUrls, 'URLs linkified in quotes').to.be.above(0);
        expect(report.findings.linkify, describeFindings(report, 'linkify')).to.equal(undefined);
      });
    });
  }
}

for (const mode of ['markup', 'property'] as const) {
  for (const variant of variants) {
    describe(`hostile content: <quoted-reply> from ${mode === 'markup' ? 'attributes and text' : 'the reply property'}, ${variant === 'safe' ? 'hostile text with real URLs' : 'hostile text and URLs'}, one per string`, () => {
      let report: ReplyReport;
      before(async function () {
        this.timeout(batchTimeout);
        report = await corpus.runQuotedReplies({ strings, mode, variant });
      });

      it('renders a post per string whose text and author are valid, else the host text', () => {
        expect(report.replies).to.equal(strings.length);
        expect(report.rendered).to.be.above(strings.length * 0.9);
      });

      itChecksTheBatch(() => report, { links: variant === 'safe' });

      it('shows, in the visible text of every URL linkified in the quote, the ASCII host it goes to', () => {
        expect(report.findings.linkify, describeFindings(report, 'linkify')).to.equal(undefined);
      });
    });
  }
}

describe('hostile content: <newsletter-signup>, each string typed as email and name and submitted, and in its heading, description, button, consent and success message', () => {
  let report: SignupReport;
  before(async function () {
    this.timeout(batchTimeout);
    report = await corpus.runSignups({ strings });
  });

  it('refuses what is not an email without a request, keeps what was typed, and sends each hostile name as typed', () => {
    expect(report.boxes).to.equal(strings.length);
    expect(report.refusedEmails + report.sentHostileEmails).to.equal(strings.length);
    expect(report.sentHostileNames).to.equal(strings.length);
  });

  itChecksTheBatch(() => report, { links: false });
});
