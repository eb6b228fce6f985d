import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { stateDir } from '../helpers/importSheet.js';
import { spawnCliInPty, KEYS } from '../helpers/pty.js';
import { runCli } from '../helpers/runCli.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Issue 13, item 4: `banqup-import add`, the built CLI against the sandbox on 127.0.0.1
// (`npm run build` first): one client from flags, checked like a sheet row, created once however
// often the command runs, activated, with its two links.
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});
afterAll(removeTempFiles);

const HTTPS = /^https:\/\/\S+$/;
const FAST = ['--rate', '100'];

/** Every value of a LU client, as flags; `without` leaves some out. */
function clientFlags(over: Record<string, string> = {}, without: readonly string[] = []): string[] {
  const values: Record<string, string> = {
    '--name': 'Boulangerie Schmit S.à r.l.',
    '--street': '12 rue de la Gare',
    '--zip': 'L-1611',
    '--city': 'Luxembourg',
    '--country': 'Luxembourg',
    '--rcs': 'B123456',
    '--iban': 'LU28 0019 4006 4475 0000',
    '--language': 'Français',
    '--contact-name': 'Anne Schmit',
    '--contact-language': 'fr',
    '--contact-email': 'anne@Schmit.LU',
    '--ref': 'CLI-0042',
    ...over,
  };
  return Object.entries(values).flatMap(([flag, value]) => (without.includes(flag) ? [] : [flag, value]));
}

interface JsonRow {
  row: number;
  status: string;
  plan?: string;
  clientId?: string;
  banqup?: string;
  links?: { banqup: string; banqupFiles: string | null };
  client: { legalName: string; address: { country: string; postalCode: string }; contact: { email: string }; documentSharing: unknown } | null;
  issues: { header: string; field: string; severity: string; code: string; message: string; value: string }[];
  changes: { header: string; from: string; to: string }[];
}

// Each test runs the CLI several times; on two shared cores that can take longer than the default 30 s.
describe('banqup-import add', { timeout: 120_000 }, () => {
  it('run three times: one client, created and activated once, the later runs say it is already there; both links printed', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const dir = stateDir();
    const args = ['add', ...clientFlags({ '--share-documents': 'docs@fidu.lu' }), '--state-dir', dir, '--lang', 'en', ...FAST];
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await runCli(args, { env: s.env }));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0]);

    const held = s.clients();
    expect(held).toHaveLength(1);
    const [client] = held;
    expect(client).toMatchObject({ status: 'ACTIVE', externalReference: 'CLI-0042', legalName: 'Boulangerie Schmit S.à r.l.' });
    // Normalised like a sheet row: country code, postal code without its L-, e-mail's domain in lower case.
    expect(client?.address).toMatchObject({ country: 'LU', postalCode: '1611' });
    expect(client?.contact.email).toBe('anne@schmit.lu');
    expect(client?.documentSharing).toEqual({ enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fidu.lu' });
    expect(s.clientCreates()).toBe(1);
    expect(s.provisionCalls()).toBe(1);

    expect(runs[0]?.stdout).toContain(`Added and activated: Boulangerie Schmit S.à r.l. (client id ${client?.id}).`);
    for (const later of runs.slice(1)) expect(later.stdout).toContain(`Already in Banqup: Boulangerie Schmit S.à r.l. (client id ${client?.id}), active. No second client was made.`);
    for (const run of runs) {
      expect(run.stdout).toContain(`Banqup: ${client?.links?.banqup}`);
      expect(run.stdout).toContain(`Banqup Files: ${client?.links?.banqupFiles}`);
    }
    // What was rewritten is said, by flag.
    expect(runs[0]?.stdout).toContain('--country: "Luxembourg" is sent as "LU".');
  });

  it('--json prints the row object of the import\'s JSON, with the client id and its links', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const result = await runCli(['add', ...clientFlags(), '--state-dir', stateDir(), '--json', ...FAST], { env: s.env });
    expect(result.code, result.stderr).toBe(0);
    const row = JSON.parse(result.stdout) as JsonRow;
    const [client] = s.clients();
    expect(row).toMatchObject({ row: 1, status: 'provisioned', plan: 'create', clientId: client?.id, banqup: 'active' });
    expect(row.links).toEqual(client?.links);
    expect(row.links?.banqup).toMatch(HTTPS);
    expect(row.client?.address.country).toBe('LU');
    expect(row.client?.documentSharing).toBeNull();
    expect(row.changes.map((c) => c.header)).toContain('--country');
  });

  it('--no-activate creates the client and leaves it inactive (exit 0); run again, still one client', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const dir = stateDir();
    const args = ['add', ...clientFlags(), '--no-activate', '--state-dir', dir, '--json', ...FAST];
    const first = await runCli(args, { env: s.env });
    const second = await runCli(args, { env: s.env });
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(s.clients().map((c) => c.status)).toEqual(['INACTIVE']);
    expect(s.provisionCalls()).toBe(0);
    const row = JSON.parse(first.stdout) as JsonRow;
    expect(row).toMatchObject({ status: 'created', banqup: 'inactive', clientId: s.clients()[0]?.id });
    expect(row.links).toBeUndefined();
    expect((JSON.parse(second.stdout) as JsonRow).plan).toBe('existing');
  });

  it('in a script, missing values are exit 2 naming their flags, and nothing is sent', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const result = await runCli(['add', ...clientFlags({}, ['--street', '--rcs', '--contact-email']), '--lang', 'en'], { env: s.env });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('banqup-import: Missing: --street, --rcs or --vat, --contact-email.');
    expect(s.sandbox.requests()).toHaveLength(0);
  });

  it('a wrong value is reported on its flag (exit 3), nothing is sent; --json names the flag as the header', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const human = await runCli(['add', ...clientFlags({ '--vat': 'LU123' }), '--lang', 'en', ...FAST], { env: s.env });
    expect(human.code).toBe(3);
    expect(human.stdout).toContain('Nothing was sent.');
    expect(human.stdout).toMatch(/--vat: .*\(you gave "LU123"\)/);
    const json = await runCli(['add', ...clientFlags({ '--vat': 'LU123' }), '--json', ...FAST], { env: s.env });
    expect(json.code).toBe(3);
    const row = JSON.parse(json.stdout) as JsonRow;
    expect(row.status).toBe('invalid');
    expect(row.issues.find((i) => i.severity === 'error')).toMatchObject({ header: '--vat', field: 'vatNumber', value: 'LU123' });
    expect(s.writes()).toBe(0);
  });

  it('--dry-run with credentials says what would happen and sends no write', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const result = await runCli(['add', ...clientFlags(), '--dry-run', '--lang', 'fr', ...FAST], { env: s.env });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('Banqup n’a pas ce client dans Fiduciaire Demo : il serait créé et activé.');
    expect(s.writes()).toBe(0);
  });

  it('in a terminal, asks for the missing values, then adds the client', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const session = spawnCliInPty(['add', ...clientFlags({}, ['--name', '--rcs']), '--state-dir', stateDir(), '--lang', 'en', ...FAST], { env: s.env });
    try {
      await session.waitFor('Client name (--name)');
      session.write(`Pâtisserie Weber S.A.${KEYS.enter}`);
      await session.waitFor('(--rcs, leave empty if you give --vat)');
      session.write(`B654321${KEYS.enter}`);
      const exit = await session.exited;
      expect(exit.code, session.screen()).toBe(0);
    } finally {
      session.kill();
    }
    expect(session.screen()).toContain('Added and activated: Pâtisserie Weber S.A.');
    expect(s.clients()).toMatchObject([{ legalName: 'Pâtisserie Weber S.A.', companyNumber: 'B654321', status: 'ACTIVE' }]);
  });

  it('Ctrl-C at a question: exit 130, nothing was changed, nothing sent', async () => {
    sandbox = await startTestSandbox();
    const s = sandbox;
    const session = spawnCliInPty(['add', ...clientFlags({}, ['--city']), '--lang', 'en', ...FAST], { env: s.env });
    try {
      await session.waitFor('City (--city)');
      session.write(KEYS.ctrlC);
      const exit = await session.exited;
      expect(exit.code, session.screen()).toBe(130);
    } finally {
      session.kill();
    }
    expect(session.screen()).toContain('Interrupted; nothing was changed.');
    expect(s.writes()).toBe(0);
  });
});
