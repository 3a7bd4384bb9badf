// Types for the smoke test (tests/e2e/bench-smoke.test.ts), which imports the bench.
export interface Stats {
  median: number;
  min: number;
  max: number;
  n: number;
}
export type Metric = 'ms' | 'heapMB' | 'nodes' | 'layoutShift' | 'kB';
export type Summary = Record<string, Record<Metric, Stats>>;
export interface BenchResult {
  scenarios: { id: string; impls: string[]; summary: Summary }[];
  shift?: { summary: Summary };
  signup?: { summary: Summary };
  lighthouse?: { scores: Record<string, number>; metrics: Record<string, number | undefined> };
}
export function runBench(options?: {
  runs?: number;
  warmup?: number;
  only?: string[];
  smoke?: boolean;
  lighthouse?: boolean;
  write?: boolean;
  log?: (line: string) => void;
  command?: string;
}): Promise<BenchResult>;
export interface LighthouseResult {
  scores: Record<'performance' | 'accessibility' | 'best-practices' | 'seo', number>;
  metrics: Record<'fcp' | 'lcp' | 'tbt' | 'cls', number | undefined>;
  failing: string[];
  formFactor: string;
  version: string;
}
export function runLighthouse(url: string, log?: (line: string) => void, options?: { browser?: import('puppeteer-core').Browser }): Promise<LighthouseResult>;
