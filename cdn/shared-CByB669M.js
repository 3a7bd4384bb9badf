import{a as e,g as t,h as n,m as r,n as i,o as a,s as o}from"./shared-C_54mWv5.js";var s=class{constructor(e){this.host=e,this.version=0,this.changed=()=>{this.version++,this.host.requestUpdate()},e.addController(this)}get settled(){return document.readyState!==`loading`}hostConnected(){this.observer??=new MutationObserver(e=>{e.some(e=>e.target!==this.host||e.type!==`attributes`)&&this.changed()}),this.observer.observe(this.host,{childList:!0,subtree:!0,characterData:!0,attributes:!0}),this.settled||document.addEventListener(`DOMContentLoaded`,this.changed,{once:!0})}hostDisconnected(){this.observer?.disconnect(),document.removeEventListener(`DOMContentLoaded`,this.changed)}},c=class{constructor(e){this.tag=e,this.last=``}say(e){e&&e!==this.last&&console.warn(`story-widgets: <${this.tag}> ${e}`),this.last=e}},l=e=>e?.replace(/\s+/g,` `).trim()||void 0,u=e=>{let t=e?Number.parseInt(e,10):NaN;return t>0?t:void 0};function d(e,t){return{text:l(t),author:{name:l(e.author),handle:l(e.handle),url:l(e.authorHref),avatar:l(e.avatar)},platform:l(e.platform),url:l(e.href),published:l(e.datetime),context:l(e.context),lang:l(e.lang)}}function f(e){let t=t=>e.getAttribute(t);return d({author:t(`author`),handle:t(`handle`),authorHref:t(`author-href`),avatar:t(`avatar`),platform:t(`platform`),href:t(`href`),datetime:t(`datetime`),context:t(`context`),lang:t(`lang`)},e.textContent)}function p(e){if(e instanceof HTMLAnchorElement)return e.href||void 0;if(e instanceof HTMLImageElement)return e.src||void 0}function m(e){if(!e)return;let t=e.matches(`a[href]`)?e:e.querySelector(`a[href]`);return{name:l(e.textContent),url:p(t)}}function h(e){let t=t=>[...e.querySelectorAll(t)].filter(e=>!e.parentElement?.closest(`quoted-reply`)),n=e=>t(e)[0]??null,r=n(`h1, h2, h3, h4, h5, h6, [role=heading]`);if(!r)return;let i=n(`img`),a=n(`[data-story=credit], figcaption`),o=e=>e.closest(`[data-story], figcaption, quoted-reply`)!==null||e.querySelector(`[rel=author], time`);return{headline:l(r.textContent),url:p(r.querySelector(`a[href]`)??n(`a[rel=bookmark]`)),dek:l(n(`[data-story=dek]`)?.textContent),author:m(n(`[data-story=author], a[rel=author]`)),publisher:m(n(`[data-story=publisher]`)),published:n(`time[datetime]`)?.getAttribute(`datetime`)??void 0,image:i?{src:p(i),alt:i.getAttribute(`alt`)??``,credit:l(a?.textContent),width:u(i.getAttribute(`width`)),height:u(i.getAttribute(`height`))}:void 0,body:t(`p`).filter(e=>!o(e)).map(e=>l(e.textContent)).filter(Boolean),via:t(`[data-story=via] a[href]`).map(m),tags:t(`a[rel=tag]`).map(e=>l(e.textContent)),replies:t(`quoted-reply`).map(f)}}var g={lang:void 0,message:void 0,abortEarly:void 0,abortPipeEarly:void 0};/* @__NO_SIDE_EFFECTS__ */
function _(e){return e?{lang:e?.lang??void 0,message:e?.message,abortEarly:e?.abortEarly??void 0,abortPipeEarly:e?.abortPipeEarly??void 0}:g}/* @__NO_SIDE_EFFECTS__ */
function v(e){let t=typeof e;return t===`string`?`"${e}"`:t===`number`||t===`bigint`||t===`boolean`?`${e}`:t===`object`||t===`function`?(e&&Object.getPrototypeOf(e)?.constructor?.name)??`null`:t}function y(e,t,n,r,i){let a=i&&`input`in i?i.input:n.value,o=i?.expected??e.expects??null,s=i?.received??/* @__PURE__ */ v(a),c={kind:e.kind,type:e.type,input:a,expected:o,received:s,message:`Invalid ${t}: ${o?`Expected ${o} but r`:`R`}eceived ${s}`,requirement:e.requirement,path:i?.path,issues:i?.issues,lang:r.lang,abortEarly:r.abortEarly,abortPipeEarly:r.abortPipeEarly},l=e.kind===`schema`,u=i?.message??e.message??(e.reference,c.lang,void 0)??(l?(c.lang,void 0):null)??r.message??(c.lang,void 0);u!==void 0&&(c.message=typeof u==`function`?u(c):u),l&&(n.typed=!1),n.issues?n.issues.push(c):n.issues=[c]}/* @__NO_SIDE_EFFECTS__ */
function b(e,t){let n=[...new Set(e)];return n.length>1?`(${n.join(` ${t} `)})`:n[0]??`never`}function x(e){return e[`~standard`]={version:1,vendor:`valibot`,validate:t=>e[`~run`]({value:t},/* @__PURE__ */ _())},e}/* @__NO_SIDE_EFFECTS__ */
function ee(e){return{kind:`validation`,type:`integer`,reference:ee,async:!1,expects:null,requirement:Number.isInteger,message:e,"~run"(e,t){return e.typed&&!this.requirement(e.value)&&y(this,`integer`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function S(e,t){return{kind:`validation`,type:`max_length`,reference:S,async:!1,expects:`<=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length>this.requirement&&y(this,`length`,e,t,{received:`${e.value.length}`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function C(e,t){return{kind:`validation`,type:`max_value`,reference:C,async:!1,expects:`<=${e instanceof Date?e.toJSON():/* @__PURE__ */ v(e)}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!(e.value<=this.requirement)&&y(this,`value`,e,t,{received:e.value instanceof Date?e.value.toJSON():/* @__PURE__ */ v(e.value)}),e}}}/* @__NO_SIDE_EFFECTS__ */
function w(e,t){return{kind:`validation`,type:`min_length`,reference:w,async:!1,expects:`>=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length<this.requirement&&y(this,`length`,e,t,{received:`${e.value.length}`}),e}}}/* @__NO_SIDE_EFFECTS__ */
function T(e,t){return{kind:`validation`,type:`min_value`,reference:T,async:!1,expects:`>=${e instanceof Date?e.toJSON():/* @__PURE__ */ v(e)}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!(e.value>=this.requirement)&&y(this,`value`,e,t,{received:e.value instanceof Date?e.value.toJSON():/* @__PURE__ */ v(e.value)}),e}}}/* @__NO_SIDE_EFFECTS__ */
function E(e,t){return{kind:`validation`,type:`regex`,reference:E,async:!1,expects:`${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!this.requirement.test(e.value)&&y(this,`format`,e,t),e}}}/* @__NO_SIDE_EFFECTS__ */
function D(){return{kind:`transformation`,type:`trim`,reference:D,async:!1,"~run"(e){return e.value=e.value.trim(),e}}}/* @__NO_SIDE_EFFECTS__ */
function te(e,t,n){return typeof e.fallback==`function`?e.fallback(t,n):e.fallback}/* @__NO_SIDE_EFFECTS__ */
function ne(e,t,n){return typeof e.default==`function`?e.default(t,n):e.default}/* @__NO_SIDE_EFFECTS__ */
function O(e,t){return x({kind:`schema`,type:`array`,reference:O,expects:`Array`,async:!1,item:e,message:t,"~run"(e,t){let n=e.value;if(Array.isArray(n)){e.typed=!0,e.value=[];for(let r=0;r<n.length;r++){let i=n[r],a=this.item[`~run`]({value:i},t);if(a.issues){let o={type:`array`,origin:`value`,input:n,key:r,value:i};for(let t of a.issues)t.path?t.path.unshift(o):t.path=[o],e.issues?.push(t);if(e.issues||=a.issues,t.abortEarly){e.typed=!1;break}}a.typed||(e.typed=!1),e.value.push(a.value)}}else y(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function re(e){return x({kind:`schema`,type:`number`,reference:re,expects:`number`,async:!1,message:e,"~run"(e,t){return typeof e.value==`number`&&!isNaN(e.value)?e.typed=!0:y(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function k(e,t){return x({kind:`schema`,type:`object`,reference:k,expects:`Object`,async:!1,entries:e,message:t,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){e.typed=!0,e.value={};for(let r in this.entries){let i=this.entries[r];if(r in n||(i.type===`exact_optional`||i.type===`optional`||i.type===`nullish`)&&i.default!==void 0){let a=r in n?n[r]:/* @__PURE__ */ ne(i),o=i[`~run`]({value:a},t);if(o.issues){let i={type:`object`,origin:`value`,input:n,key:r,value:a};for(let t of o.issues)t.path?t.path.unshift(i):t.path=[i],e.issues?.push(t);if(e.issues||=o.issues,t.abortEarly){e.typed=!1;break}}o.typed||(e.typed=!1),e.value[r]=o.value}else if(i.fallback!==void 0)e.value[r]=/* @__PURE__ */ te(i);else if(i.type!==`exact_optional`&&i.type!==`optional`&&i.type!==`nullish`&&(y(this,`key`,e,t,{input:void 0,expected:`"${r}"`,path:[{type:`object`,origin:`key`,input:n,key:r,value:n[r]}]}),t.abortEarly))break}}else y(this,`type`,e,t);return e}})}/* @__NO_SIDE_EFFECTS__ */
function A(e,t){return x({kind:`schema`,type:`optional`,reference:A,expects:`(${e.expects} | undefined)`,async:!1,wrapped:e,default:t,"~run"(e,t){return e.value===void 0&&(this.default!==void 0&&(e.value=/* @__PURE__ */ ne(this,e,t)),e.value===void 0)?(e.typed=!0,e):this.wrapped[`~run`](e,t)}})}/* @__NO_SIDE_EFFECTS__ */
function j(e,t){return x({kind:`schema`,type:`picklist`,reference:j,expects:/* @__PURE__ */ b(e.map(v),`|`),async:!1,options:e,message:t,"~run"(e,t){return this.options.includes(e.value)?e.typed=!0:y(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function M(e){return x({kind:`schema`,type:`string`,reference:M,expects:`string`,async:!1,message:e,"~run"(e,t){return typeof e.value==`string`?e.typed=!0:y(this,`type`,e,t),e}})}/* @__NO_SIDE_EFFECTS__ */
function N(...e){return x({...e[0],pipe:e,"~run"(t,n){for(let r of e)if(r.kind!==`metadata`){if(t.issues&&(r.kind===`schema`||r.kind===`transformation`)){t.typed=!1;break}t.issues&&(n.abortEarly||n.abortPipeEarly)||(t=r[`~run`](t,n))}return t}})}/* @__NO_SIDE_EFFECTS__ */
function ie(e,t,n){let r=e[`~run`]({value:t},/* @__PURE__ */ _(n));return{typed:r.typed,success:!r.issues,output:r.value,issues:r.issues}}var P=/^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/,F=e=>typeof e==`object`&&!!e&&!Array.isArray(e),I=e=>Array.isArray(e)?e[0]:e,L=e=>e===void 0?[]:Array.isArray(e)?e:[e],R=e=>typeof e==`string`&&e.trim()?e.trim():void 0;function z(e){return L(e[`@type`]).filter(e=>typeof e==`string`)}function B(e){if(F(e))return z(e).some(e=>P.test(e))?e:L(e[`@graph`]).find(e=>F(e)&&z(e).some(e=>P.test(e)))}function ae(e){return B(e)!==void 0}function V(e){let t=I(e);return F(t)?R(t.url)??R(t[`@id`])??R(t.contentUrl):R(t)}function H(e){let t=I(e);if(typeof t==`string`)return{name:t};if(!F(t))return;let n=R(t.name);return n?{name:n,url:V(t.url)??R(t[`@id`])}:void 0}function U(e){let t=F(e)?e.value:e,n=typeof t==`number`?t:typeof t==`string`?Number.parseInt(t,10):NaN;return Number.isFinite(n)&&n>0?Math.round(n):void 0}function oe(e){let t=I(e);if(typeof t==`string`)return{src:t};if(!F(t))return;let n=R(t.url)??R(t.contentUrl);if(n)return{src:n,alt:R(t.description)??R(t.caption)??``,credit:R(t.creditText)??H(t.copyrightHolder)?.name??H(t.creator)?.name,width:U(t.width),height:U(t.height)}}var se=[[/(^|\.)twitter\.com$/,`twitter`],[/(^|\.)x\.com$/,`x`],[/(^|\.)bsky\.app$/,`bluesky`],[/(^|\.)threads\.(net|com)$/,`threads`],[/(^|\.)instagram\.com$/,`instagram`],[/(^|\.)facebook\.com$/,`facebook`]];function ce(e){try{return new URL(e).hostname.replace(/^www\./,``)}catch{return}}function le(e){if(e)try{let{hostname:t,pathname:n}=new URL(e);return se.find(([e])=>e.test(t))?.[1]??(/^\/@[^/]+\/\d+/.test(n)?`mastodon`:`web`)}catch{return}}function ue(e){if(!F(e))return;let t=I(e.author),n=V(e.url);return{text:R(e.text)??R(e.commentText)??R(e.description),author:F(t)?{name:R(t.name),handle:R(t.alternateName)??R(t.identifier),url:V(t.url),avatar:V(t.image)}:typeof t==`string`?{name:t}:void 0,platform:le(n),url:n,published:R(e.datePublished)??R(e.dateCreated),lang:R(e.inLanguage)}}function de(e){let t=R(e);return t?t.split(/\n\s*\n/).map(e=>e.trim()).filter(Boolean):void 0}function fe(e){return typeof e==`string`?e.split(`,`).map(e=>e.trim()).filter(Boolean):Array.isArray(e)?e.filter(e=>typeof e==`string`):void 0}function W(e){return Object.fromEntries(Object.entries(e).filter(([,e])=>e!==void 0))}function pe(e){let t=B(e)??{},n=L(t.isBasedOn??t.citation).map(e=>typeof e==`string`?{name:ce(e),url:e}:H(e));return W({headline:R(t.headline)??R(t.name),url:V(t.url)??V(t.mainEntityOfPage),dek:R(t.alternativeHeadline),author:H(t.author),publisher:H(t.publisher),published:R(t.datePublished),image:oe(t.image),summary:R(t.description)??R(t.abstract),body:de(t.articleBody),via:n.length?n.filter(Boolean):void 0,tags:fe(t.keywords),replies:L(t.comment).map(ue).filter(Boolean).map(e=>W(e))})}var G=/* @__PURE__ */ N(/* @__PURE__ */ M(),/* @__PURE__ */ D(),/* @__PURE__ */ w(1,`must not be empty`)),K=/* @__PURE__ */ N(/* @__PURE__ */ M(),/* @__PURE__ */ D(),/* @__PURE__ */ w(1,`must not be empty`)),q=/* @__PURE__ */ N(/* @__PURE__ */ M(),/* @__PURE__ */ D(),/* @__PURE__ */ E(/^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/,`must be an ISO 8601 date such as 2018-07-02 or 2018-07-02T09:30:00Z`)),J=/* @__PURE__ */ N(/* @__PURE__ */ re(),/* @__PURE__ */ ee(),/* @__PURE__ */ T(1),/* @__PURE__ */ C(2e4)),Y=/* @__PURE__ */ k({name:G,url:/* @__PURE__ */ A(K)}),X=[`twitter`,`x`,`bluesky`,`mastodon`,`threads`,`instagram`,`facebook`,`web`],me=/* @__PURE__ */ j(X,`must be one of ${X.join(`, `)}`),Z=/* @__PURE__ */ k({text:G,author:/* @__PURE__ */ k({name:G,handle:/* @__PURE__ */ A(G),url:/* @__PURE__ */ A(K),avatar:/* @__PURE__ */ A(K)}),platform:/* @__PURE__ */ A(me),url:/* @__PURE__ */ A(K),published:/* @__PURE__ */ A(q),lang:/* @__PURE__ */ A(/* @__PURE__ */ N(/* @__PURE__ */ M(),/* @__PURE__ */ E(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/,`must be a language tag such as en or pt-BR`))),context:/* @__PURE__ */ A(/* @__PURE__ */ N(G,/* @__PURE__ */ S(80,`must be a short label (80 characters at most)`)))}),he=/* @__PURE__ */ k({headline:G,url:/* @__PURE__ */ A(K),dek:/* @__PURE__ */ A(G),author:/* @__PURE__ */ A(Y),publisher:/* @__PURE__ */ A(Y),published:/* @__PURE__ */ A(q),image:/* @__PURE__ */ A(/* @__PURE__ */ k({src:K,alt:/* @__PURE__ */ A(/* @__PURE__ */ N(/* @__PURE__ */ M(),/* @__PURE__ */ D()),``),credit:/* @__PURE__ */ A(G),width:/* @__PURE__ */ A(J),height:/* @__PURE__ */ A(J)})),summary:/* @__PURE__ */ A(G),body:/* @__PURE__ */ A(/* @__PURE__ */ O(G)),via:/* @__PURE__ */ A(/* @__PURE__ */ O(Y)),tags:/* @__PURE__ */ A(/* @__PURE__ */ O(G)),replies:/* @__PURE__ */ A(/* @__PURE__ */ O(Z))}),ge=Symbol(`removed`);function _e(e,t){let n=e,r=0;return t.forEach((e,t)=>{n?.type===`object`?(n=n.entries?.[String(e)],n?.type===`optional`&&(r=t+1,n=n.wrapped)):n?.type===`array`?(r=t+1,n=n.item):n=void 0}),r}function Q(e,t){let[n,...r]=t;if(Array.isArray(e)){let t=[...e];return t[n]=r.length?Q(t[n],r):ge,t}if(typeof e==`object`&&e){let t={...e};return r.length?t[n]=Q(t[n],r):delete t[n],t}return e}function $(e,t=/* @__PURE__ */ new WeakSet){return typeof e!=`object`||!e||t.has(e)?e:(t.add(e),Array.isArray(e)?e.filter(e=>e!==ge).map(e=>$(e,t)):Object.getPrototypeOf(e)===Object.prototype?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,$(n,t)])):e)}function ve(e){let t=e.path?.map(e=>e.key).join(`.`);return t?`${t} ${e.message}`:e.message}function ye(e,t){let n=[],r=t;for(let t=0;t<50;t++){let t=/* @__PURE__ */ ie(e,r);if(t.success)return{ok:!0,value:t.output,problems:n};for(let i of t.issues){n.push(ve(i));let t=(i.path??[]).map(e=>e.key),a=_e(e,t);if(!a)return{ok:!1,problems:n};r=Q(r,t.slice(0,a))}r=$(r)}return{ok:!1,problems:n}}function be(e){return Se(()=>ye(he,ae(e)?pe(e):e))}function xe(e){return Se(()=>ye(Z,e))}function Se(e){try{return e()}catch(e){return{ok:!1,problems:[`unreadable data (${e instanceof Error?e.message:String(e)})`]}}}var Ce=/(https?:\/\/[^\s<>"]+)|(?<![\w@/])@([a-z0-9_]+(?:[.-][a-z0-9_]+)*(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)|(?<![\w&#/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/giu,we=/[.,;:!?'")\]}]+$/;function Te(e,t,n){let[r,i]=t.split(`@`),a=encodeURIComponent(r);switch(e){case`twitter`:case`x`:return i?void 0:`https://x.com/${a}`;case`bluesky`:return`https://bsky.app/profile/${encodeURIComponent(t)}`;case`mastodon`:{let e=i??n;return e?`https://${e}/@${a}`:void 0}case`threads`:return`https://www.threads.net/@${a}`;case`instagram`:return`https://www.instagram.com/${a}/`;default:return}}function Ee(e,t,n){let r=encodeURIComponent(t);switch(e){case`twitter`:case`x`:return`https://x.com/hashtag/${r}`;case`bluesky`:return`https://bsky.app/hashtag/${r}`;case`mastodon`:return n?`https://${n}/tags/${r}`:void 0;case`instagram`:return`https://www.instagram.com/explore/tags/${r}/`;default:return}}function De(e,t,n){let r=[],i=0,a=e=>{let t=r[r.length-1];!e.href&&t&&!t.href?t.text+=e.text:e.text&&r.push(e)};for(let r of e.matchAll(Ce)){let[o,s,c,l]=r,u=r.index,d=o,f;s?(d=s.replace(we,``),f=d):c?f=Te(t,c,n):l&&(f=Ee(t,l,n)),a({text:e.slice(i,u)}),a(f?{text:d,href:f}:{text:d}),i=u+d.length}return a({text:e.slice(i)}),r}var Oe={twitter:`Twitter`,x:`X`,bluesky:`Bluesky`,mastodon:`Mastodon`,threads:`Threads`,instagram:`Instagram`,facebook:`Facebook`,web:`Web`};function ke(e){let t=e.split(/\s+/).filter(Boolean);return(t.length>1?[t[0],t[t.length-1]]:t).map(e=>[...e][0].toUpperCase()).join(``)}function Ae(e){e.target.hidden=!0}function je(e){return e?new URL(e).host:void 0}function Me(t,{strings:s,lang:c,base:l}){let{author:u,platform:d}=t,f=i(t.url,`link`,l),p=i(u.url,`link`,l),m=i(u.avatar,`media`,l),h=o(t.published,c),g=u.handle&&(u.handle.startsWith(`@`)?u.handle:`@${u.handle}`),_=d&&Oe[d],v=De(t.text,d,je(f)).map(e=>{let t=e.href&&i(e.href,`link`);return t?n`<a href=${t} rel="ugc nofollow noopener">${e.text}</a>`:e.text}),y=p?n`<a class="name" href=${p} rel="ugc nofollow noopener">${u.name}</a>`:n`<span class="name">${u.name}</span>`,b=h&&n`<time datetime=${t.published}>${h}</time>`;return n`<figure class="reply" part="reply">
    <figcaption class="reply-author">
      <span class="avatar" part="avatar" aria-hidden="true"
        ><span class="initials">${ke(u.name)}</span
        >${m?n`<img src=${m} alt="" width="40" height="40" loading="lazy" decoding="async" @error=${Ae} />`:r}</span
      >
      <span class="who">
        ${y} ${g?n`<span class="handle">${g}</span>`:r}
        ${t.context?n`<span class="context" part="context">${t.context}</span>`:r}
      </span>
    </figcaption>
    <blockquote
      class="quote"
      part="quote"
      cite=${f??r}
      lang=${t.lang??r}
      dir=${t.lang?e(t.lang):`auto`}
    >
      <p>${v}</p>
    </blockquote>
    ${_||b?n`<p class="reply-meta">
          ${_?n`<span class="platform" part="platform"
                ><span class="visually-hidden">${a(s.postedOn,{platform:_})}</span
                ><span aria-hidden="true">${_}</span></span
              >`:r}
          ${f?n`<a class="permalink" href=${f} rel="ugc nofollow noopener"
                >${b||s.viewOriginal}${b?n`<span class="visually-hidden"> — ${s.viewOriginal}</span>`:r}</a
              >`:b}
        </p>`:f?n`<p class="reply-meta"><a class="permalink" href=${f} rel="ugc nofollow noopener">${s.viewOriginal}</a></p>`:r}
  </figure>`}var Ne=t`
  .reply {
    margin: 0;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.5);
  }
  .reply-author {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.625);
    min-inline-size: 0;
  }
  .avatar {
    position: relative;
    flex: none;
    inline-size: 40px;
    block-size: 40px;
    border-radius: 50%;
    overflow: hidden;
    background: var(--_subtle);
    color: var(--_muted);
    display: grid;
    place-items: center;
    font-size: 0.875em;
    font-weight: 600;
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.5em;
    min-inline-size: 0;
  }
  .name {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  a.name {
    color: inherit;
  }
  .handle,
  .reply-meta {
    color: var(--_muted);
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }
  .context {
    font-size: 0.75em;
    padding: 0.125em 0.5em;
    border-radius: 999px;
    background: var(--_subtle);
    color: var(--_text);
  }
  .quote {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .quote p {
    margin: 0;
    white-space: pre-line;
  }
  .reply-meta {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .reply-meta .platform + .permalink::before,
  .reply-meta .platform + time::before {
    content: '·';
    display: inline-block;
    margin-inline-end: 0.5em;
    color: var(--_muted);
  }
  .permalink {
    color: inherit;
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
`;export{d as a,s as c,be as i,Me as n,h as o,xe as r,c as s,Ne as t};