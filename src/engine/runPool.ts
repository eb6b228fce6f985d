/**
 * Runs `work` over `items` with at most `workers` at a time, in order of the list. Before taking
 * the next item each worker asks `shouldStop`: once it says yes, nothing new starts and the calls
 * in flight are awaited. A thrown error (a bug: per-item failures are data) stops the others too.
 */
export async function runPool<T>(
  items: readonly T[],
  workers: number,
  work: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  let crashed = false;
  const worker = async (): Promise<void> => {
    while (!crashed && !shouldStop() && next < items.length) {
      const item = items[next++] as T;
      try {
        await work(item);
      } catch (error) {
        crashed = true;
        throw error;
      }
    }
  };
  const count = Math.max(1, Math.min(Math.floor(workers), items.length));
  const results = await Promise.allSettled(Array.from({ length: count }, worker));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
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
