/**
 * The hostile-content batches, one describe per element and input mode: shared by the test
 * against the source elements (tests/hostile-content.test.ts) and against the built classic
 * script (tests/hostile-content-cdn.test.ts), in Chromium, Firefox and WebKit.
 */
import { expect } from '@open-wc/testing';
import {
  cardModes,
  describeFindings,
  describeTraps,
  noTraps,
  variants,
  type CardReport,
  type HostileCorpus,
  type ReplyReport,
  type SignupReport,
} from './hostile-corpus.js';

/** A whole batch of cards in one engine: seconds; generous for WebKit under xvfb. */
export const batchTimeout = 100_000;

/** `corpus()` and `strings()` are read when the batches run (after the suite's `before`). */
export function describeBatches(corpus: () => HostileCorpus, allStrings: () => string[], label = ''): void {
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
      describe(`hostile content${label}: <story-card> from ${mode}, ${variant === 'safe' ? 'hostile text with real URLs' : 'hostile text and URLs'}, one card per string`, () => {
        let report: CardReport;
        before(async function () {
          this.timeout(batchTimeout);
          report = await corpus().runStoryCards({ strings: allStrings(), mode, variant });
        });

        it('renders a card per string, or reports "Story unavailable" (story-error) when the headline is not valid', () => {
          expect(report.cards).to.equal(allStrings().length);
          expect(report.rendered, 'most headlines are valid').to.be.above(allStrings().length * 0.9);
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
      describe(`hostile content${label}: <quoted-reply> from ${mode === 'markup' ? 'attributes and text' : 'the reply property'}, ${variant === 'safe' ? 'hostile text with real URLs' : 'hostile text and URLs'}, one per string`, () => {
        let report: ReplyReport;
        before(async function () {
          this.timeout(batchTimeout);
          report = await corpus().runQuotedReplies({ strings: allStrings(), mode, variant });
        });

        it('renders a post per string whose text and author are valid, else the host text', () => {
          expect(report.replies).to.equal(allStrings().length);
          expect(report.rendered).to.be.above(allStrings().length * 0.9);
        });

        itChecksTheBatch(() => report, { links: variant === 'safe' });

        it('shows, in the visible text of every URL linkified in the quote, the ASCII host it goes to', () => {
          expect(report.findings.linkify, describeFindings(report, 'linkify')).to.equal(undefined);
        });
      });
    }
  }

  describe(`hostile content${label}: <newsletter-signup>, each string typed as email and name and submitted, and in its heading, description, button, consent and success message`, () => {
    let report: SignupReport;
    before(async function () {
      this.timeout(batchTimeout);
      report = await corpus().runSignups({ strings: allStrings() });
    });

    it('refuses what is not an email without a request, keeps what was typed, and sends each hostile name as typed', () => {
      expect(report.boxes).to.equal(allStrings().length);
      expect(report.refusedEmails + report.sentHostileEmails).to.equal(allStrings().length);
      expect(report.sentHostileNames).to.equal(allStrings().length);
    });

    itChecksTheBatch(() => report, { links: false });
  });
}
