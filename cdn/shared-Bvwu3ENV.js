import{_ as e,c as t,f as n,g as r,h as i,i as a,p as o,r as s,t as c,u as l,v as u}from"./shared-C_54mWv5.js";import{a as d,c as f,n as p,r as m,s as h,t as g}from"./shared-CByB669M.js";var _=r`
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
`,v=class extends o{constructor(...e){super(...e),this.themeController=new s(this),this.markup=new f(this),this.warning=new h(`quoted-reply`),this.theme=`auto`}static{this.kit=u}static{this.styles=[a,g,_]}currentReply(){let e=this.reply??d(this,this.textContent),t=m(e),n=this.markup.settled||this.reply!==void 0?t.problems.join(`; `):``;return this.warning.say(n&&`${t.ok?`left out`:`cannot show`}: ${n}`),t.ok?t.value:void 0}render(){let e=this.currentReply(),n=this.parentElement?t(this.parentElement):t(this),r=this.themeController.scheme;return i`<div class="surface ${r}" lang=${n}>
      ${e?p(e,{strings:l(n,this.strings),lang:n}):``}
      <div ?hidden=${!!e}><slot></slot></div>
    </div>`}};c([n({attribute:!1})],v.prototype,`reply`,void 0),c([n()],v.prototype,`author`,void 0),c([n()],v.prototype,`handle`,void 0),c([n({attribute:`author-href`})],v.prototype,`authorHref`,void 0),c([n()],v.prototype,`avatar`,void 0),c([n()],v.prototype,`platform`,void 0),c([n()],v.prototype,`href`,void 0),c([n()],v.prototype,`datetime`,void 0),c([n()],v.prototype,`context`,void 0),c([n({reflect:!0})],v.prototype,`theme`,void 0),c([n({attribute:!1})],v.prototype,`strings`,void 0),e(`quoted-reply`,v);export{v as t};