import { PacingController, type CleanAnswer, type RefusedAnswer } from './pacingController.js';

/** Options of the client-side pacing. */
export interface RateLimiterOptions {
  /** Requests per second at most: the fixed rate, or the ceiling adaptive pacing never exceeds (default 5). */
  readonly rate?: number;
  /** Requests in flight at most (default 4); adaptive pacing sizes them from the latency under this ceiling. */
  readonly concurrency?: number;
  /** Requests that may start back to back after a quiet spell (default 1: strict spacing). */
  readonly burst?: number;
  /** Adaptive pacing (pacingController.ts); default false: `rate` and `concurrency` as given. */
  readonly adaptive?: boolean;
  /** Called when the pacing rate or the in-flight limit changes (for the progress line). */
  readonly onChange?: (rate: number, inFlightLimit: number) => void;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Counters for the summary and the benchmarks. */
export interface RateLimiterStats {
  readonly configuredRate: number;
  readonly currentRate: number;
  readonly inFlight: number;
  /** Requests in flight allowed now (the ceiling, or what adaptive pacing sized from the latency). */
  readonly inFlightLimit: number;
  readonly waiting: number;
  /** 429 answers reported. */
  readonly rateLimited: number;
  /** Times every caller was paused (a 429 that extends a pause already running is not counted again). */
  readonly pauses: number;
}

/** Pacing and the in-flight cap shared by every call of one adapter. */
export interface RateLimiter {
  /** Waits for a free in-flight place and the next pacing slot; call the returned function when the request ends. */
  acquire(): Promise<() => void>;
  /** Waits for the next pacing slot only (the shared token request, which must not wait behind its callers). */
  pace(): Promise<void>;
  /** A 429: every caller pauses (pacingController.ts says how long: returned, in ms), and adaptive pacing slows down. */
  noteRateLimited(answer: RefusedAnswer): number;
  /** Any answer that is not a 429: adaptive pacing learns the latency and probes upward. */
  noteSuccess(answer: CleanAnswer): void;
  /** Keeps the rate where it is (no probing) while the caller sends its last requests before a wait: PacingController.holdRate. */
  holdRate(hold: boolean): void;
  /** `stats().currentRate` and `stats().inFlightLimit` without building the stats: asked before every request. */
  currentRate(): number;
  inFlightLimit(): number;
  stats(): RateLimiterStats;
}

/**
 * How late a pacing slot may be and still keep its place in the schedule: one interval, at least
 * 10 ms, at most 100 ms. A busy machine wakes timers 10–40 ms late; a rate told by X-RateLimit-*
 * headers is not probed upward, so time lost there would never come back.
 */
const MIN_CATCH_UP_MS = 10;
const MAX_CATCH_UP_MS = 100;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A token bucket (as GCRA: one "theoretical arrival time") plus a cap on requests in flight, both
 * set by a PacingController. The shared pause is what octokit's throttling does: a 429 means the
 * whole credential set is over its limit, not one caller.
 */
export function createRateLimiter(options: RateLimiterOptions = {}): RateLimiter {
  const rate = options.rate ?? 5;
  const concurrency = options.concurrency ?? 4;
  const burst = options.burst ?? 1;
  if (!(rate > 0) || !Number.isFinite(rate)) throw new RangeError(`rate must be a positive number, got ${rate}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) {
    throw new RangeError(`concurrency must be ≥ 1, got ${concurrency}`);
  }
  if (!Number.isInteger(burst) || burst < 1) throw new RangeError(`burst must be ≥ 1, got ${burst}`);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const pacing = new PacingController({ ceiling: rate, maxInFlight: concurrency, adaptive: options.adaptive ?? false }, now());

  let arrival = -Infinity; // GCRA theoretical arrival time of the next request
  let notBefore = -Infinity; // end of the shared pause
  let rateLimited = 0;
  let pauses = 0;
  let inFlight = 0;
  let lastRate = pacing.rate;
  const waiters: Array<() => void> = [];
  const paced: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  let pumping = false;

  function pace(): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      paced.push({ resolve, reject });
      if (!pumping) void pump();
    });
  }

  /** One loop hands out the slots in arrival order (FIFO), so a pause cannot reorder waiting callers. */
  async function pump(): Promise<void> {
    pumping = true;
    try {
      while (paced.length > 0) {
        const t = now();
        const interval = 1000 / pacing.rate;
        const slot = Math.max(t, arrival - (burst - 1) * interval, notBefore);
        if (slot > t) {
          await sleep(slot - t);
          continue; // look again: a 429 may have started a pause, or changed the rate, meanwhile
        }
        // A timer wakes late (a millisecond or more at hundreds of requests a second): count the
        // next slot from when this one was due, if it is at most one interval late; otherwise the late
        // wakes add up, the rate sent falls short of the rate paced, and adaptive pacing never sees
        // its step used and stops climbing. After a quiet spell the schedule starts afresh.
        const catchUp = Math.min(MAX_CATCH_UP_MS, Math.max(MIN_CATCH_UP_MS, interval));
        arrival = (arrival >= t - catchUp ? arrival : t) + interval;
        paced.shift()?.resolve();
      }
    } catch (error) {
      for (const waiter of paced.splice(0)) waiter.reject(error);
    } finally {
      pumping = false;
    }
  }

  /** Lets waiting callers in while there is room under the (possibly changed) in-flight limit. */
  function admit(): void {
    while (waiters.length > 0 && inFlight < pacing.inFlightLimit) {
      inFlight++;
      waiters.shift()?.();
    }
  }

  function releaseSlot(): void {
    inFlight--;
    admit();
  }

  async function acquire(): Promise<() => void> {
    if (inFlight < pacing.inFlightLimit && waiters.length === 0) inFlight++;
    else await new Promise<void>((resolve) => waiters.push(resolve));
    try {
      await pace();
    } catch (error) {
      releaseSlot();
      throw error;
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      releaseSlot();
    };
  }

  function changed(): void {
    const r = pacing.rate;
    const n = pacing.inFlightLimit;
    if (r !== lastRate && Number.isFinite(arrival)) {
      // A new rate applies from now: the next slot is one new interval after the last request.
      arrival = arrival - 1000 / lastRate + 1000 / r;
    }
    // The in-flight limit follows every latency measured: only a new rate is worth telling.
    if (r !== lastRate) {
      lastRate = r;
      options.onChange?.(r, n);
    }
    admit();
  }

  function noteRateLimited(answer: RefusedAnswer): number {
    const t = answer.receivedAt;
    rateLimited++;
    const pauseMs = pacing.noteRefused(answer);
    changed();
    const until = t + pauseMs;
    if (until > notBefore && until > t) {
      if (t >= notBefore) pauses++;
      notBefore = until;
      // After the pause, strict spacing again: no burst of everyone who queued up meanwhile.
      arrival = until + (burst - 1) * (1000 / pacing.rate);
    }
    return pauseMs;
  }

  function noteSuccess(answer: CleanAnswer): void {
    pacing.noteAnswer(answer);
    changed();
  }

  return {
    acquire,
    pace,
    noteRateLimited,
    noteSuccess,
    holdRate: (hold) => pacing.holdRate(hold),
    currentRate: () => pacing.rate,
    inFlightLimit: () => pacing.inFlightLimit,
    stats: () => ({
      configuredRate: rate,
      currentRate: pacing.rate,
      inFlight,
      inFlightLimit: pacing.inFlightLimit,
      waiting: waiters.length,
      rateLimited,
      pauses,
    }),
  };
}
