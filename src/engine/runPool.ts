/** What a pool of API calls asks the adapter's pacing. */
export interface PoolPacing {
  /** Requests in flight allowed now: at most that many items are under way at once. */
  readonly capacity: () => number;
  /** Requests per second now: how many items make the pool's last second of work. */
  readonly rate?: () => number;
  /** Keep the rate through that last second (BanqupApi.holdRate); false once the pool is done. */
  readonly holdRate?: (hold: boolean) => void;
}

/**
 * Runs `work` over `items` with at most `workers` at a time, in order of the list. Before taking
 * the next item each worker asks `shouldStop`: once it says yes, nothing new starts and the calls
 * in flight are awaited. A thrown error (a bug: per-item failures are data) stops the others too.
 * `pacing`, when given, is asked before each item: at most its capacity of items are under way at
 * once (adaptive pacing's requests in flight), so that a Ctrl-C finds few started, none queued;
 * and once the items left would take about a second at its rate, it is told to hold that rate.
 */
export async function runPool<T>(
  items: readonly T[],
  workers: number,
  work: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
  pacing?: PoolPacing,
): Promise<void> {
  let next = 0;
  let crashed = false;
  let active = 0;
  let holding = false;
  let wake: Array<() => void> = [];
  const full = (): boolean => pacing !== undefined && active > 0 && active >= pacing.capacity();
  const holdNearTheEnd = (): void => {
    if (holding || pacing?.holdRate === undefined || pacing.rate === undefined) return;
    if (items.length - next > pacing.rate() * TAIL_SECONDS) return;
    holding = true;
    pacing.holdRate(true);
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      // Checked again after every wait, in this worker's own turn: the workers all start at once,
      // and a check before an await would let each of them past while none had begun.
      while (full()) await new Promise<void>((resolve) => wake.push(resolve));
      if (crashed || shouldStop() || next >= items.length) break;
      holdNearTheEnd();
      const item = items[next++] as T;
      active++;
      try {
        await work(item);
      } catch (error) {
        crashed = true;
        throw error;
      } finally {
        active--;
        const waiting = wake;
        wake = [];
        for (const resolve of waiting) resolve();
      }
    }
  };
  const count = Math.max(1, Math.min(Math.floor(workers), items.length));
  try {
    const results = await Promise.allSettled(Array.from({ length: count }, worker));
    const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    if (holding) pacing?.holdRate?.(false);
  }
}

/** The pool's last stretch, in seconds of work at the current rate, during which the rate is held. */
const TAIL_SECONDS = 1;

/** The pacing of the adapter, for a pool of its calls, when it says (a test's fake may not). */
export function pacingOf(api: {
  stats?: () => { inFlightLimit?: number };
  inFlightLimit?: () => number;
  currentRate?: () => number;
  holdRate?: (hold: boolean) => void;
}): PoolPacing | undefined {
  const { inFlightLimit, stats, currentRate, holdRate } = api;
  let capacity: (() => number) | undefined;
  if (inFlightLimit !== undefined) capacity = () => inFlightLimit.call(api);
  else if (stats !== undefined) capacity = () => stats.call(api).inFlightLimit ?? Number.POSITIVE_INFINITY;
  if (capacity === undefined) return undefined;
  if (currentRate === undefined || holdRate === undefined) return { capacity };
  return { capacity, rate: () => currentRate.call(api), holdRate: (hold) => holdRate.call(api, hold) };
}

/** Waits `ms`, or less if the signal aborts first. */
export function sleepUnlessAborted(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted || ms <= 0) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
