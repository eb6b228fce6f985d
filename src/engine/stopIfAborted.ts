import { InterruptedError } from '../errors.js';

/**
 * Ends the run with exit 130 if Ctrl-C came. Synchronous work (reading a sheet, loading modules)
 * holds the signal handler back, and Node runs it a turn or two of the event loop later: those
 * turns are given first, so that a Ctrl-C pressed meanwhile is seen here.
 */
export async function stopIfAborted(signal: AbortSignal | undefined, messageCode: string): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  if (signal?.aborted) throw new InterruptedError(messageCode);
}

