import{_ as e,c as t,d as n,f as r,g as i,h as a,i as o,m as s,n as c,o as l,p as u,r as d,s as f,t as p,u as m,v as h}from"./shared-C_54mWv5.js";import{c as g,i as _,n as v,o as y,s as b,t as x}from"./shared-CByB669M.js";var S=class extends Error{constructor(e,t){super(t),this.reason=e}};async function C(e,{signal:t,timeoutMs:n}){let r=new AbortController,i=()=>r.abort();t.addEventListener(`abort`,i);let a=!1,o=setTimeout(()=>{a=!0,r.abort()},n);try{let t;try{t=await fetch(e,{credentials:`omit`,headers:{accept:`application/json, application/ld+json`},signal:r.signal})}catch{throw a?new S(`timeout`,`no answer from ${e} within ${n} ms`):new S(`network`,`could not reach ${e}`)}if(!t.ok)throw new S(`http`,`${e} answered ${t.status}`);try{return{data:await t.json(),url:t.url||e}}catch{throw a?new S(`timeout`,`no answer from ${e} within ${n} ms`):new S(`invalid`,`${e} is not valid JSON`)}}finally{clearTimeout(o),t.removeEventListener(`abort`,i)}}var w=class e extends Event{static{this.eventName=`story-load`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},T=class e extends Event{static{this.eventName=`story-error`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},E=i`
  :host {
    display: block;
    container-type: inline-size;
    max-inline-size: var(--story-card-max-width, 800px);
  }
  .card {
    --_card-border: var(--story-card-border-color, var(--_border));
    --_headline-size: var(--story-card-headline-size, 1.5em);
    display: grid;
    /* minmax(0, …): a long unbroken word must wrap, not widen the column past the card. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_card-border);
    border-radius: var(--_radius);
    overflow-wrap: break-word;
  }
  .card.loading {
    min-block-size: 12rem;
    background: var(--_subtle);
  }
  .unavailable p {
    margin: 0;
  }
  .cover {
    margin: 0;
    display: grid;
    gap: 0.25rem;
    align-self: start;
  }
  .cover img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    border-radius: calc(var(--_radius) * 0.66);
    background: var(--_subtle);
    object-fit: cover;
  }
  /* Without width and height the image has no ratio to reserve: reserve a common one. */
  .cover.unsized img {
    aspect-ratio: 16 / 9;
  }
  figcaption {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .content {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
    align-content: start;
    min-inline-size: 0;
  }
  .content > p {
    margin: 0;
  }
  .headline {
    font-size: calc(var(--_headline-size) * 0.85);
    font-weight: 700;
    line-height: 1.2;
    text-wrap: balance;
  }
  .headline a {
    color: inherit;
    text-decoration: none;
  }
  .headline a:hover {
    text-decoration: underline;
  }
  .dek {
    font-size: 1.125em;
    font-style: italic;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
  }
  .byline,
  .via {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.5em;
  }
  /* inline-block: a link's underline does not run under its separator. */
  .byline > * + *::before {
    content: '·';
    display: inline-block;
    margin-inline-end: 0.5em;
  }
  .byline a,
  .via a {
    color: inherit;
  }
  .read-more a {
    font-weight: 600;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  .tags {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375em;
    font-size: 0.8125em;
  }
  .tags li {
    padding: 0.125em 0.625em;
    border-radius: 999px;
    background: var(--_subtle);
  }
  .replies {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .reply-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
  }
  .toggle {
    justify-self: start;
    min-block-size: 44px;
    padding: 0.5em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: transparent;
    border: 1px solid var(--_accent);
    border-radius: 999px;
    cursor: pointer;
  }
  .toggle:hover {
    background: var(--_subtle);
  }
  @container (min-width: 560px) {
    .card {
      grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      column-gap: calc(var(--_space) * 1.25);
      padding: calc(var(--_space) * 1.25);
    }
    .card > .content:first-child,
    .replies {
      grid-column: 1 / -1;
    }
    .headline {
      font-size: var(--_headline-size);
    }
  }
  @media (forced-colors: active) {
    .toggle {
      border-color: ButtonText;
      color: ButtonText;
    }
  }
`,D=`:scope > script[type="application/json"], :scope > script[type="application/ld+json"]`;function O(e,t){let n=typeof e==`object`&&e?e.url:void 0;return c(n,`link`,t)}var k=class extends u{constructor(...e){super(...e),this.themeController=new d(this),this.markup=new g(this),this.markupVersionRead=-1,this.refocus=!1,this.warning=new b(`story-card`),this.view={kind:`markup`},this.expanded=!1,this.headingLevel=2,this.repliesLimit=3,this.excerptParagraphs=2,this.timeout=1e4,this.theme=`auto`}static{this.kit=h}static{this.styles=[o,x,E]}connectedCallback(){super.connectedCallback(),this.src&&this.loadedSrc===void 0&&this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this.view.kind===`loading`&&this.stopLoading()}willUpdate(e){let t=this.markup.version!==this.markupVersionRead;if(this.markupVersionRead=this.markup.version,this.story!==void 0){e.has(`story`)&&(this.stopLoading(),this.showData(this.story));return}let n=this.querySelector(D);if(n){if(t||e.has(`story`)){this.stopLoading();let e=this.parseInlineJson(n.textContent??``);e instanceof Error&&!this.markup.settled?this.view={kind:`markup`}:this.showData(e)}}else this.src?this.src!==this.loadedSrc&&this.load(this.src):(this.stopLoading(),(t||e.has(`story`)||e.has(`src`))&&this.showMarkup())}stopLoading(){this.abortLoad?.abort(),this.loadedSrc=void 0}updated(){this.refocus&&(this.refocus=!1,this.renderRoot.querySelector(`a[href], button`)?.focus());let e=this.pendingEvent;this.pendingEvent=void 0,e&&this.dispatchEvent(e)}parseInlineJson(e){try{return JSON.parse(e)}catch{return/* @__PURE__ */ SyntaxError(`the inline <script type="application/json"> is not valid JSON`)}}load(e){this.abortLoad?.abort();let t=new AbortController;this.abortLoad=t,this.loadedSrc=e;let n=c(e,`link`);!n||n.startsWith(`mailto:`)?this.fail(`invalid`,`src "${e}" is not an http(s) URL`):(this.view={kind:`loading`},C(n,{signal:t.signal,timeoutMs:this.timeout}).then(({data:e,url:n})=>{t.signal.aborted||this.showData(e,n)},e=>{t.signal.aborted||this.fail(e instanceof S?e.reason:`network`,e instanceof Error?e.message:String(e))}))}showData(e,t){if(this.expanded=!1,e instanceof Error){this.fail(`invalid`,e.message);return}let n=_(e);n.ok?(this.warning.say(n.problems.length?`left out invalid data: ${n.problems.join(`; `)}`:``),this.refocus=this.view.kind!==`story`&&this.matches(`:focus-within`),this.view={kind:`story`,story:n.value,base:t},this.pendingEvent=new w({story:n.value})):this.fail(`invalid`,`no story to show: ${n.problems.join(`; `)}`,O(e,t))}showMarkup(){this.expanded=!1;let e=_(y(this)),t=this.markup.settled&&e.ok?e.problems:[];this.warning.say(t.length?`left out invalid markup: ${t.join(`; `)}`:``),this.view=e.ok?{kind:`story`,story:e.value}:{kind:`markup`}}fail(e,t,n){this.warning.say(t),this.view=this.hasOwnMarkup()?{kind:`markup`}:{kind:`unavailable`,url:n},this.pendingEvent=new T({reason:e,message:t})}hasOwnMarkup(){return[...this.childNodes].some(e=>e instanceof Element?!e.matches(`script`):!!e.textContent?.trim())}toggleReplies(){this.expanded=!this.expanded}renderPerson(e,t,n){let r=c(e.url,`link`,t);return r?a`<a href=${r} part=${n??s}>${e.name}</a>`:a`<span part=${n??s}>${e.name}</span>`}renderByline(e,t,n,r){let i=f(e.published,r),[o,c]=n.byline.split(`{name}`),l=[e.author&&a`<span>${o}${this.renderPerson(e.author,t)}${c}</span>`,e.publisher&&this.renderPerson(e.publisher,t),i&&a`<time datetime=${e.published}>${i}</time>`].filter(Boolean);return l.length?a`<p class="byline" part="byline">${l}</p>`:s}renderReplies(e,t,n,r){let i=e.replies??[];if(!i.length)return s;let o=Math.max(0,Math.floor(this.repliesLimit)||0),c=i.length-o,u=this.expanded||c<=0?i:i.slice(0,o),d=this.expanded?n.showFewerReplies:c===1?n.showOneMoreReply:l(n.showMoreReplies,{count:c});return a`<section class="replies" part="replies" aria-label=${n.replies}>
      ${u.length?a`<ul id="replies" class="reply-list" role="list">
            ${u.map(e=>a`<li>${v(e,{strings:n,lang:r,base:t})}</li>`)}
          </ul>`:s}
      ${c>0?a`<button
            class="toggle"
            part="button"
            type="button"
            aria-expanded=${this.expanded?`true`:`false`}
            aria-controls=${u.length?`replies`:s}
            @click=${this.toggleReplies}
          >
            ${d}
          </button>`:s}
    </section>`}renderStory(e,t,n,r){let i=c(e.url,`link`,t),o=e.image,u=o&&c(o.src,`media`,t),d=Math.min(6,Math.max(1,Math.round(this.headingLevel)||2)),f=e.summary?[e.summary]:(e.body??[]).slice(0,Math.max(0,this.excerptParagraphs)),p=e.via??[];return a`<article class="surface card ${this.themeController.scheme}" part="card" lang=${r}>
      ${u?a`<figure class="cover ${o.width&&o.height?``:`unsized`}">
            <img
              part="image"
              src=${u}
              alt=${o.alt}
              width=${o.width??s}
              height=${o.height??s}
              loading="lazy"
              decoding="async"
            />
            ${o.credit?a`<figcaption part="credit">${l(n.imageCredit,{credit:o.credit})}</figcaption>`:s}
          </figure>`:s}
      <div class="content">
        <div class="headline" role="heading" aria-level=${d} part="headline">
          ${i?a`<a href=${i}>${e.headline}</a>`:e.headline}
        </div>
        ${e.dek?a`<p class="dek" part="dek">${e.dek}</p>`:s}
        ${this.renderByline(e,t,n,r)}
        ${f.map(e=>a`<p class="excerpt" part="excerpt">${e}</p>`)}
        ${i?a`<p class="read-more"><a part="link" href=${i}>${n.readFullStory}</a></p>`:s}
        ${p.length?a`<p class="via" part="via">
              ${n.hatTip}
              ${p.map((e,n)=>a`${n?`, `:``}${this.renderPerson(e,t)}`)}
            </p>`:s}
        ${e.tags?.length?a`<ul class="tags" part="tags" role="list">${e.tags.map(e=>a`<li>${e}</li>`)}</ul>`:s}
      </div>
      ${this.renderReplies(e,t,n,r)}
    </article>`}render(){let{view:e}=this,n=t(this),r=m(n,this.strings),i=this.themeController.scheme,o=s;if(e.kind===`story`)o=this.renderStory(e.story,e.base,r,n);else if(e.kind===`unavailable`){let t=e.url;o=a`<div class="surface card unavailable ${i}" part="card" lang=${n}>
        <p>${r.storyUnavailable}</p>
        ${t?a`<p><a part="link" href=${t}>${r.readFullStory}</a></p>`:s}
      </div>`}else e.kind===`loading`&&!this.hasOwnMarkup()&&(o=a`<div class="surface card loading ${i}" part="card" aria-hidden="true"></div>`);return a`${o}
      <div class="fallback" ?hidden=${e.kind===`story`||e.kind===`unavailable`}><slot></slot></div>`}};p([n()],k.prototype,`view`,void 0),p([n()],k.prototype,`expanded`,void 0),p([r({attribute:!1})],k.prototype,`story`,void 0),p([r()],k.prototype,`src`,void 0),p([r({type:Number,attribute:`heading-level`})],k.prototype,`headingLevel`,void 0),p([r({type:Number,attribute:`replies-limit`})],k.prototype,`repliesLimit`,void 0),p([r({type:Number,attribute:`excerpt-paragraphs`})],k.prototype,`excerptParagraphs`,void 0),p([r({type:Number})],k.prototype,`timeout`,void 0),p([r({reflect:!0})],k.prototype,`theme`,void 0),p([r({attribute:!1})],k.prototype,`strings`,void 0),e(`story-card`,k);export{T as n,w as r,k as t};