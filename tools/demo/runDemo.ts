import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox } from '#dist/sandbox/startSandbox.js';
import { holdingsText } from './holdingsText.js';

/**
 * `npm run demo`: the whole import of fixtures/example-clients.xlsx against the sandbox, with no
 * credentials and no network. The sandbox runs here, on a free loopback port with ~50 ms of
 * latency; the built CLI runs as a child process, as a user would run it, with its journal in a
 * temp folder (nothing is left beside the fixture). Exits with the CLI's exit code.
 */
const BIN = fileURLToPath(new URL('../../bin/banqup-import', import.meta.url));
const SHEET = fileURLToPath(new URL('../../fixtures/example-clients.xlsx', import.meta.url));

const sandbox = await startSandbox({ port: 0, latencyMs: 40, jitterMs: 20 });
const stateDir = mkdtempSync(join(tmpdir(), 'banqup-demo-'));
process.stderr.write(`Demo: sandbox on ${sandbox.url}; importing ${SHEET}\n\n`);

// Ctrl-C reaches the child too (same process group): let it stop cleanly and report, then end here.
const ignore = (): void => undefined;
process.on('SIGINT', ignore);
process.on('SIGTERM', ignore);
let code = 1;
try {
  code = await new Promise<number>((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, SHEET, '--state-dir', stateDir], {
      stdio: 'inherit',
      env: {
        ...process.env,
        BANQUP_API_URL: sandbox.url,
        BANQUP_CLIENT_ID: sandbox.clientId,
        BANQUP_CLIENT_SECRET: sandbox.clientSecret,
      },
    });
    child.on('error', reject);
    child.on('close', (exitCode, signal) => resolve(exitCode ?? (signal === 'SIGINT' ? 130 : 1)));
  });
  process.stdout.write(`\n${holdingsText(sandbox.clients())}`);
} finally {
  await sandbox.close();
  rmSync(stateDir, { recursive: true, force: true });
  process.off('SIGINT', ignore);
  process.off('SIGTERM', ignore);
}
process.exitCode = code;
