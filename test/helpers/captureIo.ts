import type { Io } from '../../src/io.js';
import { TEST_STATE_HOME } from './cleanCliEnv.js';

/** An Io for running a command in-process, and what it wrote. */
export interface CapturedIo {
  readonly io: Io;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/**
 * The process's streams replaced by buffers, so that a test reads what a command wrote.
 * NO_COLOR is set (assertions compare plain text) and journals go to the test run's own state
 * folder, unless `env` says otherwise; `signal` stands for Ctrl-C.
 */
export function captureIo(options: { readonly env?: Record<string, string>; readonly signal?: AbortSignal } = {}): CapturedIo {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: { write: (c) => (out.push(String(c)), true) },
    stderr: { write: (c) => (err.push(String(c)), true) },
    stdin: process.stdin,
    env: { NO_COLOR: '1', XDG_STATE_HOME: TEST_STATE_HOME, ...options.env },
    cwd: process.cwd(),
    ...(options.signal !== undefined && { signal: options.signal }),
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}
