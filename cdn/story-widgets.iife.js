var StoryWidgets=(function(e){Object.defineProperty(e,Symbol.toStringTag,{value:`Module`});var t=`story-widgets`,n=globalThis,r=n.ShadowRoot&&(n.ShadyCSS===void 0||n.ShadyCSS.nativeShadow)&&`adoptedStyleSheets`in Document.prototype&&`replace`in CSSStyleSheet.prototype,i=Symbol(),a=new WeakMap,o=class{constructor(e,t,n){if(this._$cssResult$=!0,n!==i)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(r&&e===void 0){let n=t!==void 0&&t.length===1;n&&(e=a.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),n&&a.set(t,e))}return e}toString(){return this.cssText}},s=e=>new o(typeof e==`string`?e:e+``,void 0,i),c=(e,...t)=>new o(e.length===1?e[0]:t.reduce((t,n,r)=>t+(e=>{if(!0===e._$cssResult$)return e.cssText;if(typeof e==`number`)return e;throw Error(`Value passed to 'css' function must be a 'css' function result: `+e+`. Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.`)})(n)+e[r+1],e[0]),e,i),l=(e,t)=>{if(r)e.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let r of t){let t=document.createElement(`style`),i=n.litNonce;i!==void 0&&t.setAttribute(`nonce`,i),t.textContent=r.cssText,e.appendChild(t)}},u=r?e=>e:e=>e instanceof CSSStyleSheet?(e=>{let t=``;for(let n of e.cssRules)t+=n.cssText;return s(t)})(e):e,{is:d,defineProperty:f,getOwnPropertyDescriptor:ee,getOwnPropertyNames:p,getOwnPropertySymbols:te,getPrototypeOf:ne}=Object,re=globalThis,ie=re.trustedTypes,ae=ie?ie.emptyScript:``,oe=re.reactiveElementPolyfillSupport,m=(e,t)=>e,se={toAttribute(e,t){switch(t){case Boolean:e=e?ae:null;break;case Object:case Array:e=e==null?e:JSON.stringify(e)}return e},fromAttribute(e,t){let n=e;switch(t){case Boolean:n=e!==null;break;case Number:n=e===null?null:Number(e);break;case Object:case Array:try{n=JSON.parse(e)}catch{n=null}}return n}},ce=(e,t)=>!d(e,t),le={attribute:!0,type:String,converter:se,reflect:!1,useDefault:!1,hasChanged:ce};Symbol.metadata??=Symbol(`metadata`),re.litPropertyMetadata??=new WeakMap;var h=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=le){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let n=Symbol(),r=this.getPropertyDescriptor(e,n,t);r!==void 0&&f(this.prototype,e,r)}}static getPropertyDescriptor(e,t,n){let{get:r,set:i}=ee(this.prototype,e)??{get(){return this[t]},set(e){this[t]=e}};return{get:r,set(t){let a=r?.call(this);i?.call(this,t),this.requestUpdate(e,a,n)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??le}static _$Ei(){if(this.hasOwnProperty(m(`elementProperties`)))return;let e=ne(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(m(`finalized`)))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(m(`properties`))){let e=this.properties,t=[...p(e),...te(e)];for(let n of t)this.createProperty(n,e[n])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[e,n]of t)this.elementProperties.set(e,n)}this._$Eh=new Map;for(let[e,t]of this.elementProperties){let n=this._$Eu(e,t);n!==void 0&&this._$Eh.set(n,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let n=new Set(e.flat(1/0).reverse());for(let e of n)t.unshift(u(e))}else e!==void 0&&t.push(u(e));return t}static _$Eu(e,t){let n=t.attribute;return!1===n?void 0:typeof n==`string`?n:typeof e==`string`?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let n of t.keys())this.hasOwnProperty(n)&&(e.set(n,this[n]),delete this[n]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return l(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,n){this._$AK(e,n)}_$ET(e,t){let n=this.constructor.elementProperties.get(e),r=this.constructor._$Eu(e,n);if(r!==void 0&&!0===n.reflect){let i=(n.converter?.toAttribute===void 0?se:n.converter).toAttribute(t,n.type);this._$Em=e,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(e,t){let n=this.constructor,r=n._$Eh.get(e);if(r!==void 0&&this._$Em!==r){let e=n.getPropertyOptions(r),i=typeof e.converter==`function`?{fromAttribute:e.converter}:e.converter?.fromAttribute===void 0?se:e.converter;this._$Em=r;let a=i.fromAttribute(t,e.type);this[r]=a??this._$Ej?.get(r)??a,this._$Em=null}}requestUpdate(e,t,n,r=!1,i){if(e!==void 0){let a=this.constructor;if(!1===r&&(i=this[e]),n??=a.getPropertyOptions(e),!((n.hasChanged??ce)(i,t)||n.useDefault&&n.reflect&&i===this._$Ej?.get(e)&&!this.hasAttribute(a._$Eu(e,n))))return;this.C(e,t,n)}!1===this.isUpdatePending&&(this._$ES=this._$EP())}C(e,t,{useDefault:n,reflect:r,wrapped:i},a){n&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,a??t??this[e]),!0!==i||a!==void 0)||(this._$AL.has(e)||(this.hasUpdated||n||(t=void 0),this._$AL.set(e,t)),!0===r&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[e,t]of this._$Ep)this[e]=t;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[t,n]of e){let{wrapped:e}=n,r=this[t];!0!==e||this._$AL.has(t)||r===void 0||this.C(t,void 0,n,r)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(t){throw e=!1,this._$EM(),t}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(e){}firstUpdated(e){}};h.elementStyles=[],h.shadowRootOptions={mode:`open`},h[m(`elementProperties`)]=new Map,h[m(`finalized`)]=new Map,oe?.({ReactiveElement:h}),(re.reactiveElementVersions??=[]).push(`2.1.2`);var ue=globalThis,de=e=>e,fe=ue.trustedTypes,pe=fe&&!globalThis[Symbol.for(`story-widgets.lit-running`)]?fe.createPolicy(`lit-html`,{createHTML:e=>e}):void 0,me=`$lit$`,g=`lit$${Math.random().toFixed(9).slice(2)}$`,he=`?`+g,ge=`<${he}>`,_=document,v=()=>_.createComment(``),_e=e=>e===null||typeof e!=`object`&&typeof e!=`function`,ve=Array.isArray,ye=e=>ve(e)||typeof e?.[Symbol.iterator]==`function`,be=`[ 	
\f\r]`,xe=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Se=/-->/g,Ce=/>/g,y=RegExp(`>|${be}(?:([^\\s"'>=/]+)(${be}*=${be}*(?:[^ \t\n\f\r"'\`<>=]|("|')|))|$)`,`g`),we=/'/g,Te=/"/g,Ee=/^(?:script|style|textarea|title)$/i,b=(e=>(t,...n)=>({_$litType$:e,strings:t,values:n}))(1),x=Symbol.for(`lit-noChange`),S=Symbol.for(`lit-nothing`),De=new WeakMap,C=_.createTreeWalker(_,129);function Oe(e,t){if(!ve(e)||!e.hasOwnProperty(`raw`))throw Error(`invalid template strings array`);return pe===void 0?t:pe.createHTML(t)}var ke=(e,t)=>{let n=e.length-1,r=[],i,a=t===2?`<svg>`:t===3?`<math>`:``,o=xe;for(let t=0;t<n;t++){let n=e[t],s,c,l=-1,u=0;for(;u<n.length&&(o.lastIndex=u,c=o.exec(n),c!==null);)u=o.lastIndex,o===xe?c[1]===`!--`?o=Se:c[1]===void 0?c[2]===void 0?c[3]!==void 0&&(o=y):(Ee.test(c[2])&&(i=RegExp(`</`+c[2],`g`)),o=y):o=Ce:o===y?c[0]===`>`?(o=i??xe,l=-1):c[1]===void 0?l=-2:(l=o.lastIndex-c[2].length,s=c[1],o=c[3]===void 0?y:c[3]===`"`?Te:we):o===Te||o===we?o=y:o===Se||o===Ce?o=xe:(o=y,i=void 0);let d=o===y&&e[t+1].startsWith(`/>`)?` `:``;a+=o===xe?n+ge:l>=0?(r.push(s),n.slice(0,l)+me+n.slice(l)+g+d):n+g+(l===-2?t:d)}return[Oe(e,a+(e[n]||`<?>`)+(t===2?`</svg>`:t===3?`</math>`:``)),r]},Ae=class e{constructor({strings:t,_$litType$:n},r){let i;this.parts=[];let a=0,o=0,s=t.length-1,c=this.parts,[l,u]=ke(t,n);if(this.el=e.createElement(l,r),C.currentNode=this.el.content,n===2||n===3){let e=this.el.content.firstChild;e.replaceWith(...e.childNodes)}for(;(i=C.nextNode())!==null&&c.length<s;){if(i.nodeType===1){if(i.hasAttributes())for(let e of i.getAttributeNames())if(e.endsWith(me)){let t=u[o++],n=i.getAttribute(e).split(g),r=/([.?@])?(.*)/.exec(t);c.push({type:1,index:a,name:r[2],strings:n,ctor:r[1]===`.`?Pe:r[1]===`?`?Fe:r[1]===`@`?Ie:Ne}),i.removeAttribute(e)}else e.startsWith(g)&&(c.push({type:6,index:a}),i.removeAttribute(e));if(Ee.test(i.tagName)){let e=i.textContent.split(g),t=e.length-1;if(t>0){i.textContent=fe?fe.emptyScript:``;for(let n=0;n<t;n++)i.append(e[n],v()),C.nextNode(),c.push({type:2,index:++a});i.append(e[t],v())}}}else if(i.nodeType===8){if(i.data===he)c.push({type:2,index:a});else{let e=-1;for(;(e=i.data.indexOf(g,e+1))!==-1;)c.push({type:7,index:a}),e+=g.length-1}}a++}}static createElement(e,t){let n=_.createElement(`template`);return n.innerHTML=e,n}};function w(e,t,n=e,r){if(t===x)return t;let i=r===void 0?n._$Cl:n._$Co?.[r],a=_e(t)?void 0:t._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(e),i._$AT(e,n,r)),r===void 0?n._$Cl=i:(n._$Co??=[])[r]=i),i!==void 0&&(t=w(e,i._$AS(e,t.values),i,r)),t}var je=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:n}=this._$AD,r=(e?.creationScope??_).importNode(t,!0);C.currentNode=r;let i=C.nextNode(),a=0,o=0,s=n[0];for(;s!==void 0;){if(a===s.index){let t;s.type===2?t=new Me(i,i.nextSibling,this,e):s.type===1?t=new s.ctor(i,s.name,s.strings,this,e):s.type===6&&(t=new Le(i,this,e)),this._$AV.push(t),s=n[++o]}a!==s?.index&&(i=C.nextNode(),a++)}return C.currentNode=_,r}p(e){let t=0;for(let n of this._$AV)n!==void 0&&(n.strings===void 0?n._$AI(e[t]):(n._$AI(e,n,t),t+=n.strings.length-2)),t++}},Me=class e{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,n,r){this.type=2,this._$AH=S,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=n,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=w(this,e,t),_e(e)?e===S||e==null||e===``?(this._$AH!==S&&this._$AR(),this._$AH=S):e!==this._$AH&&e!==x&&this._(e):e._$litType$===void 0?e.nodeType===void 0?ye(e)?this.k(e):this._(e):this.T(e):this.$(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==S&&_e(this._$AH)?this._$AA.nextSibling.data=e:this.T(_.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:n}=e,r=typeof n==`number`?this._$AC(e):(n.el===void 0&&(n.el=Ae.createElement(Oe(n.h,n.h[0]),this.options)),n);if(this._$AH?._$AD===r)this._$AH.p(t);else{let e=new je(r,this),n=e.u(this.options);e.p(t),this.T(n),this._$AH=e}}_$AC(e){let t=De.get(e.strings);return t===void 0&&De.set(e.strings,t=new Ae(e)),t}k(t){ve(this._$AH)||(this._$AH=[],this._$AR());let n=this._$AH,r,i=0;for(let a of t)i===n.length?n.push(r=new e(this.O(v()),this.O(v()),this,this.options)):r=n[i],r._$AI(a),i++;i<n.length&&(this._$AR(r&&r._$AB.nextSibling,i),n.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let t=de(e).nextSibling;de(e).remove(),e=t}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Ne=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,n,r,i){this.type=1,this._$AH=S,this._$AN=void 0,this.element=e,this.name=t,this._$AM=r,this.options=i,n.length>2||n[0]!==``||n[1]!==``?(this._$AH=Array(n.length-1).fill(new String),this.strings=n):this._$AH=S}_$AI(e,t=this,n,r){let i=this.strings,a=!1;if(i===void 0)e=w(this,e,t,0),a=!_e(e)||e!==this._$AH&&e!==x,a&&(this._$AH=e);else{let r=e,o,s;for(e=i[0],o=0;o<i.length-1;o++)s=w(this,r[n+o],t,o),s===x&&(s=this._$AH[o]),a||=!_e(s)||s!==this._$AH[o],s===S?e=S:e!==S&&(e+=(s??``)+i[o+1]),this._$AH[o]=s}a&&!r&&this.j(e)}j(e){e===S?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??``)}},Pe=class extends Ne{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===S?void 0:e}},Fe=class extends Ne{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==S)}},Ie=class extends Ne{constructor(e,t,n,r,i){super(e,t,n,r,i),this.type=5}_$AI(e,t=this){if((e=w(this,e,t,0)??S)===x)return;let n=this._$AH,r=e===S&&n!==S||e.capture!==n.capture||e.once!==n.once||e.passive!==n.passive,i=e!==S&&(n===S||r);r&&this.element.removeEventListener(this.name,this,n),i&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH==`function`?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},Le=class{constructor(e,t,n){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=n}get _$AU(){return this._$AM._$AU}_$AI(e){w(this,e)}},Re=ue.litHtmlPolyfillSupport;Re?.(Ae,Me),(ue.litHtmlVersions??=[]).push(`3.3.3`);var ze=(e,t,n)=>{let r=n?.renderBefore??t,i=r._$litPart$;if(i===void 0){let e=n?.renderBefore??null;r._$litPart$=i=new Me(t.insertBefore(v(),e),e,void 0,n??{})}return i._$AI(e),i},Be=globalThis,T=class extends h{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=ze(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return x}};T._$litElement$=!0,T.finalized=!0,Be.litElementHydrateSupport?.({LitElement:T});var Ve=Be.litElementPolyfillSupport;Ve?.({LitElement:T}),(Be.litElementVersions??=[]).push(`4.2.2`);var He={attribute:!0,type:String,converter:se,reflect:!1,hasChanged:ce},Ue=(e=He,t,n)=>{let{kind:r,metadata:i}=n,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),r===`setter`&&((e=Object.create(e)).wrapped=!0),a.set(n.name,e),r===`accessor`){let{name:r}=n;return{set(n){let i=t.get.call(this);t.set.call(this,n),this.requestUpdate(r,i,e,!0,n)},init(t){return t!==void 0&&this.C(r,void 0,e,t),t}}}if(r===`setter`){let{name:r}=n;return function(n){let i=this[r];t.call(this,n),this.requestUpdate(r,i,e,!0,n)}}throw Error(`Unsupported decorator location: `+r)};function E(e){return(t,n)=>typeof n==`object`?Ue(e,t,n):((e,t,n)=>{let r=t.hasOwnProperty(n);return t.constructor.createProperty(n,e),r?Object.getOwnPropertyDescriptor(t,n):void 0})(e,t,n)}function D(e){return E({...e,state:!0,attribute:!1})}var We=(e,t,n)=>(n.configurable=!0,n.enumerable=!0,Reflect.decorate&&typeof t!=`object`&&Object.defineProperty(e,t,n),n);function Ge(e,t){return(n,r,i)=>{let a=t=>t.renderRoot?.querySelector(e)??null;if(t){let{get:e,set:t}=typeof r==`object`?n:i??(()=>{let e=Symbol();return{get(){return this[e]},set(t){this[e]=t}}})();return We(n,r,{get(){let n=e.call(this);return n===void 0&&(n=a(this),(n!==null||this.hasUpdated)&&t.call(this,n)),n}})}return We(n,r,{get(){return a(this)}})}}var Ke=document.currentScript?.src||void 0;async function qe(e){if(!Ke)throw Error(`the kit’s own URL is unknown`);return import(new URL(`locales/${e}.js`,Ke).href)}var Je={readFullStory:`Read the full story`,showMoreReplies:`Show {count} more replies`,showOneMoreReply:`Show 1 more reply`,showFewerReplies:`Show fewer replies`,replies:`Replies`,byline:`By {name}`,hatTip:`H/T`,imageCredit:`Image: {credit}`,storyUnavailable:`Story unavailable`,postedOn:`Posted on {platform}`,viewOriginal:`View the original post`,emailLabel:`Email address`,nameLabel:`Name`,subscribe:`Subscribe`,submitting:`Subscribing…`,subscribed:`Thanks! You’re subscribed.`,pending:`Almost done: check your inbox to confirm your subscription.`,already:`You’re already subscribed. Thanks!`,emailMissing:`Enter your email address.`,emailInvalid:`Enter an email address like name@example.com.`,consentMissing:`Tick the box to agree before subscribing.`,network:`We couldn’t reach the server. Check your connection and try again.`,queued:`You’re offline. Your signup is saved and will be sent when you’re back online.`,savedForLater:`We couldn’t reach the server. Your signup is saved and will be sent automatically later.`,timeout:`The server took too long to answer. Please try again.`,rateLimited:`Too many attempts. Please try again in {seconds} seconds.`,rateLimitedShort:`Too many attempts. Please try again in a moment.`,server:`Something went wrong on our side. Please try again.`,rejected:`This email address couldn’t be subscribed. Check it and try again.`,honeypot:`Leave this field empty`},Ye=[`es`,`fr`,`de`,`ar`,`ja`],O=new Set,k,Xe,Ze=()=>O.forEach(e=>e()),Qe=Ze;function $e(){k=new MutationObserver(Ze);let e={attributes:!0,attributeFilter:[`class`,`data-theme`,`style`,`lang`]};k.observe(document.documentElement,e),document.body&&k.observe(document.body,e),Xe=matchMedia(`(prefers-color-scheme: dark)`),Xe.addEventListener(`change`,Ze)}function et(){k?.disconnect(),Xe?.removeEventListener(`change`,Ze),k=Xe=void 0}function tt(e){return O.size||$e(),O.add(e),()=>{O.delete(e),O.size||et()}}var A={en:Je},nt=new Set;function rt(e,t){let n=e.toLowerCase();A[n]={...A[n],...t},Qe()}function it(e){!nt.has(e)&&Ye.includes(e)&&(nt.add(e),qe(e).then(t=>{A[e]={...t.default,...A[e]},Qe()},t=>console.warn(`story-widgets: could not load the "${e}" strings, showing English:`,t)))}function at(e){let t=e;for(;t;){let e=t.closest(`[lang]`)?.getAttribute(`lang`);if(e)return e;let n=t.getRootNode();t=n instanceof ShadowRoot?n.host:null}return`en`}function ot(e,t){let n=e.toLowerCase(),r=n.split(`-`)[0];return it(r),{...Je,...A[r],...A[n],...t}}function st(e,t){return e.replace(/\{(\w+)\}/g,(e,n)=>n in t?String(t[n]):e)}function ct(e){return/^(ar|he|fa|ur|ps|sd|ug|yi|dv|ckb)(-|$)/i.test(e)?`rtl`:`ltr`}var lt=new Map;function ut(e,t){if(!e)return;let n=new Date(e);if(Number.isNaN(n.getTime()))return;let r=/^\d{4}-\d{2}-\d{2}$/.test(e.trim())?`UTC`:void 0,i=`${t}|${r??``}`,a=lt.get(i);if(!a){try{a=new Intl.DateTimeFormat(t,{dateStyle:`medium`,timeZone:r})}catch{a=new Intl.DateTimeFormat(`en`,{dateStyle:`medium`,timeZone:r})}lt.set(i,a)}return a.format(n)}var dt=class{constructor(e){this.host=e,this.version=0,this.changed=()=>{this.version++,this.host.requestUpdate()},e.addController(this)}get settled(){return document.readyState!==`loading`}hostConnected(){this.observer??=new MutationObserver(e=>{e.some(e=>e.target!==this.host||e.type!==`attributes`)&&this.changed()}),this.observer.observe(this.host,{childList:!0,subtree:!0,characterData:!0,attributes:!0}),this.settled||document.addEventListener(`DOMContentLoaded`,this.changed,{once:!0})}hostDisconnected(){this.observer?.disconnect(),document.removeEventListener(`DOMContentLoaded`,this.changed)}},ft=c`
  :host {
    font: inherit;
    color: inherit;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  .surface {
    --_text: var(--sw-color-text, #1b1b1f);
    --_muted: var(--sw-color-muted, #55565e);
    --_surface: var(--sw-color-surface, #ffffff);
    --_subtle: var(--sw-color-subtle, #f3f4f6);
    --_border: var(--sw-color-border, #d4d5da);
    --_accent: var(--sw-color-accent, #0b57d0);
    --_accent-text: var(--sw-color-on-accent, #ffffff);
    --_danger: var(--sw-color-danger, #b3261e);
    --_success: var(--sw-color-success, #146c2e);
    --_focus: var(--sw-color-focus, #0b57d0);
    --_radius: var(--sw-radius, 12px);
    --_space: var(--sw-space, 1rem);
    --_font: var(--sw-font-family, inherit);
    --_font-size: var(--sw-font-size, 1rem);
    --_line-height: var(--sw-line-height, 1.5);
    color: var(--_text);
    background: var(--_surface);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    color-scheme: light;
  }
  .surface.dark {
    --_text: var(--sw-color-text-dark, #ececf1);
    --_muted: var(--sw-color-muted-dark, #b4b6bf);
    --_surface: var(--sw-color-surface-dark, #17181c);
    --_subtle: var(--sw-color-subtle-dark, #24262c);
    --_border: var(--sw-color-border-dark, #3d3f47);
    --_accent: var(--sw-color-accent-dark, #a8c7fa);
    --_accent-text: var(--sw-color-on-accent-dark, #062e6f);
    --_danger: var(--sw-color-danger-dark, #ffb4ab);
    --_success: var(--sw-color-success-dark, #8fd89f);
    --_focus: var(--sw-color-focus-dark, #a8c7fa);
    color-scheme: dark;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .surface {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;function pt(e){let{classList:t,dataset:n}=e;if(n.theme===`dark`||n.theme===`light`)return n.theme;if(t.contains(`dark`))return`dark`;if(t.contains(`light`))return`light`}function mt(){let e=document.documentElement,t=pt(e)??(document.body?pt(document.body):void 0);if(t)return t;let n=getComputedStyle(e).colorScheme.trim();return n===`dark`||n===`only dark`?`dark`:n===`light`||n===`only light`?`light`:matchMedia(`(prefers-color-scheme: dark)`).matches?`dark`:`light`}var ht=class{constructor(e){this.host=e,e.addController(this)}get scheme(){let{theme:e}=this.host;return e===`light`||e===`dark`?e:mt()}hostConnected(){this.unwatch=tt(()=>this.host.requestUpdate())}hostDisconnected(){this.unwatch?.(),this.unwatch=void 0}},gt=class{constructor(e){this.tag=e,this.last=``}say(e){e&&e!==this.last&&console.warn(`story-widgets: <${this.tag}> ${e}`),this.last=e}},j=e=>e?.replace(/\s+/g,` `).trim()||void 0,_t=e=>{let t=e?Number.parseInt(e,10):NaN;return t>0?t:void 0};function vt(e,t){return{text:j(t),author:{name:j(e.author),handle:j(e.handle),url:j(e.authorHref),avatar:j(e.avatar)},platform:j(e.platform),url:j(e.href),published:j(e.datetime),context:j(e.context),lang:j(e.lang)}}function yt(e){let t=t=>e.getAttribute(t);return vt({author:t(`author`),handle:t(`handle`),authorHref:t(`author-href`),avatar:t(`avatar`),platform:t(`platform`),href:t(`href`),datetime:t(`datetime`),context:t(`context`),lang:t(`lang`)},e.textContent)}function bt(e){if(e instanceof HTMLAnchorElement)return e.href||void 0;if(e instanceof HTMLImageElement)return e.src||void 0}function xt(e){if(!e)return;let t=e.matches(`a[href]`)?e:e.querySelector(`a[href]`);return{name:j(e.textContent),url:bt(t)}}function St(e){let t=t=>[...e.querySelectorAll(t)].filter(e=>!e.parentElement?.closest(`quoted-reply`)),n=e=>t(e)[0]??null,r=n(`h1, h2, h3, h4, h5, h6, [role=heading]`);if(!r)return;let i=n(`img`),a=n(`[data-story=credit], figcaption`),o=e=>e.closest(`[data-story], figcaption, quoted-reply`)!==null||e.querySelector(`[rel=author], time`);return{headline:j(r.textContent),url:bt(r.querySelector(`a[href]`)??n(`a[rel=bookmark]`)),dek:j(n(`[data-story=dek]`)?.textContent),author:xt(n(`[data-story=author], a[rel=author]`)),publisher:xt(n(`[data-story=publisher]`)),published:n(`time[datetime]`)?.getAttribute(`datetime`)??void 0,image:i?{src:bt(i),alt:i.getAttribute(`alt`)??``,credit:j(a?.textContent),width:_t(i.getAttribute(`width`)),height:_t(i.getAttribute(`height`))}:void 0,body:t(`p`).filter(e=>!o(e)).map(e=>j(e.textContent)).filter(Boolean),via:t(`[data-story=via] a[href]`).map(xt),tags:t(`a[rel=tag]`).map(e=>j(e.textContent)),replies:t(`quoted-reply`).map(yt)}}var Ct,wt={lang:void 0,message:void 0,abortEarly:void 0,abortPipeEarly:void 0};function Tt(e){return!e&&!Ct?wt:{lang:e?.lang??Ct?.lang,message:e?.message,abortEarly:e?.abortEarly??Ct?.abortEarly,abortPipeEarly:e?.abortPipeEarly??Ct?.abortPipeEarly}}var Et;function Dt(e){return Et?.get(e)}var Ot;function kt(e){return Ot?.get(e)}var At;function jt(e,t){return At?.get(e)?.get(t)}function M(e){let t=typeof e;return t===`string`?`"${e}"`:t===`number`||t===`bigint`||t===`boolean`?`${e}`:t===`object`||t===`function`?(e&&Object.getPrototypeOf(e)?.constructor?.name)??`null`:t}function N(e,t,n,r,i){let a=i&&`input`in i?i.input:n.value,o=i?.expected??e.expects??null,s=i?.received??M(a),c={kind:e.kind,type:e.type,input:a,expected:o,received:s,message:`Invalid ${t}: ${o?`Expected ${o} but r`:`R`}eceived ${s}`,requirement:e.requirement,path:i?.path,issues:i?.issues,lang:r.lang,abortEarly:r.abortEarly,abortPipeEarly:r.abortPipeEarly},l=e.kind===`schema`,u=i?.message??e.message??jt(e.reference,c.lang)??(l?kt(c.lang):null)??r.message??Dt(c.lang);u!==void 0&&(c.message=typeof u==`function`?u(c):u),l&&(n.typed=!1),n.issues?n.issues.push(c):n.issues=[c]}function Mt(e,t){let n=[...new Set(e)];return n.length>1?`(${n.join(` ${t} `)})`:n[0]??`never`}function P(e){return e[`~standard`]={version:1,vendor:`valibot`,validate:t=>e[`~run`]({value:t},Tt())},e}function Nt(e){return{kind:`validation`,type:`integer`,reference:Nt,async:!1,expects:null,requirement:Number.isInteger,message:e,"~run"(e,t){return e.typed&&!this.requirement(e.value)&&N(this,`integer`,e,t),e}}}function Pt(e,t){return{kind:`validation`,type:`max_length`,reference:Pt,async:!1,expects:`<=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length>this.requirement&&N(this,`length`,e,t,{received:`${e.value.length}`}),e}}}function Ft(e,t){return{kind:`validation`,type:`max_value`,reference:Ft,async:!1,expects:`<=${e instanceof Date?e.toJSON():M(e)}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!(e.value<=this.requirement)&&N(this,`value`,e,t,{received:e.value instanceof Date?e.value.toJSON():M(e.value)}),e}}}function It(e,t){return{kind:`validation`,type:`min_length`,reference:It,async:!1,expects:`>=${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&e.value.length<this.requirement&&N(this,`length`,e,t,{received:`${e.value.length}`}),e}}}function Lt(e,t){return{kind:`validation`,type:`min_value`,reference:Lt,async:!1,expects:`>=${e instanceof Date?e.toJSON():M(e)}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!(e.value>=this.requirement)&&N(this,`value`,e,t,{received:e.value instanceof Date?e.value.toJSON():M(e.value)}),e}}}function Rt(e,t){return{kind:`validation`,type:`regex`,reference:Rt,async:!1,expects:`${e}`,requirement:e,message:t,"~run"(e,t){return e.typed&&!this.requirement.test(e.value)&&N(this,`format`,e,t),e}}}function F(){return{kind:`transformation`,type:`trim`,reference:F,async:!1,"~run"(e){return e.value=e.value.trim(),e}}}function zt(e,t,n){return typeof e.fallback==`function`?e.fallback(t,n):e.fallback}function Bt(e,t,n){return typeof e.default==`function`?e.default(t,n):e.default}function I(e,t){return P({kind:`schema`,type:`array`,reference:I,expects:`Array`,async:!1,item:e,message:t,"~run"(e,t){let n=e.value;if(Array.isArray(n)){e.typed=!0,e.value=[];for(let r=0;r<n.length;r++){let i=n[r],a=this.item[`~run`]({value:i},t);if(a.issues){let o={type:`array`,origin:`value`,input:n,key:r,value:i};for(let t of a.issues)t.path?t.path.unshift(o):t.path=[o],e.issues?.push(t);if(e.issues||=a.issues,t.abortEarly){e.typed=!1;break}}a.typed||(e.typed=!1),e.value.push(a.value)}}else N(this,`type`,e,t);return e}})}function Vt(e){return P({kind:`schema`,type:`number`,reference:Vt,expects:`number`,async:!1,message:e,"~run"(e,t){return typeof e.value==`number`&&!isNaN(e.value)?e.typed=!0:N(this,`type`,e,t),e}})}function L(e,t){return P({kind:`schema`,type:`object`,reference:L,expects:`Object`,async:!1,entries:e,message:t,"~run"(e,t){let n=e.value;if(n&&typeof n==`object`){e.typed=!0,e.value={};for(let r in this.entries){let i=this.entries[r];if(r in n||(i.type===`exact_optional`||i.type===`optional`||i.type===`nullish`)&&i.default!==void 0){let a=r in n?n[r]:Bt(i),o=i[`~run`]({value:a},t);if(o.issues){let i={type:`object`,origin:`value`,input:n,key:r,value:a};for(let t of o.issues)t.path?t.path.unshift(i):t.path=[i],e.issues?.push(t);if(e.issues||=o.issues,t.abortEarly){e.typed=!1;break}}o.typed||(e.typed=!1),e.value[r]=o.value}else if(i.fallback!==void 0)e.value[r]=zt(i);else if(i.type!==`exact_optional`&&i.type!==`optional`&&i.type!==`nullish`&&(N(this,`key`,e,t,{input:void 0,expected:`"${r}"`,path:[{type:`object`,origin:`key`,input:n,key:r,value:n[r]}]}),t.abortEarly))break}}else N(this,`type`,e,t);return e}})}function R(e,t){return P({kind:`schema`,type:`optional`,reference:R,expects:`(${e.expects} | undefined)`,async:!1,wrapped:e,default:t,"~run"(e,t){return e.value===void 0&&(this.default!==void 0&&(e.value=Bt(this,e,t)),e.value===void 0)?(e.typed=!0,e):this.wrapped[`~run`](e,t)}})}function Ht(e,t){return P({kind:`schema`,type:`picklist`,reference:Ht,expects:Mt(e.map(M),`|`),async:!1,options:e,message:t,"~run"(e,t){return this.options.includes(e.value)?e.typed=!0:N(this,`type`,e,t),e}})}function z(e){return P({kind:`schema`,type:`string`,reference:z,expects:`string`,async:!1,message:e,"~run"(e,t){return typeof e.value==`string`?e.typed=!0:N(this,`type`,e,t),e}})}function B(...e){return P({...e[0],pipe:e,"~run"(t,n){for(let r of e)if(r.kind!==`metadata`){if(t.issues&&(r.kind===`schema`||r.kind===`transformation`)){t.typed=!1;break}t.issues&&(n.abortEarly||n.abortPipeEarly)||(t=r[`~run`](t,n))}return t}})}function Ut(e,t,n){let r=e[`~run`]({value:t},Tt(n));return{typed:r.typed,success:!r.issues,output:r.value,issues:r.issues}}var Wt=/^(?:\w*NewsArticle|Article|BlogPosting|Report|ScholarlyArticle|LiveBlogPosting)$/,V=e=>typeof e==`object`&&!!e&&!Array.isArray(e),Gt=e=>Array.isArray(e)?e[0]:e,Kt=e=>e===void 0?[]:Array.isArray(e)?e:[e],H=e=>typeof e==`string`&&e.trim()?e.trim():void 0;function qt(e){return Kt(e[`@type`]).filter(e=>typeof e==`string`)}function Jt(e){if(V(e))return qt(e).some(e=>Wt.test(e))?e:Kt(e[`@graph`]).find(e=>V(e)&&qt(e).some(e=>Wt.test(e)))}function Yt(e){return Jt(e)!==void 0}function U(e){let t=Gt(e);return V(t)?H(t.url)??H(t[`@id`])??H(t.contentUrl):H(t)}function Xt(e){let t=Gt(e);if(typeof t==`string`)return{name:t};if(!V(t))return;let n=H(t.name);return n?{name:n,url:U(t.url)??H(t[`@id`])}:void 0}function Zt(e){let t=V(e)?e.value:e,n=typeof t==`number`?t:typeof t==`string`?Number.parseInt(t,10):NaN;return Number.isFinite(n)&&n>0?Math.round(n):void 0}function Qt(e){let t=Gt(e);if(typeof t==`string`)return{src:t};if(!V(t))return;let n=H(t.url)??H(t.contentUrl);if(n)return{src:n,alt:H(t.description)??H(t.caption)??``,credit:H(t.creditText)??Xt(t.copyrightHolder)?.name??Xt(t.creator)?.name,width:Zt(t.width),height:Zt(t.height)}}var $t=[[/(^|\.)twitter\.com$/,`twitter`],[/(^|\.)x\.com$/,`x`],[/(^|\.)bsky\.app$/,`bluesky`],[/(^|\.)threads\.(net|com)$/,`threads`],[/(^|\.)instagram\.com$/,`instagram`],[/(^|\.)facebook\.com$/,`facebook`]];function en(e){try{return new URL(e).hostname.replace(/^www\./,``)}catch{return}}function tn(e){if(e)try{let{hostname:t,pathname:n}=new URL(e);return $t.find(([e])=>e.test(t))?.[1]??(/^\/@[^/]+\/\d+/.test(n)?`mastodon`:`web`)}catch{return}}function nn(e){if(!V(e))return;let t=Gt(e.author),n=U(e.url);return{text:H(e.text)??H(e.commentText)??H(e.description),author:V(t)?{name:H(t.name),handle:H(t.alternateName)??H(t.identifier),url:U(t.url),avatar:U(t.image)}:typeof t==`string`?{name:t}:void 0,platform:tn(n),url:n,published:H(e.datePublished)??H(e.dateCreated),lang:H(e.inLanguage)}}function rn(e){let t=H(e);return t?t.split(/\n\s*\n/).map(e=>e.trim()).filter(Boolean):void 0}function an(e){return typeof e==`string`?e.split(`,`).map(e=>e.trim()).filter(Boolean):Array.isArray(e)?e.filter(e=>typeof e==`string`):void 0}function on(e){return Object.fromEntries(Object.entries(e).filter(([,e])=>e!==void 0))}function sn(e){let t=Jt(e)??{},n=Kt(t.isBasedOn??t.citation).map(e=>typeof e==`string`?{name:en(e),url:e}:Xt(e));return on({headline:H(t.headline)??H(t.name),url:U(t.url)??U(t.mainEntityOfPage),dek:H(t.alternativeHeadline),author:Xt(t.author),publisher:Xt(t.publisher),published:H(t.datePublished),image:Qt(t.image),summary:H(t.description)??H(t.abstract),body:rn(t.articleBody),via:n.length?n.filter(Boolean):void 0,tags:an(t.keywords),replies:Kt(t.comment).map(nn).filter(Boolean).map(e=>on(e))})}var W=B(z(),F(),It(1,`must not be empty`)),G=B(z(),F(),It(1,`must not be empty`)),cn=B(z(),F(),Rt(/^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[Zz]|[+-]\d{2}:?\d{2})?)?$/,`must be an ISO 8601 date such as 2018-07-02 or 2018-07-02T09:30:00Z`)),ln=B(Vt(),Nt(),Lt(1),Ft(2e4)),un=L({name:W,url:R(G)}),dn=[`twitter`,`x`,`bluesky`,`mastodon`,`threads`,`instagram`,`facebook`,`web`],fn=Ht(dn,`must be one of ${dn.join(`, `)}`),pn=L({text:W,author:L({name:W,handle:R(W),url:R(G),avatar:R(G)}),platform:R(fn),url:R(G),published:R(cn),lang:R(B(z(),Rt(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{1,8})*$/,`must be a language tag such as en or pt-BR`))),context:R(B(W,Pt(80,`must be a short label (80 characters at most)`)))}),mn=L({headline:W,url:R(G),dek:R(W),author:R(un),publisher:R(un),published:R(cn),image:R(L({src:G,alt:R(B(z(),F()),``),credit:R(W),width:R(ln),height:R(ln)})),summary:R(W),body:R(I(W)),via:R(I(un)),tags:R(I(W)),replies:R(I(pn))}),hn=Symbol(`removed`);function gn(e,t){let n=e,r=0;return t.forEach((e,t)=>{n?.type===`object`?(n=n.entries?.[String(e)],n?.type===`optional`&&(r=t+1,n=n.wrapped)):n?.type===`array`?(r=t+1,n=n.item):n=void 0}),r}function _n(e,t){let[n,...r]=t;if(Array.isArray(e)){let t=[...e];return t[n]=r.length?_n(t[n],r):hn,t}if(typeof e==`object`&&e){let t={...e};return r.length?t[n]=_n(t[n],r):delete t[n],t}return e}function vn(e,t=new WeakSet){return typeof e!=`object`||!e||t.has(e)?e:(t.add(e),Array.isArray(e)?e.filter(e=>e!==hn).map(e=>vn(e,t)):Object.getPrototypeOf(e)===Object.prototype?Object.fromEntries(Object.entries(e).map(([e,n])=>[e,vn(n,t)])):e)}function yn(e){let t=e.path?.map(e=>e.key).join(`.`);return t?`${t} ${e.message}`:e.message}function bn(e,t){let n=[],r=t;for(let t=0;t<50;t++){let t=Ut(e,r);if(t.success)return{ok:!0,value:t.output,problems:n};for(let i of t.issues){n.push(yn(i));let t=(i.path??[]).map(e=>e.key),a=gn(e,t);if(!a)return{ok:!1,problems:n};r=_n(r,t.slice(0,a))}r=vn(r)}return{ok:!1,problems:n}}function xn(e){return Cn(()=>bn(mn,Yt(e)?sn(e):e))}function Sn(e){return Cn(()=>bn(pn,e))}function Cn(e){try{return e()}catch(e){return{ok:!1,problems:[`unreadable data (${e instanceof Error?e.message:String(e)})`]}}}var wn=c`
  :host {
    display: block;
    container-type: inline-size;
  }
  .surface {
    border-radius: calc(var(--_radius) * 0.75);
  }
  .reply {
    border-color: var(--quoted-reply-border-color, var(--_border));
    background: var(--quoted-reply-background, var(--_surface));
  }
  @container (min-width: 480px) {
    .reply {
      padding: var(--_space);
    }
  }
`,Tn=/^([a-z][a-z0-9+.-]*):/i,En=/[\t\n\r]/g,Dn=/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;function K(e,t=`link`,n){if(typeof e!=`string`)return;let r=e.replace(En,``).replace(Dn,``);if(r&&(Tn.exec(r)?.[1]?.toLowerCase()!==void 0||/^(\/|\.\.?\/)/.test(r)))try{let e=new URL(r,n??document.baseURI);return e.protocol===`http:`||e.protocol===`https:`||t===`link`&&e.protocol===`mailto:`?e.href:void 0}catch{return}}var On=/(https?:\/\/[^\s<>"]+)|(?<![\w@/])@([a-z0-9_]+(?:[.-][a-z0-9_]+)*(?:@[a-z0-9-]+(?:\.[a-z0-9-]+)+)?)|(?<![\w&#/])#([\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*)/giu,kn=/[.,;:!?'")\]}]+$/;function An(e,t,n){let[r,i]=t.split(`@`),a=encodeURIComponent(r);switch(e){case`twitter`:case`x`:return i?void 0:`https://x.com/${a}`;case`bluesky`:return`https://bsky.app/profile/${encodeURIComponent(t)}`;case`mastodon`:{let e=i??n;return e?`https://${e}/@${a}`:void 0}case`threads`:return`https://www.threads.net/@${a}`;case`instagram`:return`https://www.instagram.com/${a}/`;default:return}}function jn(e,t,n){let r=encodeURIComponent(t);switch(e){case`twitter`:case`x`:return`https://x.com/hashtag/${r}`;case`bluesky`:return`https://bsky.app/hashtag/${r}`;case`mastodon`:return n?`https://${n}/tags/${r}`:void 0;case`instagram`:return`https://www.instagram.com/explore/tags/${r}/`;default:return}}function Mn(e,t,n){let r=[],i=0,a=e=>{let t=r[r.length-1];!e.href&&t&&!t.href?t.text+=e.text:e.text&&r.push(e)};for(let r of e.matchAll(On)){let[o,s,c,l]=r,u=r.index,d=o,f;s?(d=s.replace(kn,``),f=d):c?f=An(t,c,n):l&&(f=jn(t,l,n)),a({text:e.slice(i,u)}),a(f?{text:d,href:f}:{text:d}),i=u+d.length}return a({text:e.slice(i)}),r}var Nn={twitter:`Twitter`,x:`X`,bluesky:`Bluesky`,mastodon:`Mastodon`,threads:`Threads`,instagram:`Instagram`,facebook:`Facebook`,web:`Web`};function Pn(e){let t=e.split(/\s+/).filter(Boolean);return(t.length>1?[t[0],t[t.length-1]]:t).map(e=>[...e][0].toUpperCase()).join(``)}function Fn(e){e.target.hidden=!0}function In(e){return e?new URL(e).host:void 0}function Ln(e,{strings:t,lang:n,base:r}){let{author:i,platform:a}=e,o=K(e.url,`link`,r),s=K(i.url,`link`,r),c=K(i.avatar,`media`,r),l=ut(e.published,n),u=i.handle&&(i.handle.startsWith(`@`)?i.handle:`@${i.handle}`),d=a&&Nn[a],f=Mn(e.text,a,In(o)).map(e=>{let t=e.href&&K(e.href,`link`);return t?b`<a href=${t} rel="ugc nofollow noopener">${e.text}</a>`:e.text}),ee=s?b`<a class="name" href=${s} rel="ugc nofollow noopener">${i.name}</a>`:b`<span class="name">${i.name}</span>`,p=l&&b`<time datetime=${e.published}>${l}</time>`;return b`<figure class="reply" part="reply">
    <figcaption class="reply-author">
      <span class="avatar" part="avatar" aria-hidden="true"
        ><span class="initials">${Pn(i.name)}</span
        >${c?b`<img src=${c} alt="" width="40" height="40" loading="lazy" decoding="async" @error=${Fn} />`:S}</span
      >
      <span class="who">
        ${ee} ${u?b`<span class="handle">${u}</span>`:S}
        ${e.context?b`<span class="context" part="context">${e.context}</span>`:S}
      </span>
    </figcaption>
    <blockquote
      class="quote"
      part="quote"
      cite=${o??S}
      lang=${e.lang??S}
      dir=${e.lang?ct(e.lang):`auto`}
    >
      <p>${f}</p>
    </blockquote>
    ${d||p?b`<p class="reply-meta">
          ${d?b`<span class="platform" part="platform"
                ><span class="visually-hidden">${st(t.postedOn,{platform:d})}</span
                ><span aria-hidden="true">${d}</span></span
              >`:S}
          ${o?b`<a class="permalink" href=${o} rel="ugc nofollow noopener"
                >${p||t.viewOriginal}${p?b`<span class="visually-hidden"> — ${t.viewOriginal}</span>`:S}</a
              >`:p}
        </p>`:o?b`<p class="reply-meta"><a class="permalink" href=${o} rel="ugc nofollow noopener">${t.viewOriginal}</a></p>`:S}
  </figure>`}var Rn=c`
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
`;function q(e,t,n,r){var i=arguments.length,a=i<3?t:r===null?r=Object.getOwnPropertyDescriptor(t,n):r,o;if(typeof Reflect==`object`&&typeof Reflect.decorate==`function`)a=Reflect.decorate(e,t,n,r);else for(var s=e.length-1;s>=0;s--)(o=e[s])&&(a=(i<3?o(a):i>3?o(t,n,a):o(t,n))||a);return i>3&&a&&Object.defineProperty(t,n,a),a}var J=class extends T{constructor(...e){super(...e),this.themeController=new ht(this),this.markup=new dt(this),this.warning=new gt(`quoted-reply`),this.theme=`auto`}static{this.kit=t}static{this.styles=[ft,Rn,wn]}currentReply(){let e=Sn(this.reply??vt(this,this.textContent)),t=this.markup.settled||this.reply!==void 0?e.problems.join(`; `):``;return this.warning.say(t&&`${e.ok?`left out`:`cannot show`}: ${t}`),e.ok?e.value:void 0}render(){let e=this.currentReply(),t=this.parentElement?at(this.parentElement):at(this);return b`<div class="surface ${this.themeController.scheme}" lang=${t}>
      ${e?Ln(e,{strings:ot(t,this.strings),lang:t}):``}
      <div ?hidden=${!!e}><slot></slot></div>
    </div>`}};q([E({attribute:!1})],J.prototype,`reply`,void 0),q([E()],J.prototype,`author`,void 0),q([E()],J.prototype,`handle`,void 0),q([E({attribute:`author-href`})],J.prototype,`authorHref`,void 0),q([E()],J.prototype,`avatar`,void 0),q([E()],J.prototype,`platform`,void 0),q([E()],J.prototype,`href`,void 0),q([E()],J.prototype,`datetime`,void 0),q([E()],J.prototype,`context`,void 0),q([E({reflect:!0})],J.prototype,`theme`,void 0),q([E({attribute:!1})],J.prototype,`strings`,void 0);var Y=class extends Error{constructor(e,t){super(t),this.reason=e}};async function zn(e,{signal:t,timeoutMs:n}){let r=new AbortController,i=()=>r.abort();t.addEventListener(`abort`,i);let a=!1,o=setTimeout(()=>{a=!0,r.abort()},n);try{let t;try{t=await fetch(e,{credentials:`omit`,headers:{accept:`application/json, application/ld+json`},signal:r.signal})}catch{throw a?new Y(`timeout`,`no answer from ${e} within ${n} ms`):new Y(`network`,`could not reach ${e}`)}if(!t.ok)throw new Y(`http`,`${e} answered ${t.status}`);try{return{data:await t.json(),url:t.url||e}}catch{throw a?new Y(`timeout`,`no answer from ${e} within ${n} ms`):new Y(`invalid`,`${e} is not valid JSON`)}}finally{clearTimeout(o),t.removeEventListener(`abort`,i)}}var Bn=class e extends Event{static{this.eventName=`story-load`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},Vn=class e extends Event{static{this.eventName=`story-error`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},Hn=c`
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
`,Un=`:scope > script[type="application/json"], :scope > script[type="application/ld+json"]`;function Wn(e,t){return K(typeof e==`object`&&e?e.url:void 0,`link`,t)}var X=class extends T{constructor(...e){super(...e),this.themeController=new ht(this),this.markup=new dt(this),this.markupVersionRead=-1,this.refocus=!1,this.warning=new gt(`story-card`),this.view={kind:`markup`},this.expanded=!1,this.headingLevel=2,this.repliesLimit=3,this.excerptParagraphs=2,this.timeout=1e4,this.theme=`auto`}static{this.kit=t}static{this.styles=[ft,Rn,Hn]}connectedCallback(){super.connectedCallback(),this.src&&this.loadedSrc===void 0&&this.requestUpdate()}disconnectedCallback(){super.disconnectedCallback(),this.view.kind===`loading`&&this.stopLoading()}willUpdate(e){let t=this.markup.version!==this.markupVersionRead;if(this.markupVersionRead=this.markup.version,this.story!==void 0){e.has(`story`)&&(this.stopLoading(),this.showData(this.story));return}let n=this.querySelector(Un);if(n){if(t||e.has(`story`)){this.stopLoading();let e=this.parseInlineJson(n.textContent??``);e instanceof Error&&!this.markup.settled?this.view={kind:`markup`}:this.showData(e)}}else this.src?this.src!==this.loadedSrc&&this.load(this.src):(this.stopLoading(),(t||e.has(`story`)||e.has(`src`))&&this.showMarkup())}stopLoading(){this.abortLoad?.abort(),this.loadedSrc=void 0}updated(){this.refocus&&(this.refocus=!1,this.renderRoot.querySelector(`a[href], button`)?.focus());let e=this.pendingEvent;this.pendingEvent=void 0,e&&this.dispatchEvent(e)}parseInlineJson(e){try{return JSON.parse(e)}catch{return SyntaxError(`the inline <script type="application/json"> is not valid JSON`)}}load(e){this.abortLoad?.abort();let t=new AbortController;this.abortLoad=t,this.loadedSrc=e;let n=K(e,`link`);!n||n.startsWith(`mailto:`)?this.fail(`invalid`,`src "${e}" is not an http(s) URL`):(this.view={kind:`loading`},zn(n,{signal:t.signal,timeoutMs:this.timeout}).then(({data:e,url:n})=>{t.signal.aborted||this.showData(e,n)},e=>{t.signal.aborted||this.fail(e instanceof Y?e.reason:`network`,e instanceof Error?e.message:String(e))}))}showData(e,t){if(this.expanded=!1,e instanceof Error){this.fail(`invalid`,e.message);return}let n=xn(e);n.ok?(this.warning.say(n.problems.length?`left out invalid data: ${n.problems.join(`; `)}`:``),this.refocus=this.view.kind!==`story`&&this.matches(`:focus-within`),this.view={kind:`story`,story:n.value,base:t},this.pendingEvent=new Bn({story:n.value})):this.fail(`invalid`,`no story to show: ${n.problems.join(`; `)}`,Wn(e,t))}showMarkup(){this.expanded=!1;let e=xn(St(this)),t=this.markup.settled&&e.ok?e.problems:[];this.warning.say(t.length?`left out invalid markup: ${t.join(`; `)}`:``),this.view=e.ok?{kind:`story`,story:e.value}:{kind:`markup`}}fail(e,t,n){this.warning.say(t),this.view=this.hasOwnMarkup()?{kind:`markup`}:{kind:`unavailable`,url:n},this.pendingEvent=new Vn({reason:e,message:t})}hasOwnMarkup(){return[...this.childNodes].some(e=>e instanceof Element?!e.matches(`script`):!!e.textContent?.trim())}toggleReplies(){this.expanded=!this.expanded}renderPerson(e,t,n){let r=K(e.url,`link`,t);return r?b`<a href=${r} part=${n??S}>${e.name}</a>`:b`<span part=${n??S}>${e.name}</span>`}renderByline(e,t,n,r){let i=ut(e.published,r),[a,o]=n.byline.split(`{name}`),s=[e.author&&b`<span>${a}${this.renderPerson(e.author,t)}${o}</span>`,e.publisher&&this.renderPerson(e.publisher,t),i&&b`<time datetime=${e.published}>${i}</time>`].filter(Boolean);return s.length?b`<p class="byline" part="byline">${s}</p>`:S}renderReplies(e,t,n,r){let i=e.replies??[];if(!i.length)return S;let a=Math.max(0,Math.floor(this.repliesLimit)||0),o=i.length-a,s=this.expanded||o<=0?i:i.slice(0,a),c=this.expanded?n.showFewerReplies:o===1?n.showOneMoreReply:st(n.showMoreReplies,{count:o});return b`<section class="replies" part="replies" aria-label=${n.replies}>
      ${s.length?b`<ul id="replies" class="reply-list" role="list">
            ${s.map(e=>b`<li>${Ln(e,{strings:n,lang:r,base:t})}</li>`)}
          </ul>`:S}
      ${o>0?b`<button
            class="toggle"
            part="button"
            type="button"
            aria-expanded=${this.expanded?`true`:`false`}
            aria-controls=${s.length?`replies`:S}
            @click=${this.toggleReplies}
          >
            ${c}
          </button>`:S}
    </section>`}renderStory(e,t,n,r){let i=K(e.url,`link`,t),a=e.image,o=a&&K(a.src,`media`,t),s=Math.min(6,Math.max(1,Math.round(this.headingLevel)||2)),c=e.summary?[e.summary]:(e.body??[]).slice(0,Math.max(0,this.excerptParagraphs)),l=e.via??[];return b`<article class="surface card ${this.themeController.scheme}" part="card" lang=${r}>
      ${o?b`<figure class="cover ${a.width&&a.height?``:`unsized`}">
            <img
              part="image"
              src=${o}
              alt=${a.alt}
              width=${a.width??S}
              height=${a.height??S}
              loading="lazy"
              decoding="async"
            />
            ${a.credit?b`<figcaption part="credit">${st(n.imageCredit,{credit:a.credit})}</figcaption>`:S}
          </figure>`:S}
      <div class="content">
        <div class="headline" role="heading" aria-level=${s} part="headline">
          ${i?b`<a href=${i}>${e.headline}</a>`:e.headline}
        </div>
        ${e.dek?b`<p class="dek" part="dek">${e.dek}</p>`:S}
        ${this.renderByline(e,t,n,r)}
        ${c.map(e=>b`<p class="excerpt" part="excerpt">${e}</p>`)}
        ${i?b`<p class="read-more"><a part="link" href=${i}>${n.readFullStory}</a></p>`:S}
        ${l.length?b`<p class="via" part="via">
              ${n.hatTip}
              ${l.map((e,n)=>b`${n?`, `:``}${this.renderPerson(e,t)}`)}
            </p>`:S}
        ${e.tags?.length?b`<ul class="tags" part="tags" role="list">${e.tags.map(e=>b`<li>${e}</li>`)}</ul>`:S}
      </div>
      ${this.renderReplies(e,t,n,r)}
    </article>`}render(){let{view:e}=this,t=at(this),n=ot(t,this.strings),r=this.themeController.scheme,i=S;if(e.kind===`story`)i=this.renderStory(e.story,e.base,n,t);else if(e.kind===`unavailable`){let a=e.url;i=b`<div class="surface card unavailable ${r}" part="card" lang=${t}>
        <p>${n.storyUnavailable}</p>
        ${a?b`<p><a part="link" href=${a}>${n.readFullStory}</a></p>`:S}
      </div>`}else e.kind===`loading`&&!this.hasOwnMarkup()&&(i=b`<div class="surface card loading ${r}" part="card" aria-hidden="true"></div>`);return b`${i}
      <div class="fallback" ?hidden=${e.kind===`story`||e.kind===`unavailable`}><slot></slot></div>`}};q([D()],X.prototype,`view`,void 0),q([D()],X.prototype,`expanded`,void 0),q([E({attribute:!1})],X.prototype,`story`,void 0),q([E()],X.prototype,`src`,void 0),q([E({type:Number,attribute:`heading-level`})],X.prototype,`headingLevel`,void 0),q([E({type:Number,attribute:`replies-limit`})],X.prototype,`repliesLimit`,void 0),q([E({type:Number,attribute:`excerpt-paragraphs`})],X.prototype,`excerptParagraphs`,void 0),q([E({type:Number})],X.prototype,`timeout`,void 0),q([E({reflect:!0})],X.prototype,`theme`,void 0),q([E({attribute:!1})],X.prototype,`strings`,void 0);var Gn=/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;function Kn(e){let t=e.trim(),n=t.lastIndexOf(`@`);return n<0?t:t.slice(0,n)+t.slice(n).toLowerCase()}function qn(e){let t=Kn(e);return t.length<=254&&Gn.test(t)}var Jn=class e extends Event{static{this.eventName=`signup-submit`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0,cancelable:!0}),this.detail=t}},Yn=class e extends Event{static{this.eventName=`signup-success`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},Xn=class e extends Event{static{this.eventName=`signup-error`}constructor(t){super(e.eventName,{bubbles:!0,composed:!0}),this.detail=t}},Zn=c`
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
`,Qn=`story-widgets:signup:`;function $n(e,t){try{return localStorage.setItem(Qn+e,JSON.stringify(t)),!0}catch{return!1}}function er(e){try{localStorage.removeItem(Qn+e)}catch{}}function tr(e){try{let t=localStorage.getItem(Qn+e);if(t===null)return;localStorage.removeItem(Qn+e);let{email:n,name:r,consent:i,tags:a,source:o,fields:s}=JSON.parse(t)??{};return typeof n!=`string`||!qn(n)?void 0:{email:n,name:typeof r==`string`?r:void 0,consent:i===!0||void 0,tags:Array.isArray(a)?a.filter(e=>typeof e==`string`):[],source:typeof o==`string`?o:location.href,fields:Array.isArray(s)?s.filter(e=>Array.isArray(e)&&e.length===2&&e.every(e=>typeof e==`string`)):void 0}}catch{return}}async function nr(e){let t=navigator.locks;if(!t)return tr(e);try{return await t.request(Qn+e,()=>tr(e))}catch{return tr(e)}}async function rr(e,t,n){try{return await fetch(e,{method:`POST`,credentials:`omit`,...t,signal:n})}catch{return n.aborted?{error:`timeout`}:{error:`network`,unreached:!0}}}async function ir(e){try{return await e.json()}catch{return}}function Z(e,t){return typeof e==`object`&&e?e[t]:void 0}function ar(e){if(!e)return;let t=/^\s*\d+\s*$/.test(e)?Number(e):Math.ceil((Date.parse(e)-Date.now())/1e3);return t>0&&t<86400?t:void 0}function Q(e,t){let{status:n}=e;return n===429?{error:`rate-limited`,retryAfter:ar(e.headers.get(`Retry-After`))}:n>=500||n<400?{error:`server`}:{error:/email/i.test(JSON.stringify(t??``))?`invalid`:`rejected`}}var or=[`subscribed`,`pending`,`already`];function sr(e){return typeof e==`string`&&or.includes(e)?{status:e}:void 0}async function cr(e,t,n,r){let i=await rr(t,{mode:`no-cors`,body:new URLSearchParams(e)},n);if(!(i instanceof Response))return i;if(i.type===`opaque`)return{status:`pending`};let a=await ir(i);return i.ok?sr(Z(a,`status`))??r:Q(i,void 0)}function lr(e,t,n,r){if(e.fields)return e.fields;let i=[[t,e.email]];e.name&&i.push([n,e.name]),e.consent&&i.push([`consent`,`on`]);for(let t of e.tags)i.push([r,t]);return i}var ur={send(e,{action:t,signal:n,emailFieldName:r,nameFieldName:i}){return cr(lr(e,r||`email`,i||`name`,`tag`),t,n,{status:`subscribed`})}},dr={send(e,{action:t,signal:n}){let r=lr(e,`email`,`metadata__name`,`tag`);return e.fields||r.push([`embed`,`1`]),cr(r,t,n,{status:`pending`})}},fr={async send({email:e,name:t,consent:n,source:r,tags:i},{action:a,signal:o}){let s={email:e,name:t,consent:n,source:r,tags:i.length?i:void 0},c=await rr(a,{headers:{"Content-Type":`application/json`,Accept:`application/json`},body:JSON.stringify(s)},o);if(!(c instanceof Response))return c;let l=await ir(c);return c.ok?sr(Z(l,`status`))??{error:`server`}:Q(c,Z(Z(l,`error`),`code`))}},pr={async send({email:e,name:t,tags:n},{action:r,signal:i}){let a=new URL(r);a.pathname=a.pathname.replace(/\/*$/,`/`);let o=a.origin+a.pathname,s=await rr(`${o}members/api/integrity-token/`,{method:`GET`},i);if(!(s instanceof Response))return s;if(!s.ok)return Q(s,void 0);let c=(await s.text().catch(()=>``)).trim(),l={email:e,emailType:`subscribe`,name:t,labels:n.length?n:void 0,integrityToken:c},u=await rr(`${o}members/api/send-magic-link/`,{headers:{"Content-Type":`application/json`},body:JSON.stringify(l)},i);return u instanceof Response?u.ok?{status:`pending`}:Q(u,await ir(u)):u}},mr={async send({email:e,name:t,tags:n},{action:r,signal:i,apiKey:a}){let o=n.map(Number).filter(Number.isInteger),s={api_key:a,email:e,first_name:t,tags:o.length?o:void 0},c=await rr(r,{headers:{"Content-Type":`application/json; charset=utf-8`,Accept:`application/json`},body:JSON.stringify(s)},i);if(!(c instanceof Response))return c;let l=await ir(c);if(!c.ok)return Q(c,l);let u=Z(Z(l,`subscription`),`state`);return typeof u==`string`?{status:u===`active`?`subscribed`:`pending`}:{error:`server`}}},hr;function gr(e){let t=globalThis.trustedTypes;return t?(hr??=t.createPolicy(`story-widgets`,{createScriptURL:e=>e}),hr.createScriptURL(e)):e}function _r(e){return e.protocol===`https:`&&/(^|\.)list-manage\.com$/i.test(e.hostname)}var vr=0;function yr(e,t){let n=`storyWidgetsSignup${Date.now().toString(36)}${vr++}`;e.searchParams.set(`c`,n);let r=window,i=document.createElement(`script`),a=!1;return new Promise(o=>{let s=e=>{a||(a=!0,r[n]=()=>delete r[n],e!==`timeout`&&delete r[n],i.remove(),t.removeEventListener(`abort`,c),o(e))},c=()=>s(`timeout`);r[n]=e=>s({data:e}),i.onerror=i.onload=()=>s(`failed`),t.addEventListener(`abort`,c);try{i.src=gr(e.href)}catch(e){console.warn('story-widgets: this page’s Content Security Policy refused the Trusted Types policy "story-widgets", needed to load Mailchimp’s answer. Add `story-widgets` to the `trusted-types` directive.',e),s(`refused`);return}document.head.append(i)})}function br(e){let t=Z(e,`result`),n=String(Z(e,`msg`)??``);return t===`success`?{status:/confirm/i.test(n)?`pending`:`subscribed`}:t===`error`?/already subscribed/i.test(n)?{status:`already`}:/too many/i.test(n)?{error:`rate-limited`}:/^\d+ - |valid|email address/i.test(n)?{error:`invalid`}:{error:`rejected`}:{error:`server`}}function xr(e=_r){return{async send(t,{action:n,signal:r}){let i=new URL(n);if(!e(i))return console.warn(`story-widgets: provider="mailchimp" needs your form’s https://….list-manage.com/subscribe/post URL as action, not ${i.origin}.`),{error:`server`};i.pathname=i.pathname.replace(/\/subscribe\/post(-json)?\/?$/,`/subscribe/post-json`);let a=i.searchParams,o=`b_${a.get(`u`)}_${a.get(`id`)}`,s=lr({...t,tags:[]},`EMAIL`,`FNAME`,``);t.fields||(t.tags.length&&s.push([`tags`,t.tags.join(`,`)]),s.push([o,``]));for(let[e,t]of s)a.append(e,t);let c=await yr(i,r);return c===`timeout`?{error:`timeout`}:c===`refused`?{error:`network`}:c===`failed`?{error:`network`,unreached:!navigator.onLine}:br(c.data)}}}var Sr={endpoint:fr,form:ur,mailchimp:xr(),buttondown:dr,kit:mr,ghost:pr};function Cr(){let e=location.href.split(`#`)[0];return/^https?:/.test(e)&&e.length<=2048?e:void 0}var $=class extends T{static{this.kit=t}static{this.styles=[ft,Zn]}get state(){return this.status}constructor(){super(),this.status=`idle`,this.message=``,this.themeController=new ht(this),this.shownAt=0,this.hostFieldCleanups=[],this.action=``,this.provider=`endpoint`,this.heading=``,this.description=``,this.buttonLabel=``,this.successMessage=``,this.nameField=!1,this.consent=``,this.tags=``,this.apiKey=``,this.emailFieldName=``,this.nameFieldName=``,this.timeout=1e4,this.minFillTime=1500,this.honeypot=`sw-hp`,this.noHoneypot=!1,this.theme=`auto`,this.takeOverHostSubmit=e=>{let t=e.target;if(!(t instanceof HTMLFormElement)||t!==this.hostForm)return;let n=this.readHostForm(t);n&&(e.preventDefault(),this.submit(n))},this.submitOwnForm=e=>{e.preventDefault();let t=this.renderRoot,n=e=>t.querySelector(`#${e}`),r=n(`consent`);this.submit({email:this.emailInput?.value??``,name:this.nameField?n(`name`)?.value.trim():void 0,consent:r?.required?r.checked:void 0,trap:n(`trap`)?.value??``,inputs:{email:this.emailInput,consent:r??void 0}})},this.sendSaved=async()=>{let e=this.actionUrl;if(!e||this.status===`submitting`)return;let t=`${this.provider} ${e}`,n=await nr(t);n&&(this.status===`submitting`?$n(t,n):await this.deliver(n))},this.addEventListener(`submit`,this.takeOverHostSubmit)}connectedCallback(){super.connectedCallback(),addEventListener(`online`,this.sendSaved),this.updateComplete.then(()=>{navigator.onLine&&this.sendSaved()})}disconnectedCallback(){super.disconnectedCallback(),removeEventListener(`online`,this.sendSaved)}firstUpdated(){this.shownAt=this.hostForm?0:performance.now()}updated(){let e=this.hostForm;e&&(e.noValidate=!0)}get hostForm(){return this.querySelector(`form`)}get text(){return ot(at(this),this.strings)}get actionUrl(){return K(this.action||this.hostForm?.getAttribute(`action`),`media`)}hasSlotted(e){return!!this.querySelector(`:scope > [slot="${e}"]`)}readHostForm(e){let t=e.querySelector(`input[type=email], input[name="${CSS.escape(this.emailFieldName||`email`)}"]`);if(!t)return;let n=e.querySelector(`input[name="${CSS.escape(this.nameFieldName||`name`)}"], input[autocomplete="name"], input[autocomplete="given-name"]`),r=e.querySelector(`input[type=checkbox][required]`),i=e.querySelector(`[name="${CSS.escape(this.honeypot)}"]`),a=Kn(t.value),o=[];for(let[n,r]of new FormData(e))typeof r==`string`&&n!==this.honeypot&&o.push([n,n===t.name?a:r]);return{email:t.value,name:n?.value.trim(),consent:r?r.checked:void 0,trap:this.noHoneypot?``:i?.value??``,fields:o,inputs:{email:t,consent:r??void 0}}}submit(e){if(this.status===`submitting`)return;this.clearFieldErrors();let t=this.text,n=Kn(e.email),r=n?qn(n)?e.consent===!1?[`consent`,t.consentMissing]:void 0:[`email`,t.emailInvalid]:[`email`,t.emailMissing];if(r){this.showFieldError(r[0],r[1],e.inputs[r[0]]),this.fail(n,`invalid`,r[1]);return}let i=this.minFillTime>0&&performance.now()-this.shownAt<this.minFillTime;if(!this.noHoneypot&&e.trap||i){this.status=`subscribed`,this.message=this.successMessage||t.subscribed;return}let a=e.name||void 0,o=new Jn({email:n,name:a,provider:this.provider});if(this.dispatchEvent(o),o.defaultPrevented)return;let s={email:n,name:a,consent:e.consent,tags:this.tags.split(`,`).map(e=>e.trim()).filter(Boolean),source:Cr(),fields:e.fields};this.deliver(s)}async deliver(e){let t=this.actionUrl,n=Object.hasOwn(Sr,this.provider)?Sr[this.provider]:void 0;if(!t||!n){console.warn(t?`story-widgets: <newsletter-signup> has no provider "${this.provider}"; use one of ${Object.keys(Sr).join(`, `)}.`:"<newsletter-signup> needs an http(s) `action` (or a form with one) to send signups to."),this.fail(e.email,`server`,this.text.server);return}let r=`${this.provider} ${t}`;er(r),this.status=`submitting`,this.message=this.text.submitting,this.setHostBusy(!0);let i=new AbortController,a=setTimeout(()=>i.abort(),this.timeout>0?this.timeout:1e4),o;try{o=await n.send(e,{action:t,signal:i.signal,apiKey:this.apiKey,emailFieldName:this.emailFieldName,nameFieldName:this.nameFieldName})}catch(e){console.warn(`story-widgets: <newsletter-signup> could not send:`,e),o={error:`server`}}clearTimeout(a),this.setHostBusy(!1);let s=this.text;if(`status`in o){let{status:t}=o;this.status=t,this.message=t!==`already`&&this.successMessage||s[t],this.dispatchEvent(new Yn({email:e.email,status:t}));return}let{error:c,retryAfter:l,unreached:u}=o;u&&$n(r,e)?this.fail(e.email,`network`,navigator.onLine?s.savedForLater:s.queued):(c===`invalid`&&this.showFieldError(`email`,s.emailInvalid,this.hostForm?void 0:this.emailInput),this.fail(e.email,c,c===`rate-limited`?l?st(s.rateLimited,{seconds:l}):s.rateLimitedShort:c===`invalid`?s.emailInvalid:s[c]))}fail(e,t,n){this.status=`error`,this.announce(n),this.dispatchEvent(new Xn({email:e,reason:t,message:n}))}announce(e){e===this.message?(this.message=``,this.updateComplete.then(()=>{this.message||=e})):this.message=e}showFieldError(e,t,n){let r=this.hostForm;if(!r){this.fieldError={field:e,message:t};return}let i=n??r.querySelector(`input[type=email]`);if(!i)return;let a=document.createElement(`p`);a.id=`newsletter-signup-error-${Math.random().toString(36).slice(2)}`,a.setAttribute(`data-newsletter-signup-error`,``),a.textContent=t,(i.closest(`label`)??i).after(a);let o=i.getAttribute(`aria-describedby`);i.setAttribute(`aria-invalid`,`true`),i.setAttribute(`aria-describedby`,`${o??``} ${a.id}`.trim()),this.hostFieldCleanups.push(()=>{a.remove(),i.removeAttribute(`aria-invalid`),o===null?i.removeAttribute(`aria-describedby`):i.setAttribute(`aria-describedby`,o)})}clearFieldErrors(){this.fieldError=void 0,this.hostFieldCleanups.forEach(e=>e()),this.hostFieldCleanups=[]}setHostBusy(e){let t=this.hostForm;if(t)for(let n of[t,...t.querySelectorAll(`button:not([type=button]), input[type=submit]`)])e?n.setAttribute(n===t?`aria-busy`:`aria-disabled`,`true`):n.removeAttribute(n===t?`aria-busy`:`aria-disabled`)}fieldAttributes(e){let t=this.fieldError?.field===e;return{invalid:t?`true`:S,describedBy:t?`${e}-error`:S}}render(){let e=this.text,t=this.status===`submitting`,n=!!this.hostForm,r=!!this.consent||this.hasSlotted(`consent`),i=this.fieldAttributes(`email`),a=this.fieldAttributes(`consent`),o=this.status===`error`?`error`:this.status===`submitting`||this.status===`idle`?``:`success`,s=()=>this.requestUpdate(),c=!!this.fieldError||this.hostFieldCleanups.length>0;return b`
      <div part="base" class="surface ${this.themeController.scheme}">
        <div class="heading" ?hidden=${!this.heading&&!this.hasSlotted(`heading`)}>
          <slot name="heading" @slotchange=${s}><h2 part="heading">${this.heading}</h2></slot>
        </div>
        <div part="description" class="description" ?hidden=${!this.description&&!this.hasSlotted(`description`)}>
          <slot name="description" @slotchange=${s}>${this.description}</slot>
        </div>
        <div class="host-form" ?hidden=${!n}><slot @slotchange=${s}></slot></div>
        <form part="form" ?hidden=${n} novalidate aria-busy=${t?`true`:S} @submit=${this.submitOwnForm}>
          ${this.nameField?b`<div class="field">
                <label part="label" for="name">${e.nameLabel}</label>
                <input part="input" id="name" name="name" type="text" autocomplete="name" />
              </div>`:S}
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
              <button part="button" type="submit" aria-disabled=${t?`true`:S}>
                ${t?e.submitting:this.buttonLabel||e.subscribe}
              </button>
            </div>
            <p part="error" id="email-error" class="error" ?hidden=${i.invalid===S}>${this.fieldError?.message}</p>
          </div>
          <div part="consent" class="consent" ?hidden=${!r}>
            <input
              part="checkbox"
              id="consent"
              type="checkbox"
              ?required=${r}
              aria-invalid=${a.invalid}
              aria-describedby=${a.describedBy}
            />
            <label for="consent"><slot name="consent" @slotchange=${s}>${this.consent}</slot></label>
            <slot name="privacy"></slot>
          </div>
          <p part="error" id="consent-error" class="error" ?hidden=${a.invalid===S}>${this.fieldError?.message}</p>
          ${this.noHoneypot?S:b`<div class="visually-hidden" aria-hidden="true">
                <label for="trap">${e.honeypot}</label>
                <input id="trap" name=${this.honeypot} type="text" tabindex="-1" autocomplete="off" />
              </div>`}
        </form>
        <p part="message" class="message ${o} ${c?`visually-hidden`:``}" role="status">${this.message}</p>
      </div>
    `}};return q([D()],$.prototype,`status`,void 0),q([D()],$.prototype,`message`,void 0),q([D()],$.prototype,`fieldError`,void 0),q([Ge(`#email`)],$.prototype,`emailInput`,void 0),q([E()],$.prototype,`action`,void 0),q([E()],$.prototype,`provider`,void 0),q([E()],$.prototype,`heading`,void 0),q([E()],$.prototype,`description`,void 0),q([E({attribute:`button-label`})],$.prototype,`buttonLabel`,void 0),q([E({attribute:`success-message`})],$.prototype,`successMessage`,void 0),q([E({type:Boolean,attribute:`name-field`})],$.prototype,`nameField`,void 0),q([E()],$.prototype,`consent`,void 0),q([E()],$.prototype,`tags`,void 0),q([E({attribute:`api-key`})],$.prototype,`apiKey`,void 0),q([E({attribute:`email-field-name`})],$.prototype,`emailFieldName`,void 0),q([E({attribute:`name-field-name`})],$.prototype,`nameFieldName`,void 0),q([E({type:Number})],$.prototype,`timeout`,void 0),q([E({type:Number,attribute:`min-fill-time`})],$.prototype,`minFillTime`,void 0),q([E()],$.prototype,`honeypot`,void 0),q([E({type:Boolean,attribute:`no-honeypot`})],$.prototype,`noHoneypot`,void 0),q([E()],$.prototype,`theme`,void 0),q([E({attribute:!1})],$.prototype,`strings`,void 0),e.NewsletterSignup=$,e.QuotedReply=J,e.SignupErrorEvent=Xn,e.SignupSubmitEvent=Jn,e.SignupSuccessEvent=Yn,e.StoryCard=X,e.StoryErrorEvent=Vn,e.StoryLoadEvent=Bn,e.parseReply=Sn,e.parseStory=xn,e.registerStrings=rt,e})({});