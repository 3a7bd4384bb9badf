// A Preact 10 app: the three tags in TSX with their attributes, properties and events.
// Each `@ts-expect-error` names, in backticks, what the error must mention
// (scripts/check-types.mjs removes each one and checks that tsc then fails there).
//
// TypeScript never reports an unknown JSX attribute whose name has a hyphen (`data-*` is its
// reason), so a misspelled `heading-levl` cannot be caught in any JSX; misspelled single-word
// names (`heding`), wrong values and wrong event details are. dom-consumer.ts and
// vue-consumer.ts catch `heading-levl`.
import { useRef } from 'preact/hooks';
import 'story-widgets';
import type { NewsletterSignup, Reply, SignupSuccessEvent, Story, StoryCard } from 'story-widgets';
import type {} from 'story-widgets/types/preact';

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
        theme="light"
        class="lead-story"
        onstory-load={event => console.log(event.detail.story.headline)}
        onstory-error={event => console.warn(event.detail.reason, event.detail.message)}
      >
        <h2>When Serena Williams Missed Her Daughter’s First Steps</h2>
      </story-card>

      <quoted-reply author="Chrissy Teigen" handle="chrissyteigen" author-href="https://x.com/chrissyteigen" platform="x">
        She is practicing so you can see the real ones.
      </quoted-reply>
      <quoted-reply reply={reply} className="aside" />

      <newsletter-signup
        ref={signup}
        action="https://news.example/subscribe"
        provider="kit"
        api-key="public-key"
        heading="The morning briefing"
        name-field
        tags="morning, sport"
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
      <story-card
        // @ts-expect-error `hedline` is not a Story field
        story={{ hedline: 'Misspelled' }}
      />
      <newsletter-signup
        // @ts-expect-error `heding` is misspelled
        heding="The morning briefing"
      />
      <newsletter-signup
        // @ts-expect-error `sttus` is not in the detail
        onsignup-success={event => console.log(event.detail.sttus)}
      />
      {/* @ts-expect-error `false` would write name-field="false", which Preact keeps and the element reads as on */}
      <newsletter-signup name-field={false} />
    </main>
  );
}
