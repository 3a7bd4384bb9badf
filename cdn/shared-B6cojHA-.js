import{_ as e,c as t,d as n,f as r,g as i,h as a,i as o,m as s,n as c,o as l,p as u,r as d,t as f,u as p,v as m}from"./shared-C_54mWv5.js";var h=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function g(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return h(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return h(n,r,{get(){return a(this)}})}}var _=/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;function v(e){let t=e.trim(),n=t.lastIndexOf(`@`);return n<0?t:t.slice(0,n)+t.slice(n).toLowerCase()}function y(e){let t=v(e);return t.length<=254&&_.test(t)}var b=class e extends Event{static{this.eventName=`signup-submit`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0,cancelable:!0}),this.detail=t}},x=class e extends Event{static{this.eventName=`signup-success`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},S=class e extends Event{static{this.eventName=`signup-error`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},C=i`
  :host {
    display: block;
  }
  .surface {
    --_padding: var(--newsletter-signup-padding, 1.25rem);
    --_gap: var(--newsletter-signup-gap, 0.75rem);
    --_box-radius: var(--newsletter-signup-radius, var(--_radius));
    --_control-radius: var(--newsletter-signup-control-radius, 6px);
    --_border-width: var(--newsletter-signup-border-width, 1px);
    --_button: var(--newsletter-signup-button-color, var(--_accent));
    --_button-text: var(--newsletter-signup-button-text-color, var(--_accent-text));
    position: relative;
    container-type: inline-size;
    display: grid;
    gap: var(--_gap);
    padding: var(--_padding);
    border: var(--_border-width) solid var(--_border);
    border-radius: var(--_box-radius);
  }
  h2,
  ::slotted([slot='heading']) {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .description {
    color: var(--_muted);
  }
  form,
  .field {
    display: grid;
    gap: var(--_gap);
  }
  .field {
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input[type='email'],
  input[type='text'] {
    flex: 1 1 14rem;
    min-inline-size: 0;
    min-block-size: 2.75rem;
    padding: 0.5rem 0.75rem;
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_muted);
    border-radius: var(--_control-radius);
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: 0 0 0 1px var(--_danger);
  }
  button {
    flex: 0 0 auto;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1.25rem;
    font: inherit;
    font-weight: 600;
    color: var(--_button-text);
    background: var(--_button);
    border: 1px solid transparent;
    border-radius: var(--_control-radius);
    cursor: pointer;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  @container (max-inline-size: 22rem) {
    button {
      flex-basis: 100%;
    }
  }
  .consent {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: start;
    gap: 0.25rem 0.5rem;
  }
  ::slotted([slot='privacy']) {
    grid-column: 2;
  }
  .consent label {
    font-weight: normal;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .error,
  .message {
    margin: 0;
  }
  .error,
  .message.error {
    color: var(--_danger);
  }
  .message.success {
    color: var(--_success);
    font-weight: 600;
  }
  .message:empty {
    display: none;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
    [aria-invalid='true'] {
      border-color: Mark;
    }
  }
`,w=`story-widgets:signup:`;function T(e,t){try{return localStorage.setItem(w+e,JSON.stringify(t)),!0}catch{return!1}}function E(e){try{localStorage.removeItem(w+e)}catch{}}function D(e){try{let t=localStorage.getItem(w+e);if(t===null)return;localStorage.removeItem(w+e);let{email:n,name:r,consent:i,tags:a,source:o,fields:s}=JSON.parse(t)??{};return typeof n!=`string`||!y(n)?void 0:{email:n,name:typeof r==`string`?r:void 0,consent:i===!0||void 0,tags:Array.isArray(a)?a.filter(e=>typeof e==`string`):[],source:typeof o==`string`?o:location.href,fields:Array.isArray(s)?s.filter(e=>Array.isArray(e)&&e.length===2&&e.every(e=>typeof e==`string`)):void 0}}catch{return}}async function O(e){let t=navigator.locks;if(!t)return D(e);try{return await t.request(w+e,()=>D(e))}catch{return D(e)}}async function k(e,t,n){try{return await fetch(e,{method:`POST`,credentials:`omit`,...t,signal:n})}catch{return n.aborted?{error:`timeout`}:{error:`network`,unreached:!0}}}async function A(e){try{return await e.json()}catch{return}}function j(e,t){return typeof e==`object`&&e?e[t]:void 0}function M(e){if(!e)return;let t=/^\s*\d+\s*$/.test(e)?Number(e):Math.ceil((Date.parse(e)-Date.now())/1e3);return t>0&&t<86400?t:void 0}function N(e,t){let{status:n}=e;return n===429?{error:`rate-limited`,retryAfter:M(e.headers.get(`Retry-After`))}:n>=500||n<400?{error:`server`}:{error:/email/i.test(JSON.stringify(t??``))?`invalid`:`rejected`}}var P=[`subscribed`,`pending`,`already`];function F(e){return typeof e==`string`&&P.includes(e)?{status:e}:void 0}async function I(e,t,n,r){let i=await k(t,{mode:`no-cors`,body:new URLSearchParams(e)},n);if(!(i instanceof Response))return i;if(i.type===`opaque`)return{status:`pending`};let a=await A(i);return i.ok?F(j(a,`status`))??r:N(i,void 0)}function L(e,t,n,r){if(e.fields)return e.fields;let i=[[t,e.email]];e.name&&i.push([n,e.name]),e.consent&&i.push([`consent`,`on`]);for(let t of e.tags)i.push([r,t]);return i}var R={send(e,{action:t,signal:n,emailFieldName:r,nameFieldName:i}){return I(L(e,r||`email`,i||`name`,`tag`),t,n,{status:`subscribed`})}},z={send(e,{action:t,signal:n}){let r=L(e,`email`,`metadata__name`,`tag`);return e.fields||r.push([`embed`,`1`]),I(r,t,n,{status:`pending`})}},B={async send({email:e,name:t,consent:n,source:r,tags:i},{action:a,signal:o}){let s={email:e,name:t,consent:n,source:r,tags:i.length?i:void 0},c=await k(a,{headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify(s)},o);if(!(c instanceof Response))return c;let l=await A(c);return c.ok?F(j(l,`status`))??{error:`server`}:N(c,j(j(l,`error`),`code`))}},V={async send({email:e,name:t,tags:n},{action:r,signal:i}){let a=new URL(r);a.pathname=a.pathname.replace(/\/*$/,`/`);let o=a.origin+a.pathname,s=await k(`${o}members/api/integrity-token/`,{method:`GET`},i);if(!(s instanceof Response))return s;if(!s.ok)return N(s,void 0);let c=(await s.text().catch(()=>``)).trim(),l={email:e,emailType:`subscribe`,name:t,labels:n.length?n:void 0,integrityToken:c},u=await k(`${o}members/api/send-magic-link/`,{headers:{"Content-Type":`application/json`},body:JSON.stringify(l)},i);return u instanceof Response?u.ok?{status:`pending`}:N(u,await A(u)):u}},H={async send({email:e,name:t,tags:n},{action:r,signal:i,apiKey:a}){let o=n.map(Number).filter(Number.isInteger),s={api_key:a,email:e,first_name:t,tags:o.length?o:void 0},c=await k(r,{headers:{"Content-Type":`application/json; charset=utf-8`,Accept:`application/json`},body:JSON.stringify(s)},i);if(!(c instanceof Response))return c;let l=await A(c);if(!c.ok)return N(c,l);let u=j(j(l,`subscription`),`state`);return typeof u==`string`?{status:u===`active`?`subscribed`:`pending`}:{error:`server`}}},U;function W(e){let t=globalThis.trustedTypes;return t?(U??=t.createPolicy(`story-widgets`,{createScriptURL:e=>e}),U.createScriptURL(e)):e}function G(e){return e.protocol===`https:`&&/(^|\.)list-manage\.com$/i.test(e.hostname)}var K=0;function q(e,t){let n=`storyWidgetsSignup${Date.now().toString(36)}${K++}`;e.searchParams.set(`c`,n);let r=window,i=document.createElement(`script`),a=!1;return new Promise(o=>{let s=e=>{a||(a=!0,r[n]=()=>delete r[n],e!==`timeout`&&delete r[n],i.remove(),t.removeEventListener(`abort`,c),o(e))},c=()=>s(`timeout`);r[n]=e=>s({data:e}),i.onerror=i.onload=()=>s(`failed`),t.addEventListener(`abort`,c);try{i.src=W(e.href)}catch(e){console.warn('story-widgets: this page’s Content Security Policy refused the Trusted Types policy "story-widgets", needed to load Mailchimp’s answer. Add `story-widgets` to the `trusted-types` directive.',e),s(`refused`);return}document.head.append(i)})}function J(e){let t=j(e,`result`),n=String(j(e,`msg`)??``);return t===`success`?{status:/confirm/i.test(n)?`pending`:`subscribed`}:t===`error`?/already subscribed/i.test(n)?{status:`already`}:/too many/i.test(n)?{error:`rate-limited`}:/^\d+ - |valid|email address/i.test(n)?{error:`invalid`}:{error:`rejected`}:{error:`server`}}function Y(e=G){return{async send(t,{action:n,signal:r}){let i=new URL(n);if(!e(i))return console.warn(`story-widgets: provider="mailchimp" needs your form’s https://….list-manage.com/subscribe/post URL as action, not ${i.origin}.`),{error:`server`};i.pathname=i.pathname.replace(/\/subscribe\/post(-json)?\/?$/,`/subscribe/post-json`);let a=i.searchParams,o=`b_${a.get(`u`)}_${a.get(`id`)}`,s=L({...t,tags:[]},`EMAIL`,`FNAME`,``);t.fields||(t.tags.length&&s.push([`tags`,t.tags.join(`,`)]),s.push([o,``]));for(let[e,t]of s)a.append(e,t);let c=await q(i,r);return c===`timeout`?{error:`timeout`}:c===`refused`?{error:`network`}:c===`failed`?{error:`network`,unreached:!navigator.onLine}:J(c.data)}}}var X={endpoint:B,form:R,mailchimp:Y(),buttondown:z,kit:H,ghost:V};function Z(){let e=location.href.split(`#`)[0];return/^https?:/.test(e)&&e.length<=2048?e:void 0}var Q=class extends u{static{this.kit=m}static{this.styles=[o,C]}get state(){return this.status}constructor(){super(),this.status=`idle`,this.message=``,this.themeController=new d(this),this.shownAt=0,this.hostFieldCleanups=[],this.action=``,this.provider=`endpoint`,this.heading=``,this.description=``,this.buttonLabel=``,this.successMessage=``,this.nameField=!1,this.consent=``,this.tags=``,this.apiKey=``,this.emailFieldName=``,this.nameFieldName=``,this.timeout=1e4,this.minFillTime=1500,this.honeypot=`sw-hp`,this.noHoneypot=!1,this.theme=`auto`,this.takeOverHostSubmit=e=>{let t=e.target;if(!(t instanceof HTMLFormElement)||t!==this.hostForm)return;let n=this.readHostForm(t);n&&(e.preventDefault(),this.submit(n))},this.submitOwnForm=e=>{e.preventDefault();let t=this.renderRoot,n=e=>t.querySelector(`#${e}`),r=n(`consent`);this.submit({email:this.emailInput?.value??``,name:this.nameField?n(`name`)?.value.trim():void 0,consent:r?.required?r.checked:void 0,trap:n(`trap`)?.value??``,inputs:{email:this.emailInput,consent:r??void 0}})},this.sendSaved=async()=>{let e=this.actionUrl;if(!e||this.status===`submitting`)return;let t=`${this.provider} ${e}`,n=await O(t);n&&(this.status===`submitting`?T(t,n):await this.deliver(n))},this.addEventListener(`submit`,this.takeOverHostSubmit)}connectedCallback(){super.connectedCallback(),addEventListener(`online`,this.sendSaved),this.updateComplete.then(()=>{navigator.onLine&&this.sendSaved()})}disconnectedCallback(){super.disconnectedCallback(),removeEventListener(`online`,this.sendSaved)}firstUpdated(){this.shownAt=this.hostForm?0:performance.now()}updated(){let e=this.hostForm;e&&(e.noValidate=!0)}get hostForm(){return this.querySelector(`form`)}get text(){return p(t(this),this.strings)}get actionUrl(){return c(this.action||this.hostForm?.getAttribute(`action`),`media`)}hasSlotted(e){return!!this.querySelector(`:scope > [slot="${e}"]`)}readHostForm(e){let t=e.querySelector(`input[type=email], input[name="${CSS.escape(this.emailFieldName||`email`)}"]`);if(!t)return;let n=e.querySelector(`input[name="${CSS.escape(this.nameFieldName||`name`)}"], input[autocomplete="name"], input[autocomplete="given-name"]`),r=e.querySelector(`input[type=checkbox][required]`),i=e.querySelector(`[name="${CSS.escape(this.honeypot)}"]`),a=v(t.value),o=[];for(let[n,r]of new FormData(e))typeof r==`string`&&n!==this.honeypot&&o.push([n,n===t.name?a:r]);return{email:t.value,name:n?.value.trim(),consent:r?r.checked:void 0,trap:this.noHoneypot?``:i?.value??``,fields:o,inputs:{email:t,consent:r??void 0}}}submit(e){if(this.status===`submitting`)return;this.clearFieldErrors();let t=this.text,n=v(e.email),r=n?y(n)?e.consent===!1?[`consent`,t.consentMissing]:void 0:[`email`,t.emailInvalid]:[`email`,t.emailMissing];if(r){this.showFieldError(r[0],r[1],e.inputs[r[0]]),this.fail(n,`invalid`,r[1]);return}let i=this.minFillTime>0&&performance.now()-this.shownAt<this.minFillTime;if(!this.noHoneypot&&e.trap||i){this.status=`subscribed`,this.message=this.successMessage||t.subscribed;return}let a=e.name||void 0,o=new b({email:n,name:a,provider:this.provider});if(this.dispatchEvent(o),o.defaultPrevented)return;let s={email:n,name:a,consent:e.consent,tags:this.tags.split(`,`).map(e=>e.trim()).filter(Boolean),source:Z(),fields:e.fields};this.deliver(s)}async deliver(e){let t=this.actionUrl,n=Object.hasOwn(X,this.provider)?X[this.provider]:void 0;if(!t||!n){console.warn(t?`story-widgets: <newsletter-signup> has no provider "${this.provider}"; use one of ${Object.keys(X).join(`, `)}.`:"<newsletter-signup> needs an http(s) `action` (or a form with one) to send signups to."),this.fail(e.email,`server`,this.text.server);return}let r=`${this.provider} ${t}`;E(r),this.status=`submitting`,this.message=this.text.submitting,this.setHostBusy(!0);let i=new AbortController,a=setTimeout(()=>i.abort(),this.timeout>0?this.timeout:1e4),o;try{o=await n.send(e,{action:t,signal:i.signal,apiKey:this.apiKey,emailFieldName:this.emailFieldName,nameFieldName:this.nameFieldName})}catch(e){console.warn(`story-widgets: <newsletter-signup> could not send:`,e),o={error:`server`}}clearTimeout(a),this.setHostBusy(!1);let s=this.text;if(`status`in o){let{status:t}=o;this.status=t,this.message=t!==`already`&&this.successMessage||s[t],this.dispatchEvent(new x({email:e.email,status:t}));return}let{error:c,retryAfter:u,unreached:d}=o;d&&T(r,e)?this.fail(e.email,`network`,navigator.onLine?s.savedForLater:s.queued):(c===`invalid`&&this.showFieldError(`email`,s.emailInvalid,this.hostForm?void 0:this.emailInput),this.fail(e.email,c,c===`rate-limited`?u?l(s.rateLimited,{seconds:u}):s.rateLimitedShort:c===`invalid`?s.emailInvalid:s[c]))}fail(e,t,n){this.status=`error`,this.announce(n),this.dispatchEvent(new S({email:e,reason:t,message:n}))}announce(e){e===this.message?(this.message=``,this.updateComplete.then(()=>{this.message||=e})):this.message=e}showFieldError(e,t,n){let r=this.hostForm;if(!r){this.fieldError={field:e,message:t};return}let i=n??r.querySelector(`input[type=email]`);if(!i)return;let a=document.createElement(`p`);a.id=`newsletter-signup-error-${Math.random().toString(36).slice(2)}`,a.setAttribute(`data-newsletter-signup-error`,``),a.textContent=t,(i.closest(`label`)??i).after(a);let o=i.getAttribute(`aria-describedby`);i.setAttribute(`aria-invalid`,`true`),i.setAttribute(`aria-describedby`,`${o??``} ${a.id}`.trim()),this.hostFieldCleanups.push(()=>{a.remove(),i.removeAttribute(`aria-invalid`),o===null?i.removeAttribute(`aria-describedby`):i.setAttribute(`aria-describedby`,o)})}clearFieldErrors(){this.fieldError=void 0,this.hostFieldCleanups.forEach(e=>e()),this.hostFieldCleanups=[]}setHostBusy(e){let t=this.hostForm;if(t)for(let n of[t,...t.querySelectorAll(`button:not([type=button]), input[type=submit]`)])e?n.setAttribute(n===t?`aria-busy`:`aria-disabled`,`true`):n.removeAttribute(n===t?`aria-busy`:`aria-disabled`)}fieldAttributes(e){let t=this.fieldError?.field===e;return{invalid:t?`true`:s,describedBy:t?`${e}-error`:s}}render(){let e=this.text,t=this.status===`submitting`,n=!!this.hostForm,r=!!this.consent||this.hasSlotted(`consent`),i=this.fieldAttributes(`email`),o=this.fieldAttributes(`consent`),c=this.status===`error`?`error`:this.status===`submitting`||this.status===`idle`?``:`success`,l=()=>this.requestUpdate(),u=!!this.fieldError||this.hostFieldCleanups.length>0;return a`
      <div part="base" class="surface ${this.themeController.scheme}">
        <div class="heading" ?hidden=${!this.heading&&!this.hasSlotted(`heading`)}>
          <slot name="heading" @slotchange=${l}><h2 part="heading">${this.heading}</h2></slot>
        </div>
        <div part="description" class="description" ?hidden=${!this.description&&!this.hasSlotted(`description`)}>
          <slot name="description" @slotchange=${l}>${this.description}</slot>
        </div>
        <div class="host-form" ?hidden=${!n}><slot @slotchange=${l}></slot></div>
        <form part="form" ?hidden=${n} novalidate aria-busy=${t?`true`:s} @submit=${this.submitOwnForm}>
          ${this.nameField?a`<div class="field">
                <label part="label" for="name">${e.nameLabel}</label>
                <input part="input" id="name" name="name" type="text" autocomplete="name" />
              </div>`:s}
          <div class="field">
            <label part="label" for="email">${e.emailLabel}</label>
            <div class="row">
              <input
                part="input"
                id="email"
                name="email"
                type="email"
                autocomplete="email"
                spellcheck="false"
                autocapitalize="off"
                required
                aria-invalid=${i.invalid}
                aria-describedby=${i.describedBy}
              />
              <button part="button" type="submit" aria-disabled=${t?`true`:s}>
                ${t?e.submitting:this.buttonLabel||e.subscribe}
              </button>
            </div>
            <p part="error" id="email-error" class="error" ?hidden=${i.invalid===s}>${this.fieldError?.message}</p>
          </div>
          <div part="consent" class="consent" ?hidden=${!r}>
            <input
              part="checkbox"
              id="consent"
              type="checkbox"
              ?required=${r}
              aria-invalid=${o.invalid}
              aria-describedby=${o.describedBy}
            />
            <label for="consent"><slot name="consent" @slotchange=${l}>${this.consent}</slot></label>
            <slot name="privacy"></slot>
          </div>
          <p part="error" id="consent-error" class="error" ?hidden=${o.invalid===s}>${this.fieldError?.message}</p>
          ${this.noHoneypot?s:a`<div class="visually-hidden" aria-hidden="true">
                <label for="trap">${e.honeypot}</label>
                <input id="trap" name=${this.honeypot} type="text" tabindex="-1" autocomplete="off" />
              </div>`}
        </form>
        <p part="message" class="message ${c} ${u?`visually-hidden`:``}" role="status">${this.message}</p>
      </div>
    `}};f([n()],Q.prototype,`status`,void 0),f([n()],Q.prototype,`message`,void 0),f([n()],Q.prototype,`fieldError`,void 0),f([g(`#email`)],Q.prototype,`emailInput`,void 0),f([r()],Q.prototype,`action`,void 0),f([r()],Q.prototype,`provider`,void 0),f([r()],Q.prototype,`heading`,void 0),f([r()],Q.prototype,`description`,void 0),f([r({attribute:`button-label`})],Q.prototype,`buttonLabel`,void 0),f([r({attribute:`success-message`})],Q.prototype,`successMessage`,void 0),f([r({type:Boolean,attribute:`name-field`})],Q.prototype,`nameField`,void 0),f([r()],Q.prototype,`consent`,void 0),f([r()],Q.prototype,`tags`,void 0),f([r({attribute:`api-key`})],Q.prototype,`apiKey`,void 0),f([r({attribute:`email-field-name`})],Q.prototype,`emailFieldName`,void 0),f([r({attribute:`name-field-name`})],Q.prototype,`nameFieldName`,void 0),f([r({type:Number})],Q.prototype,`timeout`,void 0),f([r({type:Number,attribute:`min-fill-time`})],Q.prototype,`minFillTime`,void 0),f([r()],Q.prototype,`honeypot`,void 0),f([r({type:Boolean,attribute:`no-honeypot`})],Q.prototype,`noHoneypot`,void 0),f([r()],Q.prototype,`theme`,void 0),f([r({attribute:!1})],Q.prototype,`strings`,void 0),e(`newsletter-signup`,Q);export{x as i,S as n,b as r,Q as t};