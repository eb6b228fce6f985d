import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { spawnCli } from '../helpers/spawnCli.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// --results is written however a run meant for Banqup ends: interrupted (130), stopped (4, 6), partial (5).
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const csvLines = (path: string): string[] => readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');

describe('--results when a run does not finish', () => {
  it('Ctrl-C (exit 130): one line per row, the created ones with their client id', async () => {
    sandbox = await startTestSandbox({ latencyMs: 120 });
    const s = sandbox;
    const dir = stateDir();
    const results = join(dir, 'results.csv');
    const sheet = await writeClientSheet(Array.from({ length: 8 }, () => ({})));
    const run = spawnCli([sheet, '--state-dir', dir, '--rate', '100', '--concurrency', '2', '--results', results], { env: s.env });
    await run.waitUntil(() => s.clientCreates() >= 2);
    run.kill('SIGINT');
    expect((await run.done).code).toBe(130);
    const lines = csvLines(results);
    expect(lines).toHaveLength(1 + 8);
    const withIds = lines.slice(1).filter((l) => /,[0-9a-f-]{36},/.test(l));
    expect(withIds.length).toBe(s.clients().length);
  });

  it('refused before anything was sent (exit 4): the rows as checked, no client id', async () => {
    sandbox = await startTestSandbox({ spaces: 'none' });
    const dir = stateDir();
    const results = join(dir, 'results.csv');
    const sheet = await writeClientSheet([{}, {}]);
    const r = await runCli([sheet, '--state-dir', dir, '--results', results], { env: sandbox.env });
    expect(r.code).toBe(4);
    expect(csvLines(results).slice(1).map((l) => l.split(',').slice(0, 4))).toEqual([
      ['2', 'Client 1 S.à r.l.', 'valid', ''],
      ['3', 'Client 2 S.à r.l.', 'valid', ''],
    ]);
  });

  it('a dry run without credentials writes no results (it never meant to reach Banqup)', async () => {
    const dir = stateDir();
    const results = join(dir, 'results.csv');
    const sheet = await writeClientSheet([{}]);
    expect((await runCli([sheet, '--dry-run', '--results', results])).code).toBe(0);
    expect(existsSync(results)).toBe(false);
  });
});
