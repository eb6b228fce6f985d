import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { cleanCliEnv } from './cleanCliEnv.js';
import { BIN, ROOT, type CliOptions, type CliResult } from './runCli.js';

/** A running CLI process that a test can watch, signal or kill mid-run. */
export interface SpawnedCli {
  readonly child: ChildProcessWithoutNullStreams;
  stdout(): string;
  stderr(): string;
  /** Resolves once `ready()` holds, checked every few milliseconds; rejects after `timeoutMs`. */
  waitUntil(ready: () => boolean, timeoutMs?: number): Promise<void>;
  /** Sends a signal: SIGINT is Ctrl-C, SIGKILL is kill -9. */
  kill(signal: NodeJS.Signals): void;
  /** The end of the process. */
  readonly done: Promise<CliResult>;
}

/**
 * Starts the built CLI like runCli, but hands back the process instead of waiting for it.
 * `entry` is the script to run: bin/banqup-import, or a snapshot of dist/ that a concurrent build
 * cannot change mid-run.
 */
export function spawnCli(args: readonly string[], options: CliOptions = {}, entry: string = BIN): SpawnedCli {
  const child = spawn(process.execPath, [entry, ...args], { cwd: options.cwd ?? ROOT, env: cleanCliEnv(options.env), stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => out.push(c));
  child.stderr.on('data', (c: Buffer) => err.push(c));
  if (options.stdin !== undefined) child.stdin.end(options.stdin);
  else child.stdin.end();
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  const done = new Promise<CliResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
  });
  let exited = false;
  void done.then(() => (exited = true), () => (exited = true));
  return {
    child,
    stdout: () => Buffer.concat(out).toString('utf8'),
    stderr: () => Buffer.concat(err).toString('utf8'),
    async waitUntil(ready, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (!ready()) {
        if (exited) throw new Error(`the CLI exited before the awaited moment\n${Buffer.concat(err).toString('utf8')}`);
        if (Date.now() > deadline) throw new Error('timed out waiting for the CLI');
        await new Promise((r) => setTimeout(r, 5));
      }
    },
    kill: (signal) => void child.kill(signal),
    done,
  };
}
