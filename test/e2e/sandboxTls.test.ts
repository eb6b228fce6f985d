import { X509Certificate } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startSandbox } from '../../src/sandbox/startSandbox.js';
import { makeSandboxCertificate } from '../../src/sandbox/selfSignedCert.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { runCli } from '../helpers/runCli.js';
import { spawnCli } from '../helpers/spawnCli.js';
import { removeTempFiles } from '../helpers/workbook.js';

// Issue 11: the real API is https. The sandbox serves TLS with a certificate made at start; the
// CLI refuses it without its CA (a clear message, not a stack) and works with NODE_EXTRA_CA_CERTS.
const dir = mkdtempSync(join(tmpdir(), 'banqup-tls-'));
afterAll(async () => {
  await removeTempFiles();
  rmSync(dir, { recursive: true, force: true });
});

describe('the sandbox over TLS', () => {
  it('makes a CA certificate for the loopback names, which Node reads and verifies', () => {
    const { certPem } = makeSandboxCertificate(new Date('2026-06-01T00:00:00Z'));
    const cert = new X509Certificate(certPem);
    expect(cert.ca).toBe(true);
    expect(cert.subjectAltName).toBe('DNS:localhost, IP Address:127.0.0.1, IP Address:0:0:0:0:0:0:0:1');
    expect(cert.verify(cert.publicKey)).toBe(true);
    expect(cert.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(new Date(cert.validTo).getTime()).toBeGreaterThan(Date.parse('2026-06-30T00:00:00Z'));
  });

  it('without its CA: refused at once, exit 6, "could not be verified", nothing sent; with NODE_EXTRA_CA_CERTS: imported', async () => {
    const caFile = join(dir, 'sandbox-ca.pem');
    const sandbox = await startSandbox({ host: '127.0.0.1', port: 0, tls: true, tlsCertOut: caFile });
    try {
      expect(sandbox.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
      expect(readFileSync(caFile, 'utf8')).toBe(sandbox.caCertPem);
      const sheet = await writeClientSheet([{}, {}]);
      const env = { BANQUP_API_URL: sandbox.url, BANQUP_CLIENT_ID: sandbox.clientId, BANQUP_CLIENT_SECRET: sandbox.clientSecret };

      const refused = await runCli([sheet, '--state-dir', stateDir(), '-q'], { env });
      expect(refused.code).toBe(6);
      expect(refused.stderr).toContain('TLS certificate could not be verified (DEPTH_ZERO_SELF_SIGNED_CERT); nothing was sent');
      expect(refused.stderr).toContain('NODE_EXTRA_CA_CERTS');
      expect(refused.stderr).not.toMatch(/Internal error|\n\s+at /);
      expect(sandbox.requests()).toHaveLength(0);

      const trusted = await runCli([sheet, '--state-dir', stateDir(), '-q'], { env: { ...env, NODE_EXTRA_CA_CERTS: caFile } });
      expect(trusted.stderr).toBe('');
      expect(trusted.code).toBe(0);
      expect(sandbox.clients().filter((c) => c.status === 'ACTIVE')).toHaveLength(2);
    } finally {
      await sandbox.close();
    }
  });

  it('`banqup-import sandbox --tls-cert-out` prints an https URL and NODE_EXTRA_CA_CERTS, and writes the file', async () => {
    const caFile = join(dir, 'printed-ca.pem');
    const cli = spawnCli(['sandbox', '--port', '0', '--tls-cert-out', caFile, '-q']);
    try {
      await cli.waitUntil(() => cli.stdout().includes('NODE_EXTRA_CA_CERTS'));
      expect(cli.stdout()).toMatch(/^export BANQUP_API_URL='https:\/\/127\.0\.0\.1:\d+'$/m);
      expect(cli.stdout()).toContain(`export NODE_EXTRA_CA_CERTS='${caFile}'`);
      expect(new X509Certificate(readFileSync(caFile)).ca).toBe(true);
    } finally {
      cli.kill('SIGINT');
      expect((await cli.done).code).toBe(0);
    }
  });
});
