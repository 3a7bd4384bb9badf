import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { litRunningFlag } from '../src/internal/lit-running-flag.js';

// lit-html's production build: `e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0`.
const policyCreation = /(\w+)\?\1\.createPolicy\((["'`])lit-html\2,\{createHTML:(\w+)=>\3\}\)/g;

const kitPolicyModule = fileURLToPath(new URL('../src/internal/trusted-types.ts', import.meta.url));

/**
 * The Lit bundled into the CDN builds asks Trusted Types for the kit's own policy
 * (`kitPolicy()`, src/internal/trusted-types.ts: `story-widgets`, else `lit-html`) instead of
 * creating `lit-html` itself. Every Lit creates `lit-html` as it starts, and a page refuses a
 * second policy of one name (without 'allow-duplicates') with an uncaught TypeError: a host
 * running its own Lit under Trusted Types stopped the kit before it defined anything.
 *
 * A second copy of the kit (the script tag twice) needs no policy at all: the first copy
 * already defines every element. Its Lit skips the policy when the kit's Lit is already
 * running (define-element.ts raises the flag), so it neither throws nor reports a violation.
 *
 * The build fails if lit-html's code no longer has the expected shape, so an upgrade of Lit
 * cannot silently drop this.
 */
export function oneLitPolicy(): Plugin {
  return {
    name: 'story-widgets:one-lit-policy',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      let found = 0;
      const guarded = code.replace(policyCreation, (_whole, factory: string) => {
        found++;
        return `${factory}&&!globalThis[Symbol.for("${litRunningFlag}")]?__storyWidgetsPolicy()`;
      });
      if (found !== 1) this.error(`expected one createPolicy("lit-html") in ${id}, found ${found}: update scripts/one-lit-policy.ts`);
      return { code: `import{kitPolicy as __storyWidgetsPolicy}from${JSON.stringify(kitPolicyModule)};${guarded}`, map: null };
    },
  };
}
