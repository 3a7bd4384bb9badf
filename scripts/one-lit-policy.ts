import type { Plugin } from 'vite';
import { litRunningFlag } from '../src/internal/lit-running-flag.js';

// lit-html's production build: `e=s?s.createPolicy("lit-html",{createHTML:t=>t}):void 0`.
const policyCreation = /(\w+)\?\1\.createPolicy\((["'`])lit-html\2/g;

/**
 * Pages load scripts twice. Every copy of Lit asks Trusted Types for a policy named
 * `lit-html` as it starts, and a page whose CSP says `trusted-types lit-html` (without
 * 'allow-duplicates') refuses the second request with an uncaught TypeError that stops the
 * second copy of the kit. The first copy already defines every element, so the second needs
 * no policy: this makes the bundled Lit skip it when the kit's Lit is already running.
 *
 * The build fails if lit-html's code no longer has the expected shape, so an upgrade of Lit
 * cannot silently drop the guard.
 */
export function oneLitPolicy(): Plugin {
  return {
    name: 'story-widgets:one-lit-policy',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
      let found = 0;
      const guarded = code.replace(policyCreation, (_whole, factory: string, quote: string) => {
        found++;
        return `${factory}&&!globalThis[Symbol.for("${litRunningFlag}")]?${factory}.createPolicy(${quote}lit-html${quote}`;
      });
      if (found !== 1) this.error(`expected one createPolicy("lit-html") in ${id}, found ${found}: update scripts/one-lit-policy.ts`);
      return { code: guarded, map: null };
    },
  };
}
