import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanCliEnv } from '../helpers/cleanCliEnv.js';
import { ROOT, type CliOptions, type CliResult } from '../helpers/runCli.js';

/** The compiled entry point (bin/banqup-import is a one-line import of it). */
export const CLI_ENTRY = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const WRAPPER = fileURLToPath(new URL('./measured.mjs', import.meta.url));

let snapshotEntry: string | undefined;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * A copy of dist/ (and package.json, which version.ts reads) taken at the first run of this test
 * file, under .reliability/: a scenario keeps testing one build even when `npm run build` runs
 * beside it (a half-written dist/ otherwise fails runs with module errors). Node still finds
 * node_modules by walking up to the project.
 */
export function cliEntry(): string {
  if (snapshotEntry) return snapshotEntry;
  if (!existsSync(CLI_ENTRY)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  const parent = join(ROOT, '.reliability');
  // Test workers may be stopped without an 'exit' event: drop the copies of processes that are gone.
  for (const name of existsSync(parent) ? readdirSync(parent) : []) {
    const pid = /^cli-(\d+)$/.exec(name)?.[1];
    if (pid && !isAlive(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
  const snapshot = join(parent, `cli-${process.pid}`);
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), join(snapshot, 'dist'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(snapshot, 'package.json'));
  process.once('exit', () => rmSync(snapshot, { recursive: true, force: true }));
  snapshotEntry = join(snapshot, 'dist', 'cli.js');
  return snapshotEntry;
}

/**
 * Wall time after which a run is killed, unless a case says otherwise: a guard against hangs, not
 * a benchmark. Generous because a loaded machine stretches wall time several times over;
 * cleanFailure.ts bounds the CPU time at 60 s.
 */
export const DEFAULT_TIMEOUT_MS = 180_000;

/** A CLI run with what it cost. */
export interface MeasuredRun extends CliResult {
  /** Wall time from spawn to exit, in milliseconds (includes Node's start-up, ~0.2 s). */
  readonly wallMs: number;
  /** Peak resident memory of the CLI process in MB; null when it was killed before it could say. */
  readonly maxRssMb: number | null;
  readonly cpuMs: number | null;
  /** Killed by the time limit. */
  readonly timedOut: boolean;
}

export interface MeasureOptions extends CliOptions {
  /** Close our end of stdout after this many bytes, like `| head -c N` (the CLI then meets EPIPE). */
  readonly closeStdoutAfterBytes?: number;
}

let figuresDir: string | undefined;
let runs = 0;

/**
 * Runs the built CLI like test/helpers/runCli.ts (same clean environment, cleanCliEnv: PATH,
 * HOME, LANG=en_US.UTF-8, NO_COLOR=1, plus `env`), through a wrapper that reports its peak RSS.
 */
export function runMeasured(args: readonly string[], options: MeasureOptions = {}): Promise<MeasuredRun> {
  figuresDir ??= mkdtempSync(join(tmpdir(), 'banqup-reliability-figures-'));
  const figuresPath = join(figuresDir, `run-${process.pid}-${++runs}.json`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [WRAPPER, figuresPath, cliEntry(), ...args], {
      cwd: options.cwd ?? ROOT,
      env: cleanCliEnv(options.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let received = 0;
    child.stdout.on('data', (c: Buffer) => {
      out.push(c);
      received += c.length;
      if (options.closeStdoutAfterBytes !== undefined && received >= options.closeStdoutAfterBytes) child.stdout.destroy();
    });
    child.stderr.on('data', (c: Buffer) => err.push(c));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', reject);
    // A CLI that exits without reading all of stdin closes the pipe: not an error of the harness.
    child.stdin.on('error', () => undefined);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      let maxRssMb: number | null = null;
      let cpuMs: number | null = null;
      try {
        const figures = JSON.parse(readFileSync(figuresPath, 'utf8')) as { maxRssKb: number; userMs: number; systemMs: number };
        maxRssMb = Math.round((figures.maxRssKb / 1024) * 10) / 10;
        cpuMs = Math.round(figures.userMs + figures.systemMs);
        rmSync(figuresPath, { force: true });
      } catch {
        // Killed (time limit, out of memory): no figures, which the caller records as such.
      }
      const stdoutBytes = Buffer.concat(out);
      resolvePromise({
        code, signal, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes,
        wallMs: Math.round(wallMs), maxRssMb, cpuMs, timedOut,
      });
    });
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    else child.stdin.end();
  });
}
