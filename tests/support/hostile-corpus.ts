/**
 * Types for the page-side corpus module (tests/e2e/pages/hostile-corpus.js: plain JavaScript
 * with no imports, so it also runs on an e2e page), and how the Web Test Runner files load it.
 */

/** How a `<story-card>` receives its story. */
export type CardMode = 'markup' | 'property' | 'inline-json' | 'json-ld' | 'src';
/** `hostile`: every field from the corpus; `safe`: URLs and platforms real, the text hostile. */
export type Variant = 'hostile' | 'safe';
/** What kind of problem a batch found. */
export type FindingKind = 'text' | 'elements' | 'urls' | 'clicks' | 'linkify' | 'events' | 'warnings';

export interface Finding {
  count: number;
  /** The first few, each naming the card and the field. */
  samples: string[];
}

export interface Traps {
  alert: number;
  confirm: number;
  prompt: number;
  print: number;
  open: number;
  error: number;
  unhandledrejection: number;
}

interface BatchReport {
  strings: number;
  linksClicked: number;
  /** console.warn calls captured (each checked to name fields). */
  warnings: number;
  traps: Traps;
  /** What the traps saw, if anything. */
  trapped: string[];
  findings: Partial<Record<FindingKind, Finding>>;
  ms: number;
}

export interface CardReport extends BatchReport {
  mode: CardMode;
  variant: Variant;
  cards: number;
  rendered: number;
  unavailable: number;
  linkifiedUrls: number;
}

export interface ReplyReport extends BatchReport {
  mode: 'markup' | 'property';
  variant: Variant;
  replies: number;
  rendered: number;
  linkifiedUrls: number;
}

export interface SignupReport extends BatchReport {
  boxes: number;
  refusedEmails: number;
  sentHostileEmails: number;
  sentHostileNames: number;
}

export type Spec = Record<string, string>;

export interface HostileCorpus {
  evasionVectors: string[];
  buildCorpus(naughtyStrings: string[]): string[];
  cardFields: string[];
  cardSpec(strings: string[], index: number, variant: Variant): Spec;
  storyDocument(spec: Spec): Record<string, unknown>;
  jsonLdDocument(spec: Spec): Record<string, unknown>;
  storyMarkup(spec: Spec): Element[];
  expectedStory(spec: Spec, mode: CardMode): Record<string, unknown> | null;
  warningProblem(message: string): string | undefined;
  unsafeUrlReason(attribute: string, value: string): string | undefined;
  auditShadowRoot(root: ShadowRoot, tag: string): { findings: Partial<Record<FindingKind, Finding>>; links: number };
  runStoryCards(options: { strings: string[]; mode: CardMode; variant?: Variant; chunkSize?: number }): Promise<CardReport>;
  runQuotedReplies(options: { strings: string[]; mode: 'markup' | 'property'; variant?: Variant; chunkSize?: number }): Promise<ReplyReport>;
  runSignups(options: { strings: string[]; chunkSize?: number }): Promise<SignupReport>;
}

export const cardModes: CardMode[] = ['markup', 'property', 'inline-json', 'json-ld', 'src'];
export const variants: Variant[] = ['hostile', 'safe'];

/** The module, loaded by URL (it is served as is, and has no types of its own). */
export async function loadCorpus(): Promise<HostileCorpus> {
  const url = new URL('../e2e/pages/hostile-corpus.js', import.meta.url).href;
  return (await import(url)) as HostileCorpus;
}

/** big-list-of-naughty-strings' blns.json (461 strings), as the dev server serves it. */
export async function naughtyStrings(): Promise<string[]> {
  const response = await fetch('/node_modules/big-list-of-naughty-strings/blns.json');
  return (await response.json()) as string[];
}

/** A findings kind, readable in a failed assertion: how many, and the first few. */
export function describeFindings(report: BatchReport, kind: FindingKind): string {
  const finding = report.findings[kind];
  return finding ? `${finding.count} ${kind} problems, e.g.\n  ${finding.samples.join('\n  ')}` : `no ${kind} problems`;
}

/** Every trap count, for a failed assertion. */
export function describeTraps(report: BatchReport): string {
  return `traps ${JSON.stringify(report.traps)}; seen: ${JSON.stringify(report.trapped)}`;
}

export const noTraps: Traps = { alert: 0, confirm: 0, prompt: 0, print: 0, open: 0, error: 0, unhandledrejection: 0 };
