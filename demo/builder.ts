// The embed builder (/builder/): a form of native controls, a live preview made of the kit's own
// elements (from the built cdn/ file the snippet loads), and the snippet as text with a copy
// button. Pasted JSON is `unknown` until the kit's own parseStory has read it; the preview is
// built with DOM calls and the snippet with escaping (demo/snippet.ts): nothing is parsed as HTML.
import { parseStory } from '../src/story/parse-story.js';
import { embedSnippet, providerAction, type EmbedOptions, type SignupProvider } from './snippet.js';

const form = document.querySelector<HTMLFormElement>('#builder')!;
const field = <T extends HTMLElement = HTMLInputElement>(id: string) => document.querySelector<T>(`#${id}`)!;
const preview = field<HTMLDivElement>('preview');
const snippetOutput = field<HTMLElement>('snippet');
const problemsOutput = field<HTMLDivElement>('json-problems');
const jsonInput = field<HTMLTextAreaElement>('story-json');
const copyButton = field<HTMLButtonElement>('copy');
const copyStatus = field<HTMLParagraphElement>('copy-status');

const scriptUrl = new URL('../cdn/story-widgets.iife.js', document.baseURI).href;
const seedStoryUrl = new URL('../demo/story.json', document.baseURI).href;
field('story-url').value = seedStoryUrl;
const endpoint = field('endpoint');
endpoint.value = new URL(endpoint.dataset['default'] || '/api/subscribe', document.baseURI).href;

/** What the JSON box holds: a value to embed, or why not (each problem naming its field). */
type JsonState = { ok: true; value: unknown; problems: string[] } | { ok: false; problems: string[] };

function readJson(text: string): JsonState {
  if (text.trim() === '') return { ok: false, problems: ['Paste a Story document or a schema.org NewsArticle.'] };
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (error) {
    return { ok: false, problems: [`Not JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  // The same reading the card does: what it would leave out, and why, named by field.
  const parsed = parseStory(value);
  const problems = parsed.problems.map(problem => (/^[\w[\].@-]+ /.test(problem) ? problem : `(the document) ${problem}`));
  return parsed.ok ? { ok: true, value, problems } : { ok: false, problems };
}

function showProblems(state: JsonState): void {
  const heading = document.createElement('p');
  const list = document.createElement('ul');
  for (const problem of state.problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  if (state.ok && state.problems.length === 0) {
    heading.textContent = 'Valid: the card shows all of it.';
    problemsOutput.replaceChildren(heading);
  } else {
    heading.textContent = state.ok
      ? `The card shows this story and leaves out ${state.problems.length === 1 ? 'one field' : `${state.problems.length} fields`}:`
      : 'The card cannot show this:';
    problemsOutput.replaceChildren(heading, list);
  }
  problemsOutput.dataset['state'] = state.ok ? (state.problems.length ? 'warn' : 'ok') : 'error';
  jsonInput.setAttribute('aria-invalid', String(!state.ok));
}

const value = (id: string) => field<HTMLInputElement | HTMLSelectElement>(id).value;
const checked = (id: string) => field(id).checked;

/** The options as the form says now; null when the pasted JSON cannot be embedded. */
function currentOptions(): EmbedOptions | null {
  const source = form.querySelector<HTMLInputElement>('input[name="source"]:checked')!.value;
  let story: EmbedOptions['story'];
  if (source === 'json') {
    const state = readJson(jsonInput.value);
    showProblems(state);
    if (!state.ok) return null;
    story = { from: 'json', value: state.value };
  } else {
    story = { from: 'url', url: value('story-url').trim() };
  }
  const provider = value('provider') as SignupProvider;
  const limit = Number.parseInt(value('replies-limit'), 10);
  return {
    scriptUrl,
    story,
    theme: value('theme') as EmbedOptions['theme'],
    repliesLimit: Number.isFinite(limit) && limit >= 0 ? Math.min(limit, 50) : 3,
    headingLevel: Number(value('heading-level')),
    lang: value('lang'),
    reserveHeight: value('reserve'),
    signup: checked('signup')
      ? {
          provider,
          action: providerAction(provider, {
            endpoint: value('endpoint'),
            mailchimpAction: value('mailchimp-action'),
            buttondownUser: value('buttondown-user'),
            kitFormId: value('kit-form'),
            ghostSite: value('ghost-site'),
          }),
          apiKey: value('kit-key').trim(),
          heading: value('signup-heading').trim(),
          consent: value('consent').trim(),
          nameField: checked('name-field'),
          tags: value('tags').trim(),
        }
      : null,
  };
}

/** The preview: the same elements and attributes as the snippet, made with DOM calls. */
function renderPreview(options: EmbedOptions): void {
  const card = document.createElement('story-card');
  const set = (element: Element, name: string, text: string | null) => {
    if (text) element.setAttribute(name, text);
  };
  set(card, 'theme', options.theme === 'auto' ? null : options.theme);
  set(card, 'replies-limit', String(options.repliesLimit));
  set(card, 'heading-level', String(options.headingLevel));
  set(card, 'lang', options.lang);
  set(card, 'dir', options.lang === 'ar' ? 'rtl' : null);
  card.setAttribute('loading', 'eager');
  if (options.story.from === 'json') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(options.story.value);
    card.append(script);
  } else {
    set(card, 'src', options.story.url);
  }
  preview.dataset['reserve'] = options.reserveHeight;
  const children: Element[] = [card];
  if (options.signup) {
    const box = document.createElement('newsletter-signup');
    const { signup } = options;
    set(box, 'provider', signup.provider === 'endpoint' ? null : signup.provider);
    set(box, 'action', signup.action);
    set(box, 'api-key', signup.provider === 'kit' ? signup.apiKey : null);
    set(box, 'heading', signup.heading);
    set(box, 'consent', signup.consent);
    set(box, 'tags', signup.tags);
    if (signup.nameField) box.setAttribute('name-field', '');
    set(box, 'theme', options.theme === 'auto' ? null : options.theme);
    set(box, 'lang', options.lang);
    set(box, 'dir', options.lang === 'ar' ? 'rtl' : null);
    children.push(box);
  }
  preview.replaceChildren(...children);
}

/** Fields that belong to the choices made: the story source and the provider. */
function showRelevantFields(): void {
  const source = form.querySelector<HTMLInputElement>('input[name="source"]:checked')!.value;
  for (const element of form.querySelectorAll<HTMLElement>('[data-source]')) element.hidden = element.dataset['source'] !== source;
  const provider = value('provider');
  for (const element of form.querySelectorAll<HTMLElement>('[data-provider]')) element.hidden = element.dataset['provider'] !== provider;
  form.querySelector<HTMLElement>('[data-signup]')!.hidden = !checked('signup');
}

let snippet = '';
let lastPreview = '';
function update(): void {
  showRelevantFields();
  const options = currentOptions();
  if (!options) {
    snippet = '';
    snippetOutput.textContent = '(Fix the story JSON above to get a snippet.)';
    copyButton.disabled = true;
    return;
  }
  copyButton.disabled = false;
  snippet = embedSnippet(options);
  snippetOutput.textContent = snippet;
  copyStatus.textContent = '';
  // Rebuilt only when something it shows changed: typing in a field the snippet ignores keeps it.
  if (snippet !== lastPreview) {
    lastPreview = snippet;
    renderPreview(options);
  }
}

let pending = 0;
form.addEventListener('input', () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(update);
});
form.addEventListener('change', update);
form.addEventListener('submit', event => event.preventDefault());

// The first switch to JSON starts from the seed story, as text to edit.
for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="source"]')) {
  radio.addEventListener('change', async () => {
    if (radio.value !== 'json' || jsonInput.value.trim() !== '') return;
    const response = await fetch(seedStoryUrl);
    if (jsonInput.value.trim() === '') jsonInput.value = await response.text();
    update();
  });
}

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet);
    copyStatus.textContent = 'Copied. Paste it into your page.';
  } catch {
    // No clipboard (an insecure origin, a refused permission): select it for Ctrl+C instead.
    const range = document.createRange();
    range.selectNodeContents(snippetOutput);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    copyStatus.textContent = 'Selected: press Ctrl+C (⌘C) to copy.';
  }
});

update();
