import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createBanqupApi } from '../../src/api/banqupApi.js';
import { main } from '../../src/main.js';
import { captureIo } from '../helpers/captureIo.js';
import { runCli } from '../helpers/runCli.js';
import { spawnCli } from '../helpers/spawnCli.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';
import { draft } from '../helpers/clientDraft.js';

// `banqup-import status` in-process (through main, as the shell runs it) against the sandbox.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);


describe('banqup-import status FILE', () => {
  it('says per row: not found, inactive or active, with the client id, and sends no write', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const all = await writeClientSheet([{}, {}, {}, {}]);
    const firstTwo = await writeClientSheet([{}, {}]);
    expect((await runCli([firstTwo, '--state-dir', stateDir(), '--rate', '100'], { env: s.env })).code).toBe(0);
    // Row 3's client is created but never provisioned; row 4's does not exist.
    const api = createBanqupApi({ baseUrl: s.url, clientId: 'demo-client', clientSecret: 'demo-secret', version: 'test', rate: 100 });
    const [space] = await api.listSpaces();
    await api.createClient(space!.id, draft({ legalName: 'Client 3 S.à r.l.', companyNumber: 'B200102', vatNumber: null, externalReference: 'E2E-003' }), 'k3');
    await api.close();
    const writes = s.writes();

    const { io, stdout } = captureIo({ env: s.env });
    expect(await main(['status', all, '--rate', '100', '--json', '--lang', 'en'], io)).toBe(0);
    const doc = JSON.parse(stdout()) as { rows: { status: string; banqup: string; clientId?: string }[]; summary: { banqup: Record<string, number> } };
    expect(doc.rows.map((r) => r.banqup)).toEqual(['active', 'active', 'inactive', 'not-found']);
    expect(doc.rows[2]?.clientId).toBe(s.clients().find((c) => c.externalReference === 'E2E-003')?.id);
    expect(doc.rows[3]?.clientId).toBeUndefined();
    expect(doc.summary.banqup).toEqual({ active: 2, inactive: 1, notFound: 1 });
    expect(s.writes()).toBe(writes);
  });

  it('prints a French table with the state of each row', async () => {
    sandbox = await startTestSandbox();
    const sheet = await writeClientSheet([{}]);
    const { io, stdout } = captureIo({ env: sandbox.env });
    expect(await main(['status', sheet, '--rate', '100', '--lang', 'fr'], io)).toBe(0);
    expect(stdout()).toContain('Dans Banqup');
    expect(stdout()).toContain('introuvable');
    expect(stdout()).toContain('Dans Banqup : 0 actif(s), 0 non activé(s), 1 introuvable(s).');
  });

  it('shows what Banqup holds, and what the sheet itself says only as a count', async () => {
    sandbox = await startTestSandbox();
    // A VAT number without its prefix: a warning and a change, which a dry run lists.
    const sheet = await writeClientSheet([{ vatNumber: '15027442' }]);
    const dryRun = captureIo({ env: {} });
    await main([sheet, '--dry-run', '--lang', 'en'], dryRun.io);
    expect(dryRun.stdout()).toContain('LU15027442');
    const { io, stdout } = captureIo({ env: sandbox.env });
    expect(await main(['status', sheet, '--rate', '100', '--lang', 'en'], io)).toBe(0);
    expect(stdout()).not.toContain('LU15027442');
    expect(stdout().replace(/\s+/g, ' ')).toContain(`The sheet itself has 0 errors and 1 warning: banqup-import ${sheet} --dry-run shows them.`);
    expect(stdout()).toContain('In Banqup: 0 active, 0 not activated, 1 not found.');
  });

  it('Ctrl-C while it reads Banqup: exit 130, "nothing was changed", no table', async () => {
    sandbox = await startTestSandbox({ latencyMs: 800 });
    const s = sandbox;
    const sheet = await writeClientSheet([{}, {}]);
    const run = spawnCli(['status', sheet], { env: s.env });
    // Once the spaces are read, the listing of the clients takes 800 ms: Ctrl-C lands in a read.
    await run.waitUntil(() => s.sandbox.requests().some((r) => r.path.endsWith('/spaces')), 30_000);
    run.kill('SIGINT');
    const result = await run.done;
    expect(result.code, result.stderr).toBe(130);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('banqup-import: Interrupted; nothing was changed.');
  });

  it('needs credentials (exit 2 through the usage error)', async () => {
    const sheet = await writeClientSheet([{}]);
    const { io, stdout, stderr } = captureIo();
    expect(await main(['status', sheet, '--lang', 'en'], io)).toBe(2);
    expect(stdout()).toBe('');
    expect(stderr()).toMatch(/^banqup-import: .*BANQUP_CLIENT_ID/);
  });
});
