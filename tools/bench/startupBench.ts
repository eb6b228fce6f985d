import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from 'xlsx';
import { COLUMNS } from '#dist/input/columns.js';
import { median, type BenchPhase } from './benchProcess.js';

/**
 * How long the quick commands keep a user waiting (issue 10): wall time from spawn to exit of the
 * built CLI against `node -e 0` (Node's own start-up, the floor), medians of BENCH_STARTUP_RUNS
 * (default 15) runs after 2 warm-ups. The commands alternate within each round, so that a burst
 * of load on the machine hits all of them. Measured and printed only; no test asserts a time.
 */
const BIN = fileURLToPath(new URL('../../bin/banqup-import', import.meta.url));
/** The README's example: what checking a small sheet costs, start-up and name indexes included. */
const EXAMPLE = fileURLToPath(new URL('../../fixtures/example-clients.xlsx', import.meta.url));
const WARM_UPS = 2;
/** The target for `--help`, reached in main.ts by loading only what a command needs. */
const HELP_TARGET = 2;

interface Command {
  readonly label: string;
  /** Arguments to node; `round` makes a fresh output file for each run. */
  readonly args: (round: number) => readonly string[];
  readonly exitCode: number;
}

/** A sheet with one client and a stray cell a million rows down, as the README's limit describes. */
function strayCellWorkbook(): Uint8Array {
  const sheet = XLSX.utils.aoa_to_sheet([COLUMNS.map((c) => c.label.en), COLUMNS.map(() => 'x')]);
  sheet.A1000000 = { t: 's', v: 'stray' };
  sheet['!ref'] = `A1:${XLSX.utils.encode_col(COLUMNS.length - 1)}1000000`;
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, sheet, 'Clients');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Uint8Array;
}

/**
 * CPU time (user + system, ms) of the children this process has waited for, from /proc/self/stat
 * (cutime, cstime; Linux reports them in 1/100 s); null elsewhere. Other load on the machine
 * stretches wall times far more than CPU times.
 */
function childrenCpuMs(): number | null {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // After "pid (comm) ": state is field 3, so cutime (16) and cstime (17) are at 13 and 14.
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return null;
  }
}

interface Sample {
  readonly wallMs: number;
  readonly cpuMs: number | null;
}

/** Wall and CPU time of one run in milliseconds; throws when it does not end with `exitCode`. */
function timeRun(args: readonly string[], exitCode: number, env: NodeJS.ProcessEnv): Sample {
  const cpuBefore = childrenCpuMs();
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { stdio: 'ignore', env });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  const cpuAfter = childrenCpuMs();
  if (run.error) throw run.error;
  if (run.status !== exitCode) throw new Error(`node ${args.join(' ')} ended with exit ${run.status} (signal ${run.signal}), expected ${exitCode}`);
  return { wallMs, cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore };
}

export const startupBench: BenchPhase = {
  id: 'startup',
  title: 'Start-up and quick answers',
  run({ dir, progress }) {
    const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 15);
    if (!Number.isInteger(runs) || runs < 1) throw new Error(`BENCH_STARTUP_RUNS must be a whole number ≥ 1, not ${process.env.BENCH_STARTUP_RUNS}`);
    const scratch = mkdtempSync(join(dir, 'startup-'));
    const stray = join(scratch, 'stray-cell.xlsx');
    writeFileSync(stray, strayCellWorkbook());
    // The offline paths only: with Banqup credentials a dry run would also ask the API.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('BANQUP_')));
    const commands: readonly Command[] = [
      { label: '`node -e 0`', args: () => ['-e', '0'], exitCode: 0 },
      { label: '`banqup-import --version`', args: () => [BIN, '--version'], exitCode: 0 },
      { label: '`banqup-import --help`', args: () => [BIN, '--help'], exitCode: 0 },
      { label: '`banqup-import template -o <new file>`', args: (round) => [BIN, 'template', '-o', join(scratch, `template-${round}.xlsx`)], exitCode: 0 },
      { label: '`--dry-run` of a sheet with a cell a million rows down (refused)', args: () => [BIN, stray, '--dry-run'], exitCode: 2 },
      { label: '`--dry-run` of the 12-row example (`fixtures/example-clients.xlsx`)', args: () => [BIN, EXAMPLE, '--dry-run'], exitCode: 0 },
    ];
    const samples = commands.map(() => [] as Sample[]);
    try {
      for (let round = 0; round < WARM_UPS + runs; round++) {
        commands.forEach((command, i) => {
          const sample = timeRun(command.args(round), command.exitCode, { ...env, NO_COLOR: '1' });
          if (round >= WARM_UPS) samples[i]?.push(sample);
        });
        if (round >= WARM_UPS) progress(`startup, run ${round - WARM_UPS + 1}/${runs}: ${samples.map((s) => Math.round(s.at(-1)?.wallMs ?? 0)).join(' / ')} ms`);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
    const floor = samples[0] ?? [];
    // A ratio is the median of the rounds' own ratios: both sides of a round share the machine's load.
    const ratio = (s: readonly Sample[], pick: (x: Sample) => number | null) =>
      median(s.map((x, round) => (pick(x) ?? NaN) / (pick(floor[round] ?? x) ?? NaN)));
    const wall = (x: Sample) => x.wallMs;
    const cpu = (x: Sample) => x.cpuMs;
    const withCpu = floor.every((x) => x.cpuMs !== null);
    const lines = [
      `| command | median wall time | min – max | wall time against \`node -e 0\` |${withCpu ? ' CPU time | CPU time against `node -e 0` |' : ''}`,
      `|---|---:|---:|---:|${withCpu ? '---:|---:|' : ''}`,
    ];
    commands.forEach((command, i) => {
      const s = samples[i] ?? [];
      const walls = s.map(wall);
      const cpuColumns = withCpu ? ` ${Math.round(median(s.map((x) => x.cpuMs ?? 0)))} ms | ${ratio(s, cpu).toFixed(2)}× |` : '';
      lines.push(
        `| ${command.label} | ${Math.round(median(walls))} ms | ${Math.round(Math.min(...walls))} – ${Math.round(Math.max(...walls))} ms | ${ratio(s, wall).toFixed(2)}× |${cpuColumns}`,
      );
    });
    const help = ratio(samples[2] ?? [], wall);
    lines.push(
      '',
      `Median of ${runs} runs (BENCH_STARTUP_RUNS) after ${WARM_UPS} warm-ups, each a fresh \`node\` process from spawn to exit (output discarded)` +
        `${withCpu ? '; CPU time is user + system of the child (Linux, 10 ms steps)' : ''}. ` +
        `Target for \`--help\`: at most ${HELP_TARGET}× \`node -e 0\` in wall time; measured ${help.toFixed(2)}× (${help <= HELP_TARGET ? 'met' : 'not met'}).`,
    );
    return lines;
  },
};
