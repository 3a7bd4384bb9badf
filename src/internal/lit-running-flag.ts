/**
 * Raised on `globalThis` (as a registered symbol, so every copy of the bundle sees the same
 * one) once the kit's Lit is running. The bundles' Lit checks it before asking Trusted Types
 * for its `lit-html` policy: see scripts/one-lit-policy.ts.
 */
export const litRunningFlag = 'story-widgets.lit-running';
