import { spawn, type IPty } from '@lydell/node-pty';
import { BIN, ROOT } from './runCli.js';
import { cleanCliEnv } from './cleanCliEnv.js';

/** Keys as a terminal sends them, for `session.write`. */
export const KEYS = {
  enter: '\r',
  up: '\u001b[A',
  down: '\u001b[B',
  ctrlC: '\u0003',
  backspace: '\u007f',
} as const;

export interface PtyExit {
  readonly code: number;
  readonly signal: number | undefined;
}

export interface PtySession {
  /** Everything the CLI wrote to the terminal so far (stdout and stderr share it), escape codes removed. */
  readonly screen: () => string;
  /** Resolves once the screen (from `from` on) matches; rejects with the screen after `timeoutMs`. */
  readonly waitFor: (pattern: string | RegExp, timeoutMs?: number, from?: number) => Promise<string>;
  readonly write: (keys: string) => void;
  readonly exited: Promise<PtyExit>;
  readonly kill: () => void;
}

export interface PtyOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string | undefined>;
  readonly cols?: number;
}

 
const ESCAPES = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]|\u001b[=>]/g;

/** Runs the built CLI under a real pseudo-terminal, as a user at a keyboard would (stdin, stdout, stderr all TTYs). */
export function spawnCliInPty(args: readonly string[], options: PtyOptions = {}): PtySession {
  const env = cleanCliEnv({ TERM: 'xterm-256color', ...options.env });
  const pty: IPty = spawn(process.execPath, [BIN, ...args], {
    name: 'xterm-256color',
    cols: options.cols ?? 120,
    rows: 40,
    cwd: options.cwd ?? ROOT,
    env: env,
  });
  let raw = '';
  const listeners = new Set<() => void>();
  pty.onData((data) => {
    raw += data;
    for (const listener of listeners) listener();
  });
  const exited = new Promise<PtyExit>((resolve) => {
    pty.onExit(({ exitCode, signal }) => resolve({ code: exitCode, signal }));
  });
  const screen = (): string => raw.replace(ESCAPES, '').replace(/\r/g, '');

  const waitFor = (pattern: string | RegExp, timeoutMs = 20_000, from = 0): Promise<string> =>
    new Promise((resolve, reject) => {
      const matches = (): boolean => {
        const text = screen().slice(from);
        return typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text);
      };
      if (matches()) {
        resolve(screen());
        return;
      }
      const check = (): void => {
        if (!matches()) return;
        cleanup();
        resolve(screen());
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${String(pattern)}; the terminal shows:\n${screen()}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      void exited.then(() => setTimeout(check, 50));
    });

  return {
    screen,
    waitFor,
    write: (keys) => pty.write(keys),
    exited,
    kill: () => pty.kill('SIGKILL'),
  };
}
