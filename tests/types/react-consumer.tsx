// A React 19 app: the three tags in TSX with their attributes, properties and events.
// Each `@ts-expect-error` names, in backticks, what the error must mention
// (scripts/check-types.mjs removes each one and checks that tsc then fails there).
//
// TypeScript never reports an unknown JSX attribute whose name has a hyphen (`data-*` is its
// reason), so a misspelled `heading-levl` cannot be caught in any JSX; misspelled single-word
// names (`autor`), wrong values and wrong event details are. dom-consumer.ts and
// vue-consumer.ts catch `heading-levl`.
import { useRef } from 'react';
import 'story-widgets';
import type { NewsletterSignup, Reply, SignupSuccessEvent, Story, StoryCard } from 'story-widgets';
import type {} from 'story-widgets/types/react';

const story: Story = {
  headline: 'When Serena Williams Missed Her Daughter’s First Steps',
  url: 'https://news.example/serena',
  replies: [{ text: 'She is practicing so you can see the real ones.', author: { name: 'Chrissy Teigen' } }],
};
const reply: Reply = { text: 'Same here.', author: { name: 'A. Parent', handle: 'aparent' }, platform: 'bluesky' };

export function StoryPage({ onSubscribed }: { onSubscribed: (event: SignupSuccessEvent) => void }) {
  const card = useRef<StoryCard>(null);
  const signup = useRef<NewsletterSignup>(null);
  return (
    <main>
      <story-card
        ref={card}
        story={story}
        heading-level={3}
        replies-limit={5}
        excerpt-paragraphs={1}
        timeout={5000}
        theme="dark"
        className="lead-story"
        id="lead"
        onstory-load={event => console.log(event.detail.story.headline)}
        onstory-error={event => console.warn(event.detail.reason, event.detail.message)}
        onClick={event => console.log(event.currentTarget.story)}
      >
        <h2>When Serena Williams Missed Her Daughter’s First Steps</h2>
      </story-card>

      <story-card story={{ '@type': 'NewsArticle', headline: 'From JSON-LD', comment: [] }} src="/stories/serena.json" />

      <quoted-reply author="Chrissy Teigen" handle="chrissyteigen" platform="twitter" datetime="2018-07-09" theme="auto">
        She is practicing so you can see the real ones.
      </quoted-reply>
      <quoted-reply reply={reply} strings={{ viewOriginal: 'See the post' }} />

      <newsletter-signup
        ref={signup}
        action="https://news.example/subscribe"
        provider="endpoint"
        heading="The morning briefing"
        name-field
        no-honeypot={false}
        button-label="Join"
        min-fill-time={0}
        strings={{ subscribe: 'Join' }}
        onsignup-submit={event => {
          if (event.detail.email.endsWith('@example.com')) event.preventDefault();
        }}
        onsignup-success={onSubscribed}
        onsignup-error={event => console.warn(event.detail.reason)}
      />

      <story-card
        // @ts-expect-error `"sepia"` is not a theme
        theme="sepia"
      />
      {/* @ts-expect-error `7` is not a heading level (a hyphenated name's error lands on its tag) */}
      <story-card heading-level={7} />
      <story-card
        // @ts-expect-error `hedline` is not a Story field
        story={{ hedline: 'Misspelled' }}
      />
      <quoted-reply
        // @ts-expect-error `autor` is misspelled
        autor="Chrissy Teigen"
      />
      <quoted-reply
        // @ts-expect-error `"myspace"` is not a platform
        platform="myspace"
      />
      <newsletter-signup
        // @ts-expect-error `sttus` is not in the detail
        onsignup-success={event => console.log(event.detail.sttus)}
      />
      <newsletter-signup
        // @ts-expect-error `"mailchimps"` is not a provider
        provider="mailchimps"
      />
    </main>
  );
}
