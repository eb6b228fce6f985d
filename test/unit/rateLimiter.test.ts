import { describe, expect, it } from 'vitest';
import { HINT_SHARE } from '../../src/api/pacingController.js';
import { createRateLimiter, type RateLimiterOptions } from '../../src/api/rateLimiter.js';

/** A fake clock: sleeps wait for `advance`, so every wait is measured in virtual milliseconds. */
function fakeClock(lateMs = 0) {
  let t = 0;
  const timers: Array<{ at: number; resolve: () => void }> = [];
  const flush = async (): Promise<void> => {
    for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return {
    now: () => t,
    sleep: (ms: number) => new Promise<void>((resolve) => timers.push({ at: t + ms + lateMs, resolve })),
    /** Runs every timer due up to `target`, in time order, letting the woken code run in between. */
    async advanceTo(target: number): Promise<void> {
      await flush();
      for (;;) {
        timers.sort((a, b) => a.at - b.at);
        const next = timers[0];
        if (next === undefined || next.at > target) break;
        timers.shift();
        t = Math.max(t, next.at);
        next.resolve();
        await flush();
      }
      t = Math.max(t, target);
    },
  };
}

function setup(options: RateLimiterOptions) {
  const clock = fakeClock();
  const limiter = createRateLimiter({ ...options, now: clock.now, sleep: clock.sleep });
  return { clock, limiter };
}

/** Starts `count` requests that record when they start and hold their place `holdMs`. */
function startRequests(
  { clock, limiter }: ReturnType<typeof setup>,
  count: number,
  holdMs = 0,
): { starts: number[]; maxInFlight: () => number; done: Promise<unknown> } {
  const starts: number[] = [];
  let inFlight = 0;
  let max = 0;
  const done = Promise.all(
    Array.from({ length: count }, async () => {
      const release = await limiter.acquire();
      starts.push(clock.now());
      inFlight++;
      max = Math.max(max, inFlight);
      if (holdMs > 0) await clock.sleep(holdMs);
      inFlight--;
      release();
    }),
  );
  return { starts, maxInFlight: () => max, done };
}

describe('pacing', () => {
  it.each([
    // rate, burst, start times of five requests
    [5, 1, [0, 200, 400, 600, 800]],
    [2, 1, [0, 500, 1000, 1500, 2000]],
    [10, 1, [0, 100, 200, 300, 400]],
    [5, 3, [0, 0, 0, 200, 400]],
  ])('rate %d/s, burst %i: requests start at %j ms', async (rate, burst, expected) => {
    const s = setup({ rate, burst, concurrency: 10 });
    const run = startRequests(s, 5);
    await s.clock.advanceTo(5000);
    await run.done;
    expect(run.starts).toEqual(expected);
  });

  it.each([
    // rate, how late every timer wakes, requests: the last one starts no later than the schedule plus one late wake
    [500, 1, 101],
    [200, 3, 41],
    [25, 15, 26], // a busy machine, at a rate X-RateLimit-* told (never probed upward to make up for it)
    [10, 60, 11],
  ])('at %d/s with timers waking %d ms late, keeps the schedule (%d requests)', async (rate, lateMs, count) => {
    const clock = fakeClock(lateMs);
    const s = { clock, limiter: createRateLimiter({ rate, concurrency: 1000, now: clock.now, sleep: clock.sleep }) };
    const run = startRequests(s, count);
    await s.clock.advanceTo(5000);
    await run.done;
    const scheduled = ((count - 1) * 1000) / rate;
    expect(run.starts.at(-1)).toBeLessThanOrEqual(scheduled + lateMs);
    // Never faster than the rate over the run either.
    expect(run.starts.at(-1)).toBeGreaterThanOrEqual(scheduled);
  });

  it('starts afresh after a quiet spell: no burst of catch-up requests', async () => {
    const s = setup({ rate: 100, concurrency: 10 });
    const first = startRequests(s, 1);
    await s.clock.advanceTo(1000);
    await first.done;
    const later = startRequests(s, 3);
    await s.clock.advanceTo(2000);
    await later.done;
    expect(later.starts).toEqual([1000, 1010, 1020]);
  });

  it('caps the requests in flight and hands a freed place to the next in line', async () => {
    const s = setup({ rate: 1000, concurrency: 2 });
    const run = startRequests(s, 6, 100);
    await s.clock.advanceTo(1000);
    await run.done;
    expect(run.maxInFlight()).toBe(2);
    expect(run.starts).toEqual([0, 1, 100, 101, 200, 201]);
    expect(s.limiter.stats()).toMatchObject({ inFlight: 0, waiting: 0 });
  });

  it('lets the token request pace without taking an in-flight place', async () => {
    const s = setup({ rate: 10, concurrency: 1 });
    await s.limiter.acquire(); // the only place, held
    const paced = s.limiter.pace().then(() => s.clock.now());
    await s.clock.advanceTo(500);
    expect(await paced).toBe(100);
  });
});

describe('shared pause on 429', () => {
  it('fixed: makes every caller wait until Retry-After, then resumes at the same pace', async () => {
    const s = setup({ rate: 10, concurrency: 4 });
    const run = startRequests(s, 3); // slots at 0, 100, 200
    await s.clock.advanceTo(50);
    s.limiter.noteRateLimited({ sentAt: 0, receivedAt: 50, retryAfterMs: 3000 }); // a 429 at t=50: nobody starts before 3050
    const late = startRequests(s, 1);
    const token = s.limiter.pace().then(() => s.clock.now());
    await s.clock.advanceTo(10_000);
    await Promise.all([run.done, late.done]);
    // 0 went before the 429; then one request per 100 ms from 3050 on: a fixed rate is never lowered.
    expect(run.starts).toEqual([0, 3050, 3150]);
    expect(late.starts).toEqual([3250]);
    expect(await token).toBe(3350);
    expect(s.limiter.stats()).toMatchObject({ rateLimited: 1, pauses: 1, currentRate: 10 });
  });

  it('counts one pause for 429s that arrive during it', () => {
    const s = setup({ rate: 8 });
    s.limiter.noteRateLimited({ sentAt: 0, receivedAt: 0, retryAfterMs: 1000 });
    s.limiter.noteRateLimited({ sentAt: 0, receivedAt: 10, retryAfterMs: 1000 });
    s.limiter.noteRateLimited({ sentAt: 0, receivedAt: 20, retryAfterMs: 1000 });
    expect(s.limiter.stats()).toMatchObject({ currentRate: 8, rateLimited: 3, pauses: 1 });
  });
});

describe('adaptive pacing (pacingController.ts decides, the limiter applies)', () => {
  it('starts at the polite 5/s and spaces requests at the rate pacing chose', async () => {
    const s = setup({ rate: 200, concurrency: 64, adaptive: true });
    const run = startRequests(s, 3);
    await s.clock.advanceTo(2000);
    await run.done;
    expect(run.starts).toEqual([0, 200, 400]);
    expect(s.limiter.stats()).toMatchObject({ configuredRate: 200, currentRate: 5 });
  });

  it('a 429 pauses everyone briefly (not the whole Retry-After) and lowers the rate once', async () => {
    const changes: number[] = [];
    const s = setup({ rate: 200, concurrency: 64, adaptive: true, onChange: (rate) => changes.push(rate) });
    s.limiter.noteRateLimited({ sentAt: 0, receivedAt: 30, retryAfterMs: 1000 });
    s.limiter.noteRateLimited({ sentAt: 5, receivedAt: 35, retryAfterMs: 1000 }); // sent before the first was answered
    await s.clock.advanceTo(35);
    const run = startRequests(s, 1);
    await s.clock.advanceTo(5000);
    await run.done;
    expect(changes).toHaveLength(1);
    expect(run.starts[0]).toBeGreaterThan(35);
    expect(run.starts[0]).toBeLessThan(1030);
    expect(s.limiter.stats()).toMatchObject({ rateLimited: 2, pauses: 1 });
  });

  it('lets more requests in flight once the latency says they are needed', () => {
    const s = setup({ rate: 100, concurrency: 64, adaptive: true });
    const before = s.limiter.stats().inFlightLimit;
    s.limiter.noteSuccess({ sentAt: 0, receivedAt: 300, hints: { limit: 100, remaining: 4, resetAt: 1000 } });
    expect(s.limiter.stats().currentRate).toBe(100 * HINT_SHARE);
    expect(s.limiter.stats().inFlightLimit).toBeGreaterThan(Math.max(before, 100 * HINT_SHARE * 0.3));
  });
});

describe('options', () => {
  it.each([[{ rate: 0 }], [{ rate: -1 }], [{ rate: Number.POSITIVE_INFINITY }], [{ concurrency: 0 }], [{ concurrency: 1.5 }], [{ burst: 0 }]])(
    'refuses %j',
    (options) => {
      expect(() => createRateLimiter(options)).toThrow(RangeError);
    },
  );

  it('defaults to 5 requests/s and 4 in flight', async () => {
    const s = setup({});
    const run = startRequests(s, 6, 10_000);
    await s.clock.advanceTo(5000);
    expect(run.maxInFlight()).toBe(4);
    expect(run.starts).toEqual([0, 200, 400, 600]);
    expect(s.limiter.stats()).toMatchObject({ configuredRate: 5, inFlight: 4, waiting: 2 });
    await s.clock.advanceTo(30_000);
    await run.done;
  });
});
