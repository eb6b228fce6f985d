import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_CSV_DELIMITER, buildBenchCsv, buildBenchWorkbook } from './benchRows.js';
import { benchScript, median, runFresh, type BenchPhase } from './benchProcess.js';

/** The sizes issue 2 asks for; BENCH_SHEET_ROWS (comma-separated) picks some, e.g. `100000`. */
export const SHEET_SIZES: readonly number[] = [1_000, 10_000, 100_000];

interface Sample {
  readonly ms: number;
  readonly cpuMs: number;
  readonly maxRssMb: number;
  readonly exitCode: number;
  readonly countryIndexBuilt: boolean;
  readonly rows: number;
}

/** A bare read the check is measured against: a name for the table and the measure.js arguments. */
interface Baseline {
  readonly name: string;
  readonly args: (file: string) => string[];
}

const MEASURE = benchScript('measure.js');
const SHEETJS: Baseline = { name: 'SheetJS', args: (file) => ['sheetjs', file] };
const CSV_PARSE: Baseline = { name: 'csv-parse (streaming)', args: (file) => ['csv-parse', file, BENCH_CSV_DELIMITER] };
const PAPAPARSE: Baseline = { name: 'Papa Parse (streaming)', args: (file) => ['papaparse', file, BENCH_CSV_DELIMITER] };

/** Each format: how its bench file is built, and the bare reads it is measured against. */
const FORMATS = [
  { ext: 'xlsx', build: buildBenchWorkbook, baselines: [SHEETJS] },
  { ext: 'csv', build: buildBenchCsv, baselines: [SHEETJS, CSV_PARSE, PAPAPARSE] },
] as const;

function size(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

function sizes(): readonly number[] {
  const wanted = process.env.BENCH_SHEET_ROWS?.split(',').map((n) => Number(n.trim())).filter((n) => n > 0);
  if (wanted === undefined || wanted.length === 0) return SHEET_SIZES;
  if (wanted.some((n) => !Number.isInteger(n))) throw new Error(`BENCH_SHEET_ROWS: whole numbers of rows, not ${process.env.BENCH_SHEET_ROWS}`);
  return wanted;
}

/**
 * `--dry-run` against the bare reads of the same generated sheet (.xlsx and .csv), each in a fresh
 * process, alternating so that a burst of load on the machine hits every side; medians of `runs`.
 */
export const sheetBench: BenchPhase = {
  id: 'sheet',
  title: 'Checking a sheet (`--dry-run`) against a bare read of it',
  run({ runs, dir, progress }) {
    const lines = [
      '| rows | file | bare read by | bare read | `--dry-run` | time ratio | CPU time ratio | bare read peak RSS | `--dry-run` peak RSS | memory ratio |',
      '|---:|---|---|---:|---:|---:|---:|---:|---:|---:|',
    ];
    // The same bare reads against our reader alone: what reading costs, before anything is checked.
    const readerLines = [
      '| rows | file | bare read by | bare read | our reader alone | time ratio | CPU time ratio | memory ratio |',
      '|---:|---|---|---:|---:|---:|---:|---:|',
    ];
    for (const rows of sizes()) {
      for (const format of FORMATS) {
        const bytes = format.build(rows);
        const file = join(dir, `clients-${rows}.${format.ext}`);
        writeFileSync(file, bytes);
        const bare = format.baselines.map(() => [] as Sample[]);
        const check: Sample[] = [];
        const reader: Sample[] = [];
        for (let i = 0; i < runs; i++) {
          format.baselines.forEach((baseline, b) => bare[b]?.push(runFresh<Sample>(MEASURE, baseline.args(file))));
          reader.push(runFresh<Sample>(MEASURE, ['read', file]));
          check.push(runFresh<Sample>(MEASURE, ['check', file]));
          const said = format.baselines.map((baseline, b) => `${baseline.name} ${bare[b]?.at(-1)?.ms} ms`).join(', ');
          progress(`${rows} rows .${format.ext}, run ${i + 1}/${runs}: ${said}, reader ${reader.at(-1)?.ms} ms, --dry-run ${check.at(-1)?.ms} ms`);
        }
        if (reader.some((s) => s.rows !== rows + 1)) throw new Error(`our reader read ${reader.map((s) => s.rows).join('/')} rows of ${rows + 1}`);
        const failed = check.find((s) => s.exitCode !== 0);
        if (failed) throw new Error(`the bench .${format.ext} of ${rows} rows did not check clean (exit ${failed.exitCode})`);
        // The sheet types countries by name: a run that never built the index measured too little.
        if (check.some((s) => !s.countryIndexBuilt)) throw new Error(`the ${rows}-row .${format.ext} check did not build the country name index`);
        format.baselines.forEach((baseline, b) => {
          const read = bare[b] ?? [];
          // A bare read that lost rows measured too little: it must see the header and every row.
          if (read.some((s) => s.rows !== rows + 1)) throw new Error(`${baseline.name} read ${read.map((s) => s.rows).join('/')} rows of ${rows + 1}`);
          // Ratios are the median of each run's own ratio: the two sides of a run share the machine's load.
          const ratioOf = (side: Sample[], pick: (s: Sample) => number) => median(side.map((s, i) => pick(s) / pick(read[i] ?? s))).toFixed(2);
          const ms = (samples: Sample[]) => median(samples.map((s) => s.ms)).toLocaleString('en');
          const mb = (samples: Sample[]) => median(samples.map((s) => s.maxRssMb));
          lines.push(
            `| ${rows.toLocaleString('en')} | .${format.ext}, ${size(bytes.length)} | ${baseline.name} | ${ms(read)} ms | ${ms(check)} ms | ` +
              `${ratioOf(check, (s) => s.ms)}× | ${ratioOf(check, (s) => s.cpuMs)}× | ${mb(read)} MB | ${mb(check)} MB | ${ratioOf(check, (s) => s.maxRssMb)}× |`,
          );
          readerLines.push(
            `| ${rows.toLocaleString('en')} | .${format.ext} | ${baseline.name} | ${ms(read)} ms | ${ms(reader)} ms | ` +
              `${ratioOf(reader, (s) => s.ms)}× | ${ratioOf(reader, (s) => s.cpuMs)}× | ${ratioOf(reader, (s) => s.maxRssMb)}× (${mb(read)} → ${mb(reader)} MB) |`,
          );
        });
      }
    }
    lines.push(
      '',
      'Each run reads the sheet once with each bare reader and checks it once (`--dry-run`, no',
      'credentials), each in a fresh process. The bare reads keep every row, as the check does:',
      'SheetJS is `XLSX.read` (dense) and `sheet_to_json` (`header: 1`; an .xlsx as displayed text,',
      'a CSV raw, its fields as typed); csv-parse streams the file, told the separator, with',
      '`bom`, `relax_quotes` and `relax_column_count`; Papa Parse streams it (its Node stream, told',
      'the separator). The check finds the encoding and the separator itself, and reads CSV with its',
      'own splitter (decodeCsv.ts). For CSV, Papa Parse is the fastest bare read and beats SheetJS,',
      'so issue 15 measures CSV against it; csv-parse’s line is shown for reference. The check does',
      'not use Papa Parse: after a stray quote (`"abc"def;x`) it reads the rest of the file into one',
      'field, where Excel, and the splitter, keep `abcdef` and go on. Times run from the process start to the',
      'end of the work, so all sides include Node’s start-up and their module loading; CPU time (user +',
      'system, all threads) is less sensitive to other load on the machine than the times; peak RSS is',
      'the process’s maxRSS; a ratio is the median of the runs’ own ratios. The sheets type countries',
      'and languages as names in several languages as well as codes, so `--dry-run` includes getting the',
      'country and language name indexes (from the build’s snapshot).',
      '',
      'Reading alone: the same bare reads against our reader (`measure.js read`: the file into rows of',
      'cells as the check reads it, engine/checkSheet.ts’s readSheet call, nothing checked), in the',
      'same runs. The difference between this table and the one above is the check itself.',
      '',
      ...readerLines,
    );
    return lines;
  },
};
