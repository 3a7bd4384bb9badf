/**
 * The hostile-content corpus on a real page with the built classic script
 * (tests/e2e/pages/hostile-corpus.html loads cdn/story-widgets.iife.js and the corpus module):
 * the 461 naughty strings and the OWASP evasion vectors, passed in through `page.evaluate`,
 * through every input mode of <story-card>, <quoted-reply> and the signup box's fields. The
 * checks live in the page module (tests/e2e/pages/hostile-corpus.js), shared with
 * tests/hostile-content.test.ts, which runs them against the source in three engines.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { repoRoot } from '../server/server-process.js';
import {
  cardModes,
  describeFindings,
  describeTraps,
  noTraps,
  variants,
  type CardReport,
  type ReplyReport,
  type SignupReport,
} from '../support/hostile-corpus.js';
import { startHarness, type Harness, type PageSession } from './support/harness.js';

const pagePath = '/tests/e2e/pages/hostile-corpus.html';
const naughtyJson = readFileSync(join(repoRoot, 'node_modules/big-list-of-naughty-strings/blns.json'), 'utf8');

type Batch = 'runStoryCards' | 'runQuotedReplies' | 'runSignups';

/**
 * Runs one batch of the corpus module in the page. The strings travel as JSON text, so lone
 * surrogates and NULs arrive as written.
 */
function runInPage<Report>(session: PageSession, origin: string, batch: Batch, options: Record<string, string>): Promise<Report> {
  return session.page.evaluate(
    async (moduleUrl, json, name, given) => {
      const corpus = await import(moduleUrl);
      return corpus[name]({ ...given, strings: corpus.buildCorpus(JSON.parse(json)) });
    },
    `${origin}/tests/e2e/pages/hostile-corpus.js`,
    naughtyJson,
    batch,
    options,
  ) as Promise<Report>;
}

/** The assertions every batch answers, one test each so a failure names what broke. */
function itChecksTheBatch(
  report: () => CardReport | ReplyReport | SignupReport,
  session: () => PageSession,
  origin: () => string,
  { links = true, hostImageRefusals = false } = {},
) {
  it('shows every string as text: what is shown equals what validation keeps (whitespace squashed)', () => {
    assert.equal(report().findings.text, undefined, describeFindings(report(), 'text'));
  });

  it('runs no script: no alert, confirm, prompt, print or open, no error event, no unhandled rejection', () => {
    assert.deepEqual(report().traps, noTraps, describeTraps(report()));
  });

  it('makes no element the templates do not make (tag allowlist, every shadow root), no on* or style attribute, nothing outside', () => {
    assert.equal(report().findings.elements, undefined, describeFindings(report(), 'elements'));
  });

  it('lets no URL but http:, https: (or mailto: in href) reach href, src, cite, action, formaction or srcset', () => {
    assert.equal(report().findings.urls, undefined, describeFindings(report(), 'urls'));
  });

  if (links) {
    it('clicking every link runs nothing: each click reaches the page, which stops the navigation, and no trap fires', () => {
      assert.ok(report().linksClicked > 0, 'no link was clicked');
      assert.equal(report().findings.clicks, undefined, describeFindings(report(), 'clicks'));
      assert.deepEqual(report().traps, noTraps, describeTraps(report()));
    });
  }

  it('fires the events it should, exactly once', () => {
    assert.equal(report().findings.events, undefined, describeFindings(report(), 'events'));
  });

  it('prints nothing but console warnings that name the fields left out (captured and counted)', () => {
    assert.equal(report().findings.warnings, undefined, describeFindings(report(), 'warnings'));
  });

  it("leaves the page quiet: no uncaught exception, no console message but Chromium refusing the host's own file:/blob: <img>, no request but the page, the kit and the corpus", () => {
    assert.deepEqual(session().errors.map(error => error.message), [], 'uncaught exceptions');
    // In markup mode the host's own <img src="file:///etc/passwd"> (light DOM, written by the
    // test as a host would) is refused by Chromium with a console error; the kit never renders it.
    const hostImage = /^Not allowed to load local resource: (?:file|blob|filesystem):/;
    assert.deepEqual(
      session().console.filter(entry => !(hostImageRefusals && entry.type === 'error' && hostImage.test(entry.text))),
      [],
      'console messages outside the captured batch',
    );
    const expected = new RegExp(`^${origin()}/(?:cdn/|tests/e2e/pages/hostile-corpus\\.(?:html|js)$|favicon\\.ico$)`);
    assert.deepEqual(session().requests.filter(url => !expected.test(url)), [], 'requests');
  });
}

describe('hostile content on a page with the built classic script', () => {
  let harness: Harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => {
    await harness?.stop();
  });

  for (const mode of cardModes) {
    for (const variant of variants) {
      describe(`<story-card> from ${mode}, ${variant === 'safe' ? 'hostile text with real URLs' : 'hostile text and URLs'}, one card per string`, () => {
        let session: PageSession;
        let report: CardReport;
        before(async () => {
          session = await harness.open(pagePath);
          report = await runInPage<CardReport>(session, harness.origin, 'runStoryCards', { mode, variant });
        });
        after(async () => {
          await session?.close();
        });

        it('renders a card per string, or reports "Story unavailable" (story-error) when the headline is not valid', () => {
          assert.ok(report.cards > 461, `${report.cards} cards`);
          assert.ok(report.rendered > report.cards * 0.9, `${report.rendered} of ${report.cards} rendered`);
          assert.ok(report.warnings > 0, 'invalid fields were reported');
        });

        itChecksTheBatch(() => report, () => session, () => harness.origin, { hostImageRefusals: mode === 'markup' });

        it('shows, in the visible text of every URL linkified in a quote, the ASCII host it goes to', () => {
          if (variant === 'safe') assert.ok(report.linkifiedUrls > 0, 'no URL was linkified in a quote');
          assert.equal(report.findings.linkify, undefined, describeFindings(report, 'linkify'));
        });
      });
    }
  }

  for (const mode of ['markup', 'property'] as const) {
    for (const variant of variants) {
      describe(`<quoted-reply> from ${mode === 'markup' ? 'attributes and text' : 'the reply property'}, ${variant === 'safe' ? 'hostile text with real URLs' : 'hostile text and URLs'}, one per string`, () => {
        let session: PageSession;
        let report: ReplyReport;
        before(async () => {
          session = await harness.open(pagePath);
          report = await runInPage<ReplyReport>(session, harness.origin, 'runQuotedReplies', { mode, variant });
        });
        after(async () => {
          await session?.close();
        });

        it('renders a post per string whose text and author are valid, else the host text', () => {
          assert.ok(report.rendered > report.replies * 0.9, `${report.rendered} of ${report.replies} rendered`);
        });

        itChecksTheBatch(() => report, () => session, () => harness.origin, { links: variant === 'safe' });

        it('shows, in the visible text of every URL linkified in the quote, the ASCII host it goes to', () => {
          assert.equal(report.findings.linkify, undefined, describeFindings(report, 'linkify'));
        });
      });
    }
  }

  describe('<newsletter-signup>, each string typed as email and name and submitted, and in its heading, description, button, consent and success message', () => {
    let session: PageSession;
    let report: SignupReport;
    before(async () => {
      session = await harness.open(pagePath);
      report = await runInPage<SignupReport>(session, harness.origin, 'runSignups', {});
    });
    after(async () => {
      await session?.close();
    });

    it('refuses what is not an email without a request, keeps what was typed, and sends each hostile name as typed', () => {
      assert.equal(report.refusedEmails + report.sentHostileEmails, report.boxes);
      assert.equal(report.sentHostileNames, report.boxes);
    });

    itChecksTheBatch(() => report, () => session, () => harness.origin, { links: false });
  });
});
