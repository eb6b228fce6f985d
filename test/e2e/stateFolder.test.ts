import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { spawnCli } from '../helpers/spawnCli.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Journals live where users do not trip over them: the platform's state folder, not beside the sheet.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

/** A sheet alone in a folder of its own, as on a shared drive. */
async function sheetAlone(rows: number): Promise<string> {
  const folder = mkdtempSync(join(tmpdir(), 'banqup-share-'));
  const sheet = join(folder, 'clients.xlsx');
  copyFileSync(await writeClientSheet(Array.from({ length: rows }, () => ({}))), sheet);
  return sheet;
}

describe('the state folder', () => {
  it('leaves nothing beside the sheet; the journal is in XDG_STATE_HOME, and an interrupted run says where', async () => {
    sandbox = await startTestSandbox({ latencyMs: 120 });
    const s = sandbox;
    const xdg = stateDir();
    const sheet = await sheetAlone(6);
    const run = spawnCli([sheet, '--rate', '100', '--concurrency', '2'], { env: { ...s.env, XDG_STATE_HOME: xdg } });
    await run.waitUntil(() => s.clientCreates() >= 2);
    run.kill('SIGINT');
    const first = await run.done;
    expect(first.code).toBe(130);
    expect(readdirSync(dirname(sheet))).toEqual(['clients.xlsx']);
    const journals = readdirSync(join(xdg, 'banqup-import', 'journals'));
    expect(journals).toHaveLength(1);
    const journal = join(xdg, 'banqup-import', 'journals', journals[0] ?? '');
    expect(first.stderr.replace(/\s+/g, ' ')).toContain(`What this import did is kept in ${journal}; running the same command again resumes from it.`);

    const second = await runCli([sheet, '--rate', '100'], { env: { ...s.env, XDG_STATE_HOME: xdg } });
    expect(second.code).toBe(0);
    expect(second.stderr).toContain(`Resuming from the journal ${journal}.`);
    expect(s.clients()).toHaveLength(6);
    expect(readdirSync(dirname(sheet))).toEqual(['clients.xlsx']);
  });

  it('an import started before the upgrade, with its journal beside the sheet, resumes from that journal', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const sheet = await sheetAlone(2);
    const old = stateDir();
    // An earlier version kept <sheet>.journal.ndjson beside the sheet: make one with --state-dir, then move it there.
    expect((await runCli([sheet, '--state-dir', old, '--rate', '100'], { env: s.env })).code).toBe(0);
    copyFileSync(join(old, `${basename(sheet)}.journal.ndjson`), `${sheet}.journal.ndjson`);
    const xdg = stateDir();
    const again = await runCli([sheet, '--rate', '100'], { env: { ...s.env, XDG_STATE_HOME: xdg } });
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`Resuming from the journal ${sheet}.journal.ndjson.`);
    expect(existsSync(join(xdg, 'banqup-import'))).toBe(false);
    expect(readFileSync(`${sheet}.journal.ndjson`, 'utf8').length).toBeGreaterThan(0);
    expect(s.clients()).toHaveLength(2);
  });
});
