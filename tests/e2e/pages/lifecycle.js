// What a single-page app's router does to embeds: put <story-card>, <quoted-reply> and
// <newsletter-signup> into the page and take them out again, in three manners. The test drives
// it through `window.lifecycle` and reads what the removed elements did afterwards.
(() => {
  const stage = document.getElementById('stage');
  /** Groups in the page now, by name; a removed group is forgotten, so only the page can hold it. */
  const inPage = new Map();
  /** Groups taken out to be put back (see takeOut). */
  const outOfPage = new Map();
  /** `story-load` / `story-error` events fired by cards, counted by the manner of their removal. */
  const events = { 'story-load': {}, 'story-error': {} };

  window.lifecycle = {
    events,
    /** Puts a card (with `src`), a reply and a signup box into the page, as one group. */
    insert(name, src, manner) {
      const group = document.createElement('div');
      const card = document.createElement('story-card');
      card.src = src;
      for (const type of Object.keys(events)) {
        card.addEventListener(type, () => {
          events[type][manner] = (events[type][manner] ?? 0) + 1;
        });
      }
      const reply = document.createElement('quoted-reply');
      reply.setAttribute('author', 'A fellow mom');
      reply.setAttribute('platform', 'twitter');
      reply.setAttribute('datetime', '2018-07-07');
      reply.textContent = "I missed it too, and I was just in another room! Please don't feel bad.";
      const signup = document.createElement('newsletter-signup');
      signup.setAttribute('action', '/api/subscribe');
      signup.setAttribute('heading', 'Get the newsletter');
      group.append(card, reply, signup);
      stage.append(group);
      inPage.set(name, group);
    },
    remove(name) {
      inPage.get(name).remove();
      inPage.delete(name);
    },
    /** Takes a group out but keeps it, to put it back (a router's cached view). */
    takeOut(name) {
      const group = inPage.get(name);
      group.remove();
      inPage.delete(name);
      outOfPage.set(name, group);
    },
    putBack(name) {
      const group = outOfPage.get(name);
      stage.append(group);
      outOfPage.delete(name);
      inPage.set(name, group);
    },
    /** Inserted and removed in the same task: the elements never render. */
    atOnce(name, src) {
      this.insert(name, src, 'at once');
      this.remove(name);
    },
    /** Removed in the next frame: rendered once, the card's request (lazy) not yet started. */
    async afterFrame(name, src) {
      this.insert(name, src, 'after a frame');
      await new Promise(resolve => requestAnimationFrame(resolve));
      this.remove(name);
    },
  };
})();
