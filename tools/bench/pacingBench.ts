import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '#dist/sandbox/startSandbox.js';
import type { SandboxOptions } from '#dist/sandbox/sandboxOptions.js';
import { buildBenchWorkbook } from './benchRows.js';
import { median, type BenchContext, type BenchPhase } from './benchProcess.js';

/**
 * The pacing phase of `npm run bench` (issue 15): the built CLI, with default flags and NOT told the
 * server's limit, imports a sheet into a sandbox whose token bucket (burst 5) is the only limit. The
 * sandbox's own log is the measure: the requests it accepted over the run's time, as a share of its
 * limit; the share it refused with 429; and how long until it first accepted ≥ 90% of its limit.
 * Then the `--rate` ceiling, and the unlimited case for the client's own cost (CPU, memory).
 * BENCH_PACING_ROWS (default 2 000) shortens the rate-limited runs; BENCH_PACING_HEADERS (`off,on`,
 * the default) says whether the sandbox sends the optional X-RateLimit-* headers; BENCH_PACING_LIMITS
 * and BENCH_PACING_LATENCIES (comma-separated, or `none`) narrow the grid; BENCH_PACING_CEILING=0
 * skips the `--rate` ceiling case and BENCH_PACING_UNLIMITED=0 the unlimited one, so that parts of
 * the grid can run as separate processes; BENCH_PACING_SIDE_BY_SIDE=1 runs the slow cells (≤ 25/s) at the same time.
 */
const BIN = fileURLToPath(new URL('../../bin/banqup-import', import.meta.url));
const USAGE_HOOK = fileURLToPath(new URL('./usageOnExit.js', import.meta.url));
const BURST = 5;
const JITTER_MS = 10;
const SIDE_BY_SIDE_MAX = 25;

interface Arrival {
  readonly at: number;
  readonly status: number | undefined;
}

interface PacedRun {
  readonly wallMs: number;
  readonly requests: number;
  readonly accepted: number;
  readonly refused: number;
  /** From the first request the sandbox saw to the last. */
  readonly spanMs: number;
  /** From the first request to the first moment the accepted rate reached 90% of the limit; NaN if never. */
  readonly settleMs: number;
  /** The most requests accepted in any one-second window. */
  readonly peakPerSecond: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
}

function list(name: string, fallback: readonly string[]): string[] {
  const text = process.env[name];
  if (text?.trim() === 'none') return [];
  return text === undefined || text.trim() === '' ? [...fallback] : text.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

/** Imports `rows` rows into a fresh sandbox; the sandbox log says what arrived when. */
async function pacedImport(context: BenchContext, rows: number, sandboxOptions: SandboxOptions, cliArgs: readonly string[], limit: number | null): Promise<PacedRun> {
  const arrivals: Arrival[] = [];
  const sandbox = await startSandbox({
    ...sandboxOptions,
    // The log entry comes when the answer leaves; it arrived `ms` earlier.
    onRequest: (entry) => void arrivals.push({ at: performance.now() - (entry.ms ?? 0), status: entry.status }),
  });
  const dir = mkdtempSync(join(context.dir, 'pacing-'));
  try {
    const sheet = join(dir, `clients-${rows}.xlsx`);
    writeFileSync(sheet, buildBenchWorkbook(rows));
    const usageFile = join(dir, 'usage.json');
    const started = performance.now();
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', USAGE_HOOK, BIN, sheet, '--quiet', '--json', '--state-dir', dir, '--max-rows', String(rows), ...cliArgs], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: {
          ...process.env,
          BANQUP_API_URL: sandbox.url,
          BANQUP_CLIENT_ID: sandbox.clientId,
          BANQUP_CLIENT_SECRET: sandbox.clientSecret,
          BENCH_USAGE_FILE: usageFile,
        },
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    const wallMs = performance.now() - started;
    const clients = sandbox.clients().filter((c) => c.status === 'ACTIVE').length;
    if (exitCode !== 0 || clients !== rows) throw new Error(`the bench import of ${rows} rows ended with exit ${exitCode} and ${clients} active clients`);
    const usage = existsSync(usageFile) ? (JSON.parse(readFileSync(usageFile, 'utf8')) as { cpuMs: number; maxRssMb: number }) : { cpuMs: Number.NaN, maxRssMb: Number.NaN };
    arrivals.sort((a, b) => a.at - b.at);
    const first = arrivals[0]?.at ?? 0;
    const last = arrivals[arrivals.length - 1]?.at ?? 0;
    const acceptedTimes = arrivals.filter((a) => a.status !== 429).map((a) => a.at);
    return {
      wallMs,
      requests: arrivals.length,
      accepted: acceptedTimes.length,
      refused: arrivals.length - acceptedTimes.length,
      spanMs: last - first,
      settleMs: limit === null ? Number.NaN : settleTime(acceptedTimes, first, limit),
      peakPerSecond: peakInWindow(acceptedTimes, 1000),
      cpuMs: usage.cpuMs,
      maxRssMb: usage.maxRssMb,
    };
  } finally {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The first moment the requests accepted over the window before it reach 90% of the limit. The
 * window is a second, or the time of 20 requests at the limit if longer (so that 10/s is not judged on 9).
 */
function settleTime(accepted: readonly number[], first: number, limit: number): number {
  const windowMs = Math.max(1000, (20 * 1000) / limit);
  const needed = Math.ceil((0.9 * limit * windowMs) / 1000);
  let from = 0;
  for (let i = 0; i < accepted.length; i++) {
    const t = accepted[i] ?? 0;
    while ((accepted[from] ?? t) <= t - windowMs) from++;
    if (t - first >= windowMs && i - from + 1 >= needed) return t - first;
  }
  return Number.NaN;
}

function peakInWindow(times: readonly number[], windowMs: number): number {
  let from = 0;
  let peak = 0;
  for (let i = 0; i < times.length; i++) {
    const t = times[i] ?? 0;
    while ((times[from] ?? t) <= t - windowMs) from++;
    peak = Math.max(peak, i - from + 1);
  }
  return peak;
}

const pct = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(n < 10 ? 1 : 0)}%` : '–');
/** A share of the limit, to a tenth: the target is ≥ 90%, and 89.6% must not print as 90%. */
const share = (n: number): string => (Number.isFinite(n) ? `${n.toFixed(1)}%` : '–');
/** What a run got: the requests the sandbox accepted over its span, as a % of `perSecond`; the % it refused. */
const shareOf = (run: PacedRun, perSecond: number): number => (100 * run.accepted * 1000) / (perSecond * run.spanMs);
const refusedOf = (run: PacedRun): number => (100 * run.refused) / run.requests;
const sec = (ms: number): string => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(1)} s` : 'never');

export const pacingBench: BenchPhase = {
  id: 'pacing',
  title: 'Adaptive pacing against a rate-limited sandbox (default flags, the limit not told)',
  async run(context) {
    const rows = Number(process.env.BENCH_PACING_ROWS ?? 2_000);
    const limits = list('BENCH_PACING_LIMITS', ['10', '25', '40', '100']).map(Number);
    const latencies = list('BENCH_PACING_LATENCIES', ['30', '300']).map(Number);
    const headerModes = list('BENCH_PACING_HEADERS', ['off', 'on']);
    const lines: string[] = [
      `${rows.toLocaleString('en')} rows; sandbox token bucket at the limit, burst ${BURST}, latency + 0–${JITTER_MS} ms jitter; the CLI with default flags. ` +
        'Share of the limit = requests the sandbox accepted ÷ (limit × time from its first request to its last); ' +
        `settled = time until it first accepted ≥ 90% of the limit over a second; median of ${context.runs} runs.`,
      '',
      '| limit | latency | X-RateLimit-* | share of the limit | 429s | settled after |',
      '|---:|---:|:---:|---:|---:|---:|',
    ];
    const cells = headerModes.flatMap((headers) => latencies.flatMap((latencyMs) => limits.map((limit) => ({ headers, latencyMs, limit }))));
    const measureCell = async (cell: (typeof cells)[number]): Promise<string> => {
      const { headers, latencyMs, limit } = cell;
      const runs: PacedRun[] = [];
      for (let i = 0; i < context.runs; i++) {
        context.progress(`pacing: limit ${limit}/s, ${latencyMs} ms, headers ${headers}, run ${i + 1}/${context.runs} …`);
        const run = await pacedImport(context, rows, { latencyMs, jitterMs: JITTER_MS, rateLimit: { perSecond: limit, burst: BURST, headers: headers === 'on' } }, [], limit);
        runs.push(run);
        context.progress(`    ${share(shareOf(run, limit))} of the limit, ${pct(refusedOf(run))} 429s`);
      }
      const used = median(runs.map((r) => shareOf(r, limit)));
      const refused = median(runs.map(refusedOf));
      const settle = median(runs.map((r) => (Number.isFinite(r.settleMs) ? r.settleMs : Number.POSITIVE_INFINITY)));
      context.progress(`  → limit ${limit}/s, ${latencyMs} ms, headers ${headers}: ${share(used)} of the limit, ${pct(refused)} 429s, settled after ${sec(settle)}`);
      return `| ${limit}/s | ${latencyMs} ms | ${headers} | ${share(used)} | ${pct(refused)} | ${sec(settle)} |`;
    };
    // A cell at 10 or 25/s spends minutes waiting on the limit with a few percent of a core busy:
    // BENCH_PACING_SIDE_BY_SIDE=1 runs those cells at the same time (the faster ones still alone).
    const sideBySide = process.env.BENCH_PACING_SIDE_BY_SIDE === '1';
    const rowsOf = new Map<(typeof cells)[number], string>();
    const slow = sideBySide ? cells.filter((c) => c.limit <= SIDE_BY_SIDE_MAX) : [];
    await Promise.all(slow.map(async (cell) => rowsOf.set(cell, await measureCell(cell))));
    for (const cell of cells) if (!rowsOf.has(cell)) rowsOf.set(cell, await measureCell(cell));
    for (const cell of cells) lines.push(rowsOf.get(cell) ?? '');
    if (sideBySide) lines.push('', `The cells at up to ${SIDE_BY_SIDE_MAX}/s ran side by side (BENCH_PACING_SIDE_BY_SIDE=1), the others alone.`);

    if (process.env.BENCH_PACING_CEILING !== '0') {
      const ceiling = 25;
      const ceilingRuns: PacedRun[] = [];
      for (let i = 0; i < context.runs; i++) {
        context.progress(`pacing: --rate ${ceiling} against a limit of 100/s, run ${i + 1}/${context.runs} …`);
        ceilingRuns.push(await pacedImport(context, rows, { latencyMs: 30, jitterMs: JITTER_MS, rateLimit: { perSecond: 100, burst: BURST } }, ['--rate', String(ceiling)], ceiling));
      }
      lines.push(
        '',
        `\`--rate ${ceiling}\` (a ceiling) against a limit of 100/s, 30 ms: ${share(median(ceilingRuns.map((r) => shareOf(r, ceiling))))} of the ceiling, ` +
          `at most ${median(ceilingRuns.map((r) => r.peakPerSecond))} requests in any one second, ${pct(median(ceilingRuns.map(refusedOf)))} 429s.`,
      );
    }

    if (process.env.BENCH_PACING_UNLIMITED !== '0') {
      lines.push(
        '',
        'No server limit, 30 ms latency, `--rate 1000 --concurrency 32`: requests/s from the CLI\'s start to its exit, its own CPU time per request, its peak memory.',
        '',
        '| rows | requests/s end to end | CLI CPU per request | peak RSS |',
        '|---:|---:|---:|---:|',
      );
      for (const unlimitedRows of [5_000, 10_000]) {
        const runs: PacedRun[] = [];
        for (let i = 0; i < context.runs; i++) {
          context.progress(`pacing: no limit, ${unlimitedRows} rows, run ${i + 1}/${context.runs} …`);
          runs.push(await pacedImport(context, unlimitedRows, { latencyMs: 30, jitterMs: JITTER_MS }, ['--rate', '1000', '--concurrency', '32'], null));
        }
        lines.push(
          `| ${unlimitedRows.toLocaleString('en')} | ${median(runs.map((r) => (r.requests * 1000) / r.wallMs)).toFixed(0)} | ` +
            `${median(runs.map((r) => r.cpuMs / r.requests)).toFixed(2)} ms | ${median(runs.map((r) => r.maxRssMb)).toFixed(0)} MB |`,
        );
      }
    }
    return lines;
  },
};
