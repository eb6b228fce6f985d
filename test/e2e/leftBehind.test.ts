import { copyFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// A row deleted from the sheet after its client was created: the rerun names that client, so
// that the firm can deal with it, instead of forgetting it in Banqup.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

interface LeftDoc {
  leftBehind?: { row: number; name: string; clientId: string; banqup: string }[];
  summary: { rows: number };
}

describe('rows that left the sheet', () => {
  it('a rerun without a row names the client an earlier run created for it: row, name, id, state', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const dir = stateDir();
    const three = [{}, {}, {}];
    const sheet = await writeClientSheet(three);
    expect((await runCli([sheet, '--state-dir', dir, '--rate', '100'], { env: s.env })).code).toBe(0);
    const second = s.clients().find((c) => c.externalReference === 'E2E-002');
    expect(second?.status).toBe('ACTIVE');

    // The same file, row 3 (client 2) deleted: rows 1 and 3 of the first sheet remain.
    copyFileSync(await writeClientSheet([{}, { legalName: 'Client 3 S.à r.l.', companyNumber: 'B200102', externalReference: 'E2E-003', contactEmail: 'contact3@client.example' }]), sheet);
    const creates = s.clientCreates();

    const table = await runCli([sheet, '--state-dir', dir, '--rate', '100'], { env: s.env });
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout).toContain('1 client was created by an earlier import for rows no longer in the sheet');
    expect(table.stdout).toContain(`row 3: “Client 2 S.à r.l.”, client ${second?.id}, active`);

    const json = await runCli([sheet, '--state-dir', dir, '--rate', '100', '--json'], { env: s.env });
    const doc = JSON.parse(json.stdout) as LeftDoc;
    expect(doc.summary.rows).toBe(2);
    expect(doc.leftBehind).toEqual([{ row: 3, name: 'Client 2 S.à r.l.', clientId: second?.id, banqup: 'active' }]);

    const plan = await runCli([sheet, '--state-dir', dir, '--dry-run', '--json'], { env: s.env });
    expect((JSON.parse(plan.stdout) as LeftDoc).leftBehind).toHaveLength(1);
    // Named, never touched: no create, and the client is still there as it was.
    expect(s.clientCreates()).toBe(creates);
    expect(s.clients().find((c) => c.id === second?.id)?.status).toBe('ACTIVE');
  });

  it('says nothing when every client of the journal still has its row', async () => {
    sandbox = await startTestSandbox();
    const dir = stateDir();
    const sheet = await writeClientSheet([{}, {}]);
    expect((await runCli([sheet, '--state-dir', dir, '--rate', '100'], { env: sandbox.env })).code).toBe(0);
    const again = await runCli([sheet, '--state-dir', dir, '--rate', '100', '--json'], { env: sandbox.env });
    expect((JSON.parse(again.stdout) as LeftDoc).leftBehind).toBeUndefined();
  });
});
