/** The faults the sandbox can inject, and how to ask for them (scripted or random). */

/**
 * What the sandbox can do wrong on purpose: every failure banqup-api.md §5–§6 tells a client to
 * expect. `dropAfter`, `slow` and `truncated` happen after the work (the client IS created); the
 * 5xx kinds happen before it unless a scripted fault says `afterWork`. `concurrentEdit` strikes
 * only a PATCH: someone else edits that client just before it arrives, so its If-Match no longer
 * matches (412) — the race §4.5 tells a client to expect.
 */
export const FAULT_KINDS = [
  'http500',
  'http502html',
  'http503',
  'http504',
  'http429',
  'dropBefore',
  'dropAfter',
  'slow',
  'revokeToken',
  'truncated',
  'concurrentEdit',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

/** Which requests a fault applies to; both absent = every request. */
export interface FaultMatch {
  /** `POST`, `GET` … (any case). */
  readonly method?: string;
  /** The path (no query): exact, a glob where `*` is one path segment and `**` anything, or a RegExp. */
  readonly path?: string | RegExp;
}

/** One fault for the `nth` matching request from the moment it is scripted (1 = the next one). */
export interface ScriptedFault extends FaultMatch {
  readonly kind: FaultKind;
  /** Default 1. */
  readonly nth?: number;
  /** Fire on this many matching requests in a row (default 1). */
  readonly times?: number;
  /** For 5xx kinds: do the work first (the client is created), then answer the error. */
  readonly afterWork?: boolean;
}

/** Faults drawn from a seeded PRNG: the same seed and request order give the same faults. */
export interface RandomFaults extends FaultMatch {
  /** Share of requests that get a fault, 0–1. */
  readonly rate: number;
  /** Default 1. */
  readonly seed?: number;
  /** Default: every kind but `slow` (which waits `slowMs`, 35 s by default). */
  readonly kinds?: readonly FaultKind[];
  /** Share of 5xx faults that come after the work, 0–1 (default 0.5). */
  readonly afterWorkShare?: number;
}

/** Throws a RangeError for a scripted fault that cannot fire. */
export function checkScripted(fault: ScriptedFault): void {
  check('fault.kind', fault.kind, (FAULT_KINDS as readonly string[]).includes(fault.kind));
  const nth = fault.nth ?? 1;
  const times = fault.times ?? 1;
  check('fault.nth', nth, Number.isInteger(nth) && nth >= 1);
  check('fault.times', times, Number.isInteger(times) && times >= 1);
  check('fault.method', fault.method, fault.method === undefined || typeof fault.method === 'string');
  check('fault.path', fault.path, fault.path === undefined || typeof fault.path === 'string' || fault.path instanceof RegExp);
}

/** Throws a RangeError for random faults that cannot be drawn. */
export function checkRandom(random: RandomFaults): void {
  check('faults.random.rate', random.rate, random.rate >= 0 && random.rate <= 1);
  const share = random.afterWorkShare ?? 0.5;
  check('faults.random.afterWorkShare', share, share >= 0 && share <= 1);
  for (const kind of random.kinds ?? []) check('faults.random.kinds', kind, (FAULT_KINDS as readonly string[]).includes(kind));
}

function check(name: string, value: unknown, ok: boolean): void {
  if (!ok) throw new RangeError(`sandbox option ${name}: ${String(value)} is not allowed`);
}
