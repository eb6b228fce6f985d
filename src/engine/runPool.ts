/**
 * Runs `work` over `items` with at most `workers` at a time, in order of the list. Before taking
 * the next item each worker asks `shouldStop`: once it says yes, nothing new starts and the calls
 * in flight are awaited. A thrown error (a bug: per-item failures are data) stops the others too.
 * `capacity`, when given, is asked before each item: at most that many items are under way at
 * once (adaptive pacing's requests in flight), so that a Ctrl-C finds few started, none queued.
 */
export async function runPool<T>(
  items: readonly T[],
  workers: number,
  work: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
  capacity?: () => number,
): Promise<void> {
  let next = 0;
  let crashed = false;
  let active = 0;
  let wake: Array<() => void> = [];
  const roomFor = async (): Promise<void> => {
    while (capacity !== undefined && active > 0 && active >= capacity()) {
      await new Promise<void>((resolve) => wake.push(resolve));
    }
  };
  const worker = async (): Promise<void> => {
    for (;;) {
      await roomFor();
      if (crashed || shouldStop() || next >= items.length) break;
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
  const results = await Promise.allSettled(Array.from({ length: count }, worker));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
}

/** The adapter's requests in flight now, when it says (a test's fake may not). */
export function inFlightOf(api: { stats?: () => { inFlightLimit?: number }; inFlightLimit?: () => number }): (() => number) | undefined {
  const limit = api.inFlightLimit;
  if (limit !== undefined) return () => limit.call(api);
  const stats = api.stats;
  if (stats === undefined) return undefined;
  return () => stats.call(api).inFlightLimit ?? Number.POSITIVE_INFINITY;
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
