import { createReadStream, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';

/**
 * One measurement in a fresh process, so that peak memory (maxRSS) belongs to it alone:
 * `sheetjs FILE` is SheetJS's bare read of the rows; `csv-parse FILE DELIMITER` and
 * `papaparse FILE DELIMITER` the streaming parsers'; `read FILE` is our reader alone (the file into
 * rows of cells, as the check reads it, nothing checked); `check FILE` is `banqup-import FILE --dry-run`.
 * Each mode imports only what it needs, and `ms` counts from the process start (the origin of
 * `performance.now()`), so both sides include Node's start-up and their own module loading, as a
 * user waiting for the command does. Prints {"ms", "cpuMs", "maxRssMb", "exitCode", "countryIndexBuilt", "rows"}.
 */
const [mode, file, delimiter] = process.argv.slice(2);
const streaming = mode === 'csv-parse' || mode === 'papaparse';
if (!file || (mode !== 'sheetjs' && mode !== 'read' && mode !== 'check' && !streaming) || (streaming && !delimiter)) {
  process.stderr.write('usage: measure.js sheetjs|read|check FILE, or measure.js csv-parse|papaparse FILE DELIMITER\n');
  process.exit(2);
}
let exitCode = 0;
let countryIndexBuilt = false;
// The bare reads keep every row until the end, as the check does: their peak memory holds them all.
let rows: unknown[] = [];
if (mode === 'sheetjs') {
  // What the reader needs of SheetJS: every row, identifiers as text. An .xlsx gives its cells as
  // Excel shows them (`raw: false`: the formatted text); a CSV keeps its fields as typed (`raw: true`,
  // no number or date conversion), SheetJS finding the BOM and the separator itself.
  const XLSX = await import('xlsx');
  const csv = file.toLowerCase().endsWith('.csv');
  const book = XLSX.read(readFileSync(file), { type: 'buffer', dense: true, ...(csv ? { raw: true } : {}) });
  const first = book.SheetNames[0];
  const sheet = first === undefined ? undefined : book.Sheets[first];
  if (sheet) rows = XLSX.utils.sheet_to_json(sheet, { header: 1, raw: csv });
} else if (mode === 'csv-parse') {
  // The streaming parser as its documentation has it, told the separator the check sniffs; quotes
  // inside unquoted fields and rows of any length accepted, as the check accepts them.
  const { parse } = await import('csv-parse');
  const parser = createReadStream(file).pipe(parse({ delimiter, bom: true, relax_quotes: true, relax_column_count: true }));
  for await (const record of parser) rows.push(record);
} else if (mode === 'papaparse') {
  // Papa Parse's Node stream, as its README has it: the file piped in (decoded by Node, so that a
  // character split between two chunks stays whole), a row of fields for each 'data' event.
  const { default: Papa } = await import('papaparse');
  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter });
  await new Promise<void>((resolve, reject) => {
    parser.on('data', (record: string[]) => rows.push(record));
    parser.on('end', resolve);
    parser.on('error', reject);
    createReadStream(file, 'utf8').on('error', reject).pipe(parser);
  });
} else if (mode === 'read') {
  // What the check's first step does (engine/checkSheet.ts): the whole file, then readSheet without
  // keeping the workbook; the header row is counted, as the bare reads count it.
  const { readSheet } = await import('#dist/input/readSheet.js');
  const sheet = readSheet(readFileSync(file), { maxRows: 1_000_000, keepWorkbook: false });
  rows = [sheet.columns, ...sheet.rows];
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
process.stdout.write(`${JSON.stringify({ ms: Math.round(ms), cpuMs, maxRssMb, exitCode, countryIndexBuilt, rows: rows.length })}\n`);
