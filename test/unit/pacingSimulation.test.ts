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

describe('adaptive pacing across the steps of an import (virtual time)', () => {
  // A 2 000-row import: 710 look-ups (listing and register), then 2 000 creates; the creates start
  // once every look-up has its answer, so a 429 in the look-ups' last second holds them all up.
  const IMPORT_STEPS = [710, 2000];
  const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8];
  const total = (results: readonly { readonly refusedNearAWait: number }[]) => results.reduce((sum, r) => sum + r.refusedNearAWait, 0);
  const meanShare = (results: readonly { readonly share: number }[]) => results.reduce((sum, r) => sum + r.share, 0) / results.length;

  // At 100/s and 300 ms, with 1 200 look-ups (a sheet naming more registers), the look-ups' last
  // second often meets a probe: the case the hold is for (with 710 no probe meets it, held or not).
  it('limit 100/s, 300 ms: holding the rate through a step’s last second keeps most 429s out of it, and costs no share', async () => {
    const runs = (holdRate: boolean) => Promise.all(SEEDS.map((seed) => simulatePacing({ limit: 100, latencyMs: 300, seed, phases: [1200, 2000], holdRate })));
    const held = await runs(true);
    const probing = await runs(false);
    expect(total(held)).toBeLessThan(total(probing) * 0.75);
    expect(meanShare(held)).toBeGreaterThanOrEqual(meanShare(probing));
  });

  // The first 429 episode measures the limit; measured a request too high, recovery held the rate
  // above it until the server's burst ran dry, and a 429 at the end of the look-ups held the creates
  // up for a second: 89.7–89.9% of the limit here, and 86–91% in the bench.
  it('limit 100/s, 300 ms, in steps: at least 90 percent of the limit with every seed', async () => {
    const held = await Promise.all(SEEDS.map((seed) => simulatePacing({ limit: 100, latencyMs: 300, seed, phases: IMPORT_STEPS })));
    expect(held.map((r) => Math.round(r.share * 10) / 10).filter((share) => share < 90)).toEqual([]);
  });

  it.each([
    [10, 30],
    [40, 300],
    [100, 30],
  ])('limit %d/s, %d ms, in steps: under 2 percent of calls answered 429, at most one in a step’s last second', async (limit, latencyMs) => {
    const held = await Promise.all(SEEDS.map((seed) => simulatePacing({ limit, latencyMs, seed, phases: IMPORT_STEPS })));
    for (const r of held) {
      expect(r.refused).toBeLessThan(2);
      expect(r.refusedNearAWait).toBeLessThanOrEqual(1);
    }
  });
});
