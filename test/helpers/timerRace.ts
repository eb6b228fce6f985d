/**
 * "Does this wait last at least N ms?" as an ordering instead of a measured time: start a timer of
 * N ms *before* the work, then see which settles first. Node runs due timers in order of expiry,
 * so a wait of N ms or more that starts after the timer cannot end before it, however loaded the
 * machine is; and a work that does not wait at all settles first.
 */
export function startTimer(ms: number): Promise<'timer'> {
  return new Promise((resolve) => setTimeout(() => resolve('timer'), ms));
}

/** Whether `work` settles (resolves or rejects) before `timer` fires. */
export async function settlesBefore(work: Promise<unknown>, timer: Promise<'timer'>): Promise<boolean> {
  const first = await Promise.race([
    timer,
    work.then(
      () => 'work',
      () => 'work',
    ),
  ]);
  return first === 'work';
}
