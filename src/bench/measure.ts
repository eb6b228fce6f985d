import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import * as XLSX from 'xlsx';
import { main } from '../main.js';

/**
 * One measurement in a fresh process, so that peak memory (maxRSS) belongs to it alone:
 * `sheetjs FILE` is SheetJS's bare read; `check FILE` is `banqup-import FILE --dry-run`.
 * Prints {"ms": …, "maxRssMb": …, "exitCode": …} on stdout.
 */
const [mode, file] = process.argv.slice(2);
if (!file || (mode !== 'sheetjs' && mode !== 'check')) {
  process.stderr.write('usage: measure.js sheetjs|check FILE\n');
  process.exit(2);
}
const sink = Object.assign(new Writable({ write: (_c, _e, done) => done() }), { isTTY: false, columns: 100 });
const start = performance.now();
let exitCode = 0;
if (mode === 'sheetjs') {
  XLSX.read(readFileSync(file), { type: 'buffer' });
} else {
  exitCode = await main([file, '--dry-run', '--max-rows', '1000000'], {
    stdout: sink,
    stderr: sink,
    stdin: process.stdin,
    env: { ...process.env, NO_COLOR: '1' },
    cwd: process.cwd(),
  });
}
const ms = performance.now() - start;
process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), exitCode })}\n`);
