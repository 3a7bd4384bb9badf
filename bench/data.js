// The bench's stories: the seed story's shape, one distinct story per card (no two cards share
// strings), 5 replies each. Every URL is local or never requested (links are not followed);
// the only image is the bench server's own generated cover.
// A classic script in the page (window.benchStory); imported in Node (bench/pages.mjs) it sets
// globalThis.benchStory.
(function (global) {
  const names = ['Chrissy Teigen', 'Alison Bender', 'A fellow mom', 'A daughter', 'Pink Singer'];
  const handles = ['chrissyteigen', 'alisonbender', undefined, 'daughter', 'Pink'];
  const texts = [
    'She is practicing so you can see the real ones.',
    'I saw my daughter’s first steps in a video while I was away reporting. One day she will be proud of you.',
    'I missed it too, and I was just in another room! Please don’t feel bad.',
    'I don’t know if my late mother saw my first steps, but seeing her working made me strong, resilient and independent.',
    'I wish us mamas could give ourselves and each other a break.',
  ];

  /** Story number `i` (0-based): distinct text, the same shape as demo/story.json. */
  function benchStory(i) {
    const n = i + 1;
    return {
      headline: `Story ${n}: When Serena Williams Missed Her Daughter’s First Steps, Fellow Moms Knew Just What To Say`,
      url: `https://news.example/2018/07/story-${n}`,
      dek: `“She is practicing so you can see the real ones.” (${n})`,
      author: { name: `Demo Desk ${n}`, url: `https://news.example/authors/${n}` },
      publisher: { name: 'News Example', url: 'https://news.example/' },
      published: '2018-07-09',
      image: { src: '/bench/cover.svg', alt: `A tennis ball on a grass court (${n})`, credit: 'Jimmie48 Photography', width: 1200, height: 675 },
      body: [
        `When tennis star Serena Williams shared her sadness over missing a milestone in her baby daughter’s development, fellow moms wasted no time showing their support (${n}).`,
        'Over the weekend, the athlete wrote that her daughter took her first steps, adding: “I was training and missed it. I cried.”',
      ],
      via: [
        { name: 'Hello Giggles', url: 'https://hellogiggles.com/' },
        { name: 'Today', url: 'https://www.today.com/' },
      ],
      replies: names.map((name, r) => ({
        text: `${texts[r]} #${n}`,
        author: handles[r] ? { name, handle: handles[r] } : { name },
        platform: 'twitter',
        published: `2018-07-0${r + 1}`,
        context: r % 2 ? undefined : 'Fellow mom',
      })).map(reply => (reply.context ? reply : (delete reply.context, reply))),
    };
  }
  global.benchStory = benchStory;
})(typeof window === 'undefined' ? globalThis : window);
