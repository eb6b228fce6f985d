import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';

/**
 * One measurement in a fresh process, so that peak memory (maxRSS) belongs to it alone:
 * `sheetjs FILE` is SheetJS's bare read; `check FILE` is `banqup-import FILE --dry-run`.
 * Each mode imports only what it needs, and `ms` counts from the process start (the origin of
 * `performance.now()`), so both sides include Node's start-up and their own module loading, as a
 * user waiting for the command does. Prints {"ms", "cpuMs", "maxRssMb", "exitCode", "countryIndexBuilt"}.
 */
const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'sheetjs' && mode !== 'check')) {
  process.stderr.write('usage: measure.js sheetjs|check FILE\n');
  process.exit(2);
}
let exitCode = 0;
let countryIndexBuilt = false;
if (mode === 'sheetjs') {
  const XLSX = await import('xlsx');
  XLSX.read(readFileSync(file), { type: 'buffer' });
} else {
  const [{ main }, { isCountryIndexBuilt }] = await Promise.all([import('#dist/main.js'), import('#dist/domain/countryIndex.js')]);
  // The offline check only: with Banqup credentials in the environment a dry run also asks the API.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('BANQUP_')));
  const sink = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false, columns: 100 });
  // --max-rows: the default (10 000) would refuse the 100 000-row sheet.
  exitCode = await main([file, '--dry-run', '--max-rows', '1000000'], {
    stdout: sink,
    stderr: sink,
    stdin: process.stdin,
    env: { ...env, NO_COLOR: '1' },
    cwd: process.cwd(),
  });
  countryIndexBuilt = isCountryIndexBuilt();
}
const ms = performance.now();
const usage = process.resourceUsage();
// CPU time (all threads, GC helpers included) hardly moves with the machine's load, unlike `ms`.
const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
const maxRssMb = Math.round(usage.maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), cpuMs, maxRssMb, exitCode, countryIndexBuilt })}\n`);
