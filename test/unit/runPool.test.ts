import { describe, expect, it } from 'vitest';
import { pacingOf, runPool } from '../../src/engine/runPool.js';

/** A pacing that records when the pool held the rate: after how many items had started. */
function recordingPacing(rate: number, started: () => number) {
  const calls: Array<{ hold: boolean; started: number }> = [];
  return { calls, pacing: { capacity: () => 4, rate: () => rate, holdRate: (hold: boolean) => calls.push({ hold, started: started() }) } };
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

describe('runPool', () => {
  it.each([
    // items, rate: the hold starts when the items left are one second's worth at the rate
    [100, 10, 90],
    [100, 40, 60],
    [5, 10, 0],
  ])('%d items at %d/s: holds the rate from item %d on, and releases it at the end', async (count, rate, from) => {
    let started = 0;
    const { calls, pacing } = recordingPacing(rate, () => started);
    const items = Array.from({ length: count }, (_, i) => i);
    await runPool(items, 4, async () => {
      started++;
      await tick();
    }, undefined, pacing);
    expect(started).toBe(count);
    expect(calls).toEqual([
      { hold: true, started: from },
      { hold: false, started: count },
    ]);
  });

  it('releases the hold when the work throws', async () => {
    let started = 0;
    const { calls, pacing } = recordingPacing(100, () => started);
    const run = runPool([1, 2, 3], 2, async (n) => {
      started++;
      await tick();
      if (n === 2) throw new Error('bug');
    }, undefined, pacing);
    await expect(run).rejects.toThrow('bug');
    expect(calls.map((c) => c.hold)).toEqual([true, false]);
  });

  it('never holds when stopped before the last second of work', async () => {
    let started = 0;
    const { calls, pacing } = recordingPacing(10, () => started);
    await runPool(Array.from({ length: 100 }, (_, i) => i), 4, async () => {
      started++;
      await tick();
    }, () => started >= 20, pacing);
    expect(started).toBeLessThan(30);
    expect(calls).toEqual([]);
  });

  it('keeps at most the adapter’s in-flight limit of items under way', async () => {
    let active = 0;
    let most = 0;
    const api = { inFlightLimit: () => 3, currentRate: () => 1000, holdRate: () => {} };
    await runPool(Array.from({ length: 30 }, (_, i) => i), 10, async () => {
      active++;
      most = Math.max(most, active);
      await tick();
      active--;
    }, undefined, pacingOf(api));
    expect(most).toBe(3);
  });
});
