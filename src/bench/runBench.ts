import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBenchWorkbook } from './benchRows.js';

/**
 * `npm run bench`: for 1k, 10k and 100k-row sheets, the time and peak memory of
 * `banqup-import FILE --dry-run` beside SheetJS's bare read of the same file, each in a fresh
 * process, median of several runs, in the same run of this script.
 */
const MEASURE = fileURLToPath(new URL('./measure.js', import.meta.url));
const DIR = fileURLToPath(new URL('../../.bench/', import.meta.url));
const SIZES = [1_000, 10_000, 100_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

interface Sample {
  ms: number;
  maxRssMb: number;
  exitCode: number;
}

function measure(mode: 'sheetjs' | 'check', file: string): Sample {
  const out = execFileSync(process.execPath, [MEASURE, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Sample;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

mkdirSync(DIR, { recursive: true });
const lines = [
  `node ${process.version}, ${RUNS} runs each, median`,
  '',
  '| rows | file | SheetJS read | --dry-run | time ratio | SheetJS peak RSS | --dry-run peak RSS |',
  '|---:|---:|---:|---:|---:|---:|---:|',
];
for (const rows of SIZES) {
  const bytes = buildBenchWorkbook(rows);
  const file = join(DIR, `clients-${rows}.xlsx`);
  writeFileSync(file, bytes);
  const read: Sample[] = [];
  const check: Sample[] = [];
  for (let i = 0; i < RUNS; i++) {
    read.push(measure('sheetjs', file));
    check.push(measure('check', file));
  }
  const failed = check.find((s) => s.exitCode !== 0);
  if (failed) throw new Error(`the bench sheet of ${rows} rows did not check clean (exit ${failed.exitCode})`);
  const readMs = median(read.map((s) => s.ms));
  const checkMs = median(check.map((s) => s.ms));
  lines.push(
    `| ${rows.toLocaleString('en')} | ${(bytes.length / 1024 / 1024).toFixed(1)} MB | ${readMs} ms | ${checkMs} ms | ` +
      `${(checkMs / readMs).toFixed(2)}× | ${median(read.map((s) => s.maxRssMb))} MB | ${median(check.map((s) => s.maxRssMb))} MB |`,
  );
  process.stderr.write(`${rows} rows done\n`);
}
process.stdout.write(`${lines.join('\n')}\n`);
