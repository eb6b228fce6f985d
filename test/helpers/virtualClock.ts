/**
 * A clock whose sleeps return at once and move time forward, so waits are asserted, not endured.
 * Shareable by a client and the sandbox, so that their waits cost nothing; `advance` moves time
 * without a sleep (a token ageing between two calls).
 */
export function virtualClock(start = Date.parse('2026-11-28T10:00:00.000Z')) {
  let t = start;
  const slept: number[] = [];
  return {
    now: () => t,
    sleep: (ms: number): Promise<void> => {
      slept.push(ms);
      t += ms;
      return Promise.resolve();
    },
    advance: (ms: number) => {
      t += ms;
    },
    slept,
  };
}
