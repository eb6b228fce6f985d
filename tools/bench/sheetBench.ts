import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildBenchWorkbook } from './benchRows.js';
import { benchScript, median, runFresh, type BenchPhase } from './benchProcess.js';

/** The sizes issue 2 asks for. */
export const SHEET_SIZES: readonly number[] = [1_000, 10_000, 100_000];

interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly exitCode: number;
  readonly countryIndexBuilt: boolean;
}

const MEASURE = benchScript('measure.js');

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * `--dry-run` against SheetJS's bare read of the same generated sheet, each in a fresh process,
 * alternating so that a burst of load on the machine hits both sides; medians of `runs`.
 */
export const sheetBench: BenchPhase = {
  id: 'sheet',
  title: 'Checking a sheet (`--dry-run`) against SheetJS reading it',
  run({ runs, dir, progress }) {
    const lines = [
      '| rows | file | SheetJS read | `--dry-run` | time ratio | CPU time ratio | SheetJS peak RSS | `--dry-run` peak RSS | memory ratio |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ];
    for (const rows of SHEET_SIZES) {
      const bytes = buildBenchWorkbook(rows);
      const file = join(dir, `clients-${rows}.xlsx`);
      writeFileSync(file, bytes);
      const read: Sample[] = [];
      const check: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        read.push(runFresh<Sample>(MEASURE, ['sheetjs', file]));
        check.push(runFresh<Sample>(MEASURE, ['check', file]));
        progress(`${rows} rows, run ${i + 1}/${runs}: SheetJS ${read.at(-1)?.ms} ms, --dry-run ${check.at(-1)?.ms} ms`);
      }
      const failed = check.find((s) => s.exitCode !== 0);
      if (failed) throw new Error(`the bench sheet of ${rows} rows did not check clean (exit ${failed.exitCode})`);
      // The sheet types countries by name: a run that never built the index measured too little.
      if (check.some((s) => !s.countryIndexBuilt)) throw new Error(`the ${rows}-row check did not build the country name index`);
      // Ratios are the median of each run's own ratio: the two sides of a run share the machine's load.
      const ratio = (pick: (s: Sample) => number) => median(check.map((s, i) => pick(s) / pick(read[i] ?? s))).toFixed(2);
      const ms = (samples: Sample[]) => median(samples.map((s) => s.ms)).toLocaleString('en');
      const mb = (samples: Sample[]) => median(samples.map((s) => s.maxRssMb));
      lines.push(
        `| ${rows.toLocaleString('en')} | ${size(bytes.length)} | ${ms(read)} ms | ${ms(check)} ms | ${ratio((s) => s.ms)}× | ${ratio((s) => s.cpuMs)}× | ` +
          `${mb(read)} MB | ${mb(check)} MB | ${ratio((s) => s.maxRssMb)}× |`,
      );
    }
    lines.push(
      '',
      'Each run reads the sheet once with SheetJS (`XLSX.read`, default options) and checks it once, each in',
      'a fresh process; times run from the process start to the end of the work, so both include Node’s',
      'start-up and their module loading; CPU time (user + system, all threads) is less sensitive to other',
      'load on the machine than the times; peak RSS is the process’s maxRSS; a ratio is the median of the',
      'runs’ own ratios. The sheets type countries and languages as names in several languages as well as',
      'codes, so `--dry-run` includes getting the country and language name indexes (from the build’s snapshot).',
    );
    return lines;
  },
};
