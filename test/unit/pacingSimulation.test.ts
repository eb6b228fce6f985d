import { describe, expect, it } from 'vitest';
import { simulatePacing } from '../helpers/pacingSimulation.js';

/**
 * Issue 15's targets for adaptive pacing, checked on the algorithm itself: the real limiter and
 * controller against the sandbox's token bucket, in virtual time (the clock is the simulation's, so
 * nothing here depends on how busy the machine is). `npm run bench` measures the same on real
 * processes.
 */
describe('adaptive pacing against a rate-limited server (virtual time, default flags)', () => {
  it.each([
    // limit/s, latency ms, seed
    [10, 30, 1],
    [25, 30, 2],
    [40, 30, 3],
    [100, 30, 4],
    [10, 300, 5],
    [25, 300, 6],
    [40, 300, 7],
    [100, 300, 8],
  ])('limit %d/s, %d ms, seed %d: at least 90 percent of the limit, under 2 percent of calls answered 429', async (limit, latencyMs, seed) => {
    const { share, refused } = await simulatePacing({ limit, latencyMs, seed });
    expect(share).toBeGreaterThanOrEqual(90);
    expect(share).toBeLessThanOrEqual(101); // the bucket's burst allows a little over, never much
    expect(refused).toBeLessThan(2);
  });

  it('keeps to the --rate ceiling when the server allows more', async () => {
    const { share, refused } = await simulatePacing({ limit: 100, latencyMs: 30, ceiling: 25, requests: 500 });
    expect(share).toBeLessThanOrEqual(26);
    expect(share).toBeGreaterThan(22);
    expect(refused).toBe(0);
  });

  it('climbs to the ceiling when the server has no limit', async () => {
    const { share: perSecond } = await simulatePacing({ limit: 0, latencyMs: 30, ceiling: 200, requests: 5000 });
    expect(perSecond).toBeGreaterThan(0.9 * 200);
    expect(perSecond).toBeLessThanOrEqual(201);
  });
});
