import { InterruptedError } from '../errors.js';
import type { Io } from '../io.js';

/**
 * Ends the command with exit 130 if Ctrl-C came. Synchronous work (reading a sheet, loading a
 * command's modules) holds the signal handler back, and Node runs it a turn or two of the event
 * loop later: those turns are given first, so that a Ctrl-C pressed meanwhile is seen here.
 */
export async function stopIfInterrupted(io: Pick<Io, 'signal'>, messageCode: string): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  if (io.signal?.aborted) throw new InterruptedError(messageCode);
}
