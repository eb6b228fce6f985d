import { describe, expect, it } from 'vitest';
import { FLOOR_RATE, HINT_SHARE, MAX_HOLD_MS, PacingController, POLITE_RATE, type PacingOptions } from '../../src/api/pacingController.js';

/**
 * A server with latency `latencyMs` answering requests sent evenly at the controller's rate, as
 * the limiter would send them; `refuse(t)` says which are 429s. Returns the controller after `ms`.
 */
function drive(
  options: Partial<PacingOptions>,
  ms: number,
  server: {
    latencyMs?: number;
    refuse?: (sentAt: number, c: PacingController) => boolean;
    hints?: (t: number) => { limit?: number; remaining?: number; resetAt?: number };
    /** The clock at the start (to go on driving a controller): 0 unless given. */
    from?: number;
  },
  start?: PacingController,
) {
  const latency = server.latencyMs ?? 30;
  const c = start ?? new PacingController({ ceiling: 200, maxInFlight: 64, adaptive: true, ...options }, 0);
  const pending: Array<{ sentAt: number; receivedAt: number; refused: boolean }> = [];
  const rates: Array<{ t: number; rate: number }> = [];
  const pauses: number[] = [];
  const refusalTimes: number[] = [];
  const end = (server.from ?? 0) + ms;
  let t = server.from ?? 0;
  let nextSend = t;
  let refusals = 0;
  let pauseEnd = 0;
  while (t < end) {
    t = Math.min(nextSend, pending[0]?.receivedAt ?? Number.POSITIVE_INFINITY);
    const answer = pending[0];
    if (answer !== undefined && answer.receivedAt <= t) {
      pending.shift();
      const hints = server.hints?.(answer.receivedAt);
      const base = { sentAt: answer.sentAt, receivedAt: answer.receivedAt, ...(hints !== undefined && { hints }) };
      if (answer.refused) {
        refusals++;
        refusalTimes.push(answer.receivedAt);
        const pause = c.noteRefused({ ...base, retryAfterMs: 1000 });
        pauses.push(pause);
        pauseEnd = Math.max(pauseEnd, answer.receivedAt + pause);
        nextSend = Math.max(nextSend, pauseEnd);
      } else c.noteAnswer(base);
      rates.push({ t, rate: c.rate });
      continue;
    }
    pending.push({ sentAt: t, receivedAt: t + latency, refused: server.refuse?.(t, c) ?? false });
    nextSend = t + 1000 / c.rate;
  }
  return { c, rates, refusals, pauses, refusalTimes };
}

/** A token bucket of `burst` at `perSecond` (a function: a limit that changes), judging arrival times (sentAt + latency, the same for all). */
function bucket(perSecond: number | (() => number), burst = 5) {
  let tokens = burst;
  let last = 0;
  return (sentAt: number): boolean => {
    const rate = typeof perSecond === 'number' ? perSecond : perSecond();
    tokens = Math.min(burst, tokens + ((sentAt - last) * rate) / 1000);
    last = sentAt;
    if (tokens >= 1) {
      tokens -= 1;
      return false;
    }
    return true;
  };
}

describe('pacing controller: clean answers', () => {
  it.each([
    // ceiling, after ms, rate at least, rate at most
    [200, 0, POLITE_RATE, POLITE_RATE],
    [3, 0, 3, 3], // a ceiling under the polite start
    [200, 1500, 20, 200],
    [200, 6000, 200, 200],
    [100, 6000, 100, 100], // never above the ceiling
  ])('ceiling %d/s: after %d ms of clean answers the rate is %d–%d/s', (ceiling, ms, low, high) => {
    const { c } = drive({ ceiling }, ms, {});
    expect(c.rate).toBeGreaterThanOrEqual(low);
    expect(c.rate).toBeLessThanOrEqual(high);
  });

  it('does not climb while the rows come slower than the rate (nothing proves the higher rate)', () => {
    const c = new PacingController({ ceiling: 200, maxInFlight: 64, adaptive: true }, 0);
    // One answer a second, while the rate allows five.
    for (let t = 0; t < 10_000; t += 1000) c.noteAnswer({ sentAt: t, receivedAt: t + 30 });
    expect(c.rate).toBe(POLITE_RATE);
  });

  it('keeps the rate and the in-flight count as given when fixed', () => {
    const { c, pauses } = drive({ ceiling: 40, maxInFlight: 8, adaptive: false }, 5000, { refuse: bucket(20) });
    expect(c.rate).toBe(40);
    expect(c.inFlightLimit).toBe(8);
    expect(pauses.every((p) => p === 1000)).toBe(true); // every 429 paused out in full
  });
});

describe('pacing controller: 429s', () => {
  it.each([
    // server limit, latency
    [10, 30],
    [25, 30],
    [40, 300],
    [100, 30],
    [100, 300],
  ])('limit %d/s at %d ms: settles just under the limit', (limit, latencyMs) => {
    const { rates, refusals, c } = drive({}, 60_000, { latencyMs, refuse: bucket(limit) });
    const late = rates.filter((r) => r.t > 30_000).map((r) => r.rate);
    const mean = late.reduce((a, b) => a + b, 0) / late.length;
    expect(mean).toBeGreaterThan(0.88 * limit);
    expect(mean).toBeLessThan(1.12 * limit);
    expect(refusals).toBeGreaterThan(0);
    expect(c.settledAt).toBeDefined();
  });

  it('a single 429 costs a short pause and one step down, not a halving cascade', () => {
    const c = new PacingController({ ceiling: 200, maxInFlight: 64, adaptive: true }, 0);
    // Four seconds clean at up to 80/s, then three 429s for requests sent before the first was answered.
    drive({}, 4000, {}, c);
    const before = c.rate;
    const pause = c.noteRefused({ sentAt: 3990, receivedAt: 4020, retryAfterMs: 1000 });
    const after = c.rate;
    const again = [c.noteRefused({ sentAt: 3995, receivedAt: 4025, retryAfterMs: 1000 }), c.noteRefused({ sentAt: 4000, receivedAt: 4030, retryAfterMs: 1000 })];
    expect(pause).toBeLessThan(1000); // shorter than Retry-After: the server needs a token's time, not a second
    expect(pause).toBeGreaterThan(0);
    expect(after).toBeLessThan(before);
    expect(after).toBeGreaterThan(before / 4);
    expect(c.rate).toBe(after); // answers to requests sent before the 429 do not lower it again
    expect(again.every((p) => p <= pause)).toBe(true); // nor extend the pause
  });

  it('waits the full Retry-After when 429s keep coming right after the short pauses', () => {
    const c = new PacingController({ ceiling: 50, maxInFlight: 8, adaptive: true, startRate: 50 }, 0);
    let t = 0;
    const pauses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const pause = c.noteRefused({ sentAt: t, receivedAt: t + 10, retryAfterMs: 5000 });
      pauses.push(pause);
      t += 10 + pause + 1;
    }
    expect(pauses[0]).toBeLessThan(5000);
    expect(pauses[2]).toBe(5000);
  });

  it('thins the 429s out once the limit is known: it waits longer before each probe that found the same limit', () => {
    const { refusalTimes } = drive({}, 180_000, { refuse: bucket(20) });
    const inFirstMinute = refusalTimes.filter((t) => t < 60_000).length;
    const inLastMinute = refusalTimes.filter((t) => t >= 120_000).length;
    expect(inFirstMinute).toBeGreaterThan(0);
    expect(inLastMinute).toBeLessThan(inFirstMinute);
    expect(inLastMinute).toBeLessThanOrEqual(2 * Math.ceil(60_000 / MAX_HOLD_MS)); // about one episode (a 429 or two) per longest hold
  });

  it('finds a limit raised during the run once its hold ends, and a lowered one at once', () => {
    let limit = 20;
    const raised = bucket(() => limit);
    const { c } = drive({}, 30_000, { refuse: raised });
    expect(c.rate).toBeLessThan(22);
    limit = 80;
    // The longest hold before probing again, then a few seconds of probing.
    drive({}, MAX_HOLD_MS + 8000, { refuse: raised, from: 30_000 }, c);
    expect(c.rate).toBeGreaterThan(0.85 * 80);
    limit = 30;
    drive({}, 10_000, { refuse: raised, from: 30_000 + MAX_HOLD_MS + 8000 }, c);
    expect(c.rate).toBeLessThan(1.1 * 30);
  });

  it.each([[30], [300]])('climbs back to the server rate within two seconds of the first 429 at %d ms', (latencyMs) => {
    const { rates, refusalTimes } = drive({}, 12_000, { latencyMs, refuse: bucket(100) });
    const first = refusalTimes[0] ?? Number.NaN;
    const later = rates.filter((r) => r.t > first + 2000 + latencyMs).map((r) => r.rate);
    expect(Math.min(...later)).toBeGreaterThan(0.85 * 100);
  });

  it('holds its rate while told to (the last second before a wait), and probes again once released', () => {
    // A limit raised long after it was found: probing would find it, holding must not.
    let limit = 20;
    const raised = bucket(() => limit);
    const { c } = drive({}, 30_000, { refuse: raised });
    limit = 80;
    c.holdRate(true);
    const held = drive({}, MAX_HOLD_MS + 8000, { refuse: raised, from: 30_000 }, c);
    expect(held.refusals).toBe(0);
    expect(c.rate).toBeLessThan(22);
    c.holdRate(false);
    drive({}, MAX_HOLD_MS + 8000, { refuse: raised, from: 30_000 + MAX_HOLD_MS + 8000 }, c);
    expect(c.rate).toBeGreaterThan(0.85 * 80);
  });

  it.each([[0.2], [1], [3]])('never drops under the floor (limit %d/s)', (limit) => {
    const { c } = drive({}, 30_000, { refuse: bucket(limit, 1) });
    expect(c.rate).toBeGreaterThanOrEqual(FLOOR_RATE);
  });
});

describe('pacing controller: X-RateLimit-* hints', () => {
  it.each([
    // advertised limit, ceiling, rate
    [40, 200, 40 * HINT_SHARE],
    [100, 200, 100 * HINT_SHARE],
    [100, 60, 60], // the ceiling wins
  ])('an advertised %d/s over a one-second window: paced at once at 97 percent of it (ceiling %d)', (limit, ceiling, expected) => {
    const c = new PacingController({ ceiling, maxInFlight: 64, adaptive: true }, 0);
    c.noteAnswer({ sentAt: 0, receivedAt: 30, hints: { limit, remaining: 4, resetAt: 1000 } });
    expect(c.rate).toBeCloseTo(expected, 6);
    // and stays there while answers are clean
    const { c: later } = drive({ ceiling }, 10_000, { hints: (t) => ({ limit, remaining: 4, resetAt: Math.ceil((t + 1) / 1000) * 1000 }) }, c);
    expect(later.rate).toBeCloseTo(expected, 6);
  });

  it('ignores a limit whose window is long (1 000 an hour is not 1 000 a second)', () => {
    const c = new PacingController({ ceiling: 200, maxInFlight: 64, adaptive: true }, 0);
    c.noteAnswer({ sentAt: 0, receivedAt: 30, hints: { limit: 1000, remaining: 999, resetAt: 3_600_000 } });
    expect(c.rate).toBe(POLITE_RATE);
  });

  it('does not step up while the server says its bucket is nearly empty', () => {
    const { c } = drive({}, 5000, { hints: () => ({ remaining: 0 }) });
    expect(c.rate).toBe(POLITE_RATE);
  });
});

describe('pacing controller: requests in flight', () => {
  it.each([
    // latency, rate ceiling, in-flight ceiling, at least, at most
    [30, 100, 64, 100 * 0.03, 64],
    [300, 100, 64, 100 * 0.3, 64], // a slow server needs rate × latency in flight
    [300, 100, 16, 16, 16], // the ceiling wins
    [1, 100, 64, 1, 10],
  ])('latency %d ms, rate ceiling %d/s, in-flight ceiling %d: %d–%d in flight', (latencyMs, ceiling, maxInFlight, low, high) => {
    const { c } = drive({ ceiling, maxInFlight }, 8000, { latencyMs });
    expect(c.rate).toBe(ceiling);
    expect(c.inFlightLimit).toBeGreaterThanOrEqual(low);
    expect(c.inFlightLimit).toBeLessThanOrEqual(high);
    expect(c.latencyMs).toBeCloseTo(latencyMs, 0);
  });

  it.each([[{ ceiling: 0 }], [{ ceiling: Number.NaN }], [{ maxInFlight: 0 }], [{ maxInFlight: 2.5 }]])('refuses %j', (bad) => {
    expect(() => new PacingController({ ceiling: 5, maxInFlight: 4, adaptive: true, ...bad }, 0)).toThrow(RangeError);
  });
});
