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
import { loadCorpus, naughtyStrings, variants, type HostileCorpus } from './support/hostile-corpus.js';
import { batchTimeout, describeBatches } from './support/hostile-corpus-batches.js';

defineElement('newsletter-signup', NewsletterSignup);

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

describeBatches(() => corpus, () => strings);
