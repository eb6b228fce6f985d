/** Options of the client-side pacing (banqup-api.md §6: about 5 requests/s is polite). */
export interface RateLimiterOptions {
  /** Requests per second at most (default 5). */
  readonly rate?: number;
  /** Requests in flight at most (default 4). */
  readonly concurrency?: number;
  /** Requests that may start back to back after a quiet spell (default 1: strict spacing). */
  readonly burst?: number;
  /** The rate never drops below this after 429s (default 0.5/s, or `rate` if lower). */
  readonly minRate?: number;
  /** Successes in a row before the rate creeps back up by a tenth of `rate` (default 10). */
  readonly increaseAfter?: number;
  readonly now?: () => number;
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Counters for the summary and the benchmarks. */
export interface RateLimiterStats {
  readonly configuredRate: number;
  readonly currentRate: number;
  readonly inFlight: number;
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
  /** A 429: every caller waits `retryAfterMs`, and the rate is halved (once per pause). */
  noteRateLimited(retryAfterMs: number): void;
  /** Any answer that is not a 429: after enough of them the rate creeps back up. */
  noteSuccess(): void;
  stats(): RateLimiterStats;
}

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A token bucket (as GCRA: one "theoretical arrival time") plus a cap on requests in flight, with
 * AIMD adaptation: halve on a 429, add rate/10 after a run of successes. The shared pause is what
 * octokit's throttling does: a 429 means the whole credential set is over its limit, not one caller.
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
  const minRate = Math.min(options.minRate ?? 0.5, rate);
  const increaseAfter = options.increaseAfter ?? 10;
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;

  let currentRate = rate;
  let arrival = -Infinity; // GCRA theoretical arrival time of the next request
  let notBefore = -Infinity; // end of the shared pause
  let streak = 0;
  let rateLimited = 0;
  let pauses = 0;
  let inFlight = 0;
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
        const interval = 1000 / currentRate;
        const slot = Math.max(t, arrival - (burst - 1) * interval, notBefore);
        if (slot > t) {
          await sleep(slot - t);
          continue; // look again: a 429 may have started a pause, or lowered the rate, meanwhile
        }
        arrival = Math.max(arrival, t) + interval;
        paced.shift()?.resolve();
      }
    } catch (error) {
      for (const waiter of paced.splice(0)) waiter.reject(error);
    } finally {
      pumping = false;
    }
  }

  function releaseSlot(): void {
    const next = waiters.shift();
    if (next) next(); // hand the place over directly, so inFlight never drops and rises again
    else inFlight--;
  }

  async function acquire(): Promise<() => void> {
    if (inFlight < concurrency) inFlight++;
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

  function noteRateLimited(retryAfterMs: number): void {
    const t = now();
    rateLimited++;
    streak = 0;
    const wasPaused = t < notBefore;
    // Answers to requests sent before the pause began arrive during it: they must not halve again.
    if (!wasPaused) currentRate = Math.max(minRate, currentRate / 2);
    const until = t + Math.max(0, retryAfterMs);
    if (until > notBefore && until > t) {
      if (!wasPaused) pauses++;
      notBefore = until;
      // After the pause, strict spacing again: no burst of everyone who queued up meanwhile.
      arrival = until + (burst - 1) * (1000 / currentRate);
    }
  }

  function noteSuccess(): void {
    if (currentRate >= rate) return;
    streak++;
    if (streak >= increaseAfter) {
      currentRate = Math.min(rate, Math.round((currentRate + rate / 10) * 1e6) / 1e6);
      streak = 0;
    }
  }

  return {
    acquire,
    pace,
    noteRateLimited,
    noteSuccess,
    stats: () => ({ configuredRate: rate, currentRate, inFlight, waiting: waiters.length, rateLimited, pauses }),
  };
}
