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
