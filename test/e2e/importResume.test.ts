import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { spawnCli } from '../helpers/spawnCli.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Interruptions of the built CLI mid-run, then a second run that must finish the job with exactly
// one active client per row. The sandbox answers slowly so that there is a "mid-run" to hit.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const ROWS = 8;
const SLOW = ['--rate', '100', '--concurrency', '2', '--batch-size', '3'];

function expectOneActiveClientPerRow(s: TestSandbox): void {
  const clients = s.clients();
  expect(clients).toHaveLength(ROWS);
  expect(new Set(clients.map((c) => c.externalReference)).size).toBe(ROWS);
  expect(clients.filter((c) => c.status !== 'ACTIVE')).toEqual([]);
}

async function sheetOf(rows: number): Promise<string> {
  return writeClientSheet(Array.from({ length: rows }, () => ({})));
}

describe('resuming an interrupted import', () => {
  it('Ctrl-C: in-flight calls finish, exit 130 with the resume hint; the next run finishes (exit 0)', async () => {
    sandbox = await startTestSandbox({ latencyMs: 120 });
    const s = sandbox;
    const [sheet, dir] = [await sheetOf(ROWS), stateDir()];
    const run = spawnCli([sheet, '--state-dir', dir, ...SLOW], { env: s.env });
    await run.waitUntil(() => s.clientCreates() >= 2);
    run.kill('SIGINT');
    const first = await run.done;
    expect(first.code).toBe(130);
    expect(first.stdout).toContain('Interrupted before the end: run the same command again to resume (nothing is created twice).');
    // One totals sentence whose numbers add up to the rows of the sheet; rows never reached are one line, not one each.
    const totals = new RegExp(`^${ROWS} rows: (.*)\\.$`, 'm').exec(first.stdout)?.[1] ?? '';
    expect([...totals.matchAll(/(\d+) [a-z]/g)].reduce((sum, m) => sum + Number(m[1]), 0), totals).toBe(ROWS);
    expect(first.stdout.match(/Not sent: the run stopped before this row/g) ?? []).toHaveLength(0);
    expect(first.stderr).toContain('Stopping: waiting for the calls in flight');
    expect(s.clients().length).toBeLessThan(ROWS);

    const second = await runCli([sheet, '--state-dir', dir, ...SLOW], { env: s.env });
    expect(second.code).toBe(0);
    expectOneActiveClientPerRow(s);
  });

  it.each([
    ['while creating clients', (s: TestSandbox) => s.clientCreates() >= 3],
    ['while provisioning', (s: TestSandbox) => s.provisionCalls() >= 1],
  ])('kill -9 %s loses nothing and duplicates nothing', async (_when, moment) => {
    sandbox = await startTestSandbox({ latencyMs: 80 });
    const s = sandbox;
    const [sheet, dir] = [await sheetOf(ROWS), stateDir()];
    const run = spawnCli([sheet, '--state-dir', dir, ...SLOW], { env: s.env });
    await run.waitUntil(() => moment(s));
    run.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    // The lock of the killed run is left behind; its process is gone, so the next run takes over.
    const lock = join(dir, `${sheet.split('/').pop()}.journal.ndjson.lock`);
    expect(existsSync(lock)).toBe(true);

    const second = await runCli([sheet, '--state-dir', dir, ...SLOW], { env: s.env });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain('ended without releasing its lock');
    expectOneActiveClientPerRow(s);
    expect(existsSync(lock)).toBe(false);
  });

  it('a second run on the same sheet while the first runs refuses (exit 2); the first completes', async () => {
    // The first run's provisioning answer comes 6 s late, so that it surely still holds the lock
    // when the second run starts, however loaded the machine is.
    sandbox = await startTestSandbox({
      latencyMs: 20,
      slowMs: 6_000,
      faults: { scripted: [{ kind: 'slow', method: 'POST', path: '/partner/v1/spaces/*/clients/provisioning' }] },
    });
    const s = sandbox;
    const [sheet, dir] = [await sheetOf(ROWS), stateDir()];
    const first = spawnCli([sheet, '--state-dir', dir, ...SLOW], { env: s.env });
    await first.waitUntil(() => s.provisionCalls() >= 1);
    const second = await runCli([sheet, '--state-dir', dir, ...SLOW], { env: s.env });
    expect(second.stderr).toMatch(/banqup-import: Another/);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/Another import of this sheet is running \(process \d+/);
    expect((await first.done).code).toBe(0);
    expectOneActiveClientPerRow(s);
  });

  it('--restart keeps the old journal and plans from what Banqup holds', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const [sheet, dir] = [await sheetOf(2), stateDir()];
    expect((await runCli([sheet, '--state-dir', dir, '--rate', '100'], { env: s.env })).code).toBe(0);
    const again = await runCli([sheet, '--state-dir', dir, '--restart', '--json', '--rate', '100'], { env: s.env });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('the earlier one is kept as');
    const doc = JSON.parse(again.stdout) as { rows: { status: string }[] };
    expect(doc.rows.map((r) => r.status)).toEqual(['existing', 'existing']);
    expect(s.clients()).toHaveLength(2);
  });
});
