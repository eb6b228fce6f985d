import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openJournal, type JournalEntry } from '#dist/engine/journal.js';
import { startSandbox } from '#dist/sandbox/startSandbox.js';
import type { SandboxOptions } from '#dist/sandbox/sandboxOptions.js';
import { buildBenchWorkbook } from './benchRows.js';
import type { BenchContext, BenchPhase } from './benchProcess.js';

/**
 * The API phase of `npm run bench` (issue 3): the built CLI imports a sheet into the sandbox, as a
 * user would run it, and the sandbox's own log says how fast the requests came and how many it
 * refused. BENCH_API_ROWS (default 2 000) sets the size of the rate-limited import.
 */
const BIN = fileURLToPath(new URL('../../bin/banqup-import', import.meta.url));
const LATENCY_MS = 50;
const SERVER_LIMIT = 20;
const CONCURRENCIES = [1, 2, 4, 8, 16];
const UNLIMITED_ROWS = 400;

interface ImportRun {
  readonly exitCode: number | null;
  readonly wallMs: number;
  readonly requests: number;
  /** Requests per second between the first and the last request the sandbox received. */
  readonly requestRate: number;
  readonly rowsPerSecond: number;
  readonly refused429: number;
}

/** Imports `rows` rows of the bench sheet into a fresh sandbox with `sandbox` options. */
async function timedImport(context: BenchContext, rows: number, sandboxOptions: SandboxOptions, cliArgs: readonly string[]): Promise<ImportRun> {
  const arrivals: number[] = [];
  const sandbox = await startSandbox({ ...sandboxOptions, onRequest: () => void arrivals.push(performance.now()) });
  const dir = mkdtempSync(join(context.dir, 'api-'));
  try {
    const sheet = join(dir, `clients-${rows}.xlsx`);
    writeFileSync(sheet, buildBenchWorkbook(rows));
    const started = performance.now();
    const exitCode = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, sheet, '--quiet', '--json', '--state-dir', dir, '--max-rows', String(rows), ...cliArgs], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, BANQUP_API_URL: sandbox.url, BANQUP_CLIENT_ID: sandbox.clientId, BANQUP_CLIENT_SECRET: sandbox.clientSecret },
      });
      child.on('error', reject);
      child.on('close', resolve);
    });
    const wallMs = performance.now() - started;
    const first = arrivals[0] ?? 0;
    const last = arrivals[arrivals.length - 1] ?? 0;
    const clients = sandbox.clients().filter((c) => c.status === 'ACTIVE').length;
    if (exitCode !== 0 || clients !== rows) throw new Error(`the bench import of ${rows} rows ended with exit ${exitCode} and ${clients} active clients`);
    return {
      exitCode,
      wallMs,
      requests: arrivals.length,
      requestRate: last > first ? ((arrivals.length - 1) * 1000) / (last - first) : 0,
      rowsPerSecond: (rows * 1000) / wallMs,
      refused429: sandbox.stats().byStatus['429'] ?? 0,
    };
  } finally {
    await sandbox.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cost of one journal append (a write and an fdatasync), as the create phase makes two per row. */
function journalCost(context: BenchContext, entries: number): { perAppendMs: number; bytesPerEntry: number } {
  const dir = mkdtempSync(join(context.dir, 'journal-'));
  try {
    const journal = openJournal(join(dir, 'bench.journal.ndjson'));
    const entry = (i: number): JournalEntry => ({
      v: 1,
      at: new Date().toISOString(),
      space: '6f1c2a0e-3b7d-4c55-9d0e-2a4b6c8d0e1f',
      id: `ext:CLI-${String(i).padStart(6, '0')}`,
      row: i + 2,
      hash: 'sha256:4a5b6c7d8e9f0a1b2c3d4e5f6a7b8c9d',
      step: 'created',
      clientId: '0c6f9d7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    });
    const started = performance.now();
    for (let i = 0; i < entries; i++) journal.append(entry(i));
    const ms = performance.now() - started;
    journal.close();
    return { perAppendMs: ms / entries, bytesPerEntry: JSON.stringify(entry(0)).length + 1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);

export const apiBench: BenchPhase = {
  id: 'api',
  title: 'Import against the sandbox (API phase)',
  async run(context) {
    const rows = Number(process.env.BENCH_API_ROWS ?? 2_000);
    const lines: string[] = [];

    context.progress(`api: ${rows} rows, sandbox limit ${SERVER_LIMIT}/s, ${LATENCY_MS} ms latency …`);
    const limited = await timedImport(
      context,
      rows,
      { latencyMs: LATENCY_MS, jitterMs: 10, rateLimit: { perSecond: SERVER_LIMIT, burst: SERVER_LIMIT } },
      ['--rate', String(SERVER_LIMIT), '--concurrency', '4'],
    );
    lines.push(
      `${rows.toLocaleString('en')} rows, sandbox limited to ${SERVER_LIMIT} requests/s (burst ${SERVER_LIMIT}), ${LATENCY_MS} ms latency, ` +
        `\`--rate ${SERVER_LIMIT} --concurrency 4\`:`,
      '',
      '| requests | wall time | request rate | share of the limit | 429s | rows/s |',
      '|---:|---:|---:|---:|---:|---:|',
      `| ${limited.requests} | ${fmt(limited.wallMs / 1000)} s | ${fmt(limited.requestRate)}/s | ${fmt((100 * limited.requestRate) / SERVER_LIMIT, 0)}% | ` +
        `${limited.refused429} | ${fmt(limited.rowsPerSecond)} |`,
      '',
      `No server limit, ${UNLIMITED_ROWS} rows, ${LATENCY_MS} ms latency, \`--rate 1000\`: throughput against \`--concurrency\`:`,
      '',
      '| --concurrency | wall time | request rate | rows/s |',
      '|---:|---:|---:|---:|',
    );
    for (const concurrency of CONCURRENCIES) {
      context.progress(`api: no limit, --concurrency ${concurrency} …`);
      const run = await timedImport(context, UNLIMITED_ROWS, { latencyMs: LATENCY_MS }, ['--rate', '1000', '--concurrency', String(concurrency)]);
      lines.push(`| ${concurrency} | ${fmt(run.wallMs / 1000)} s | ${fmt(run.requestRate)}/s | ${fmt(run.rowsPerSecond)} |`);
    }

    context.progress('api: journal appends …');
    const journal = journalCost(context, 2_000);
    // create-started, created and provisioned are one append each; provision-started is one per batch.
    const perRowMs = 3 * journal.perAppendMs;
    lines.push(
      '',
      `Journal: one append (write + fdatasync) takes ${fmt(journal.perAppendMs, 3)} ms (${journal.bytesPerEntry} bytes a line, mean of 2 000); ` +
        `three per row make ${fmt(perRowMs, 2)} ms a row, ${fmt((100 * perRowMs * limited.rowsPerSecond) / 1000, 1)}% of the rate-limited import's time.`,
    );
    return lines;
  },
};
