/**
 * The embed builder's snippet (demo/snippet.ts) is text a publisher pastes into a page: what a
 * person typed or pasted can end up in attributes and in inline JSON, and must stay data there.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { embedSnippet, escapeHtml, jsonForScript, type EmbedOptions } from '../../demo/snippet.js';

const base: EmbedOptions = {
  scriptUrl: 'https://cdn.example/story-widgets/cdn/story-widgets.iife.js',
  story: { from: 'url', url: 'https://news.example/story.json' },
  theme: 'auto',
  repliesLimit: 3,
  headingLevel: 2,
  lang: '',
  reserveHeight: '',
  signup: null,
};

test('inline JSON escapes every < (so </script> and <!-- stay inside the string) and parses back to the same value', () => {
  const value = { headline: 'a </script><script>alert(1)</script> <!-- b --> \u2028 c', nested: ['</SCRIPT >', '<!--'] };
  const json = jsonForScript(value);
  assert.ok(!json.includes('<'), json);
  assert.ok(!/\u2028/.test(json));
  assert.deepEqual(JSON.parse(json), value);
  const snippet = embedSnippet({ ...base, story: { from: 'json', value } });
  // The only `</script` in the snippet closes the two script elements it writes.
  assert.equal(snippet.match(/<\/script/gi)?.length, 2, snippet);
  assert.ok(!snippet.includes('<!--'));
});

test('attribute values are escaped (& " < >) and always double-quoted', () => {
  assert.equal(escapeHtml(`"><img src=x onerror=alert(1)> & 'q'`), `&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &amp; 'q'`);
  const snippet = embedSnippet({
    ...base,
    story: { from: 'url', url: 'https://news.example/a.json?x="><script>' },
    signup: { provider: 'kit', action: 'https://api.convertkit.com/v3/forms/1/subscribe', apiKey: 'k"<', heading: 'He said "hi" <b>', consent: 'Yes & <i>', nameField: true, tags: '' },
  });
  assert.match(snippet, /src="https:\/\/news\.example\/a\.json\?x=&quot;&gt;&lt;script&gt;"/);
  assert.match(snippet, /api-key="k&quot;&lt;"/);
  assert.match(snippet, /heading="He said &quot;hi&quot; &lt;b&gt;"/);
  assert.match(snippet, /consent="Yes &amp; &lt;i&gt;"/);
  assert.match(snippet, / name-field>/);
  assert.equal(snippet.match(/<[a-z]/g)?.length, 3, `only the script, the card and the box are elements: ${snippet}`);
});

test('the reserved-space CSS takes only a plain length', () => {
  assert.match(embedSnippet({ ...base, reserveHeight: '46rem' }), /story-card \{ display: block; block-size: 46rem; overflow: auto; \}/);
  assert.match(embedSnippet({ ...base, reserveHeight: '1px;} body{display:none' }), /block-size: 34rem;/);
  assert.doesNotMatch(embedSnippet(base), /<style>/);
});
