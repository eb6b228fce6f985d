import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { spawnCliInPty } from '../helpers/pty.js';
import { startTestSandbox, type TestSandbox } from '../helpers/sandboxFixture.js';

// At a terminal, progress is a spinner (ora, loaded only then: report/progressReporter.ts); into a
// pipe, plain lines (test/unit/progressReporter.test.ts and the other e2e tests).
const dir = mkdtempSync(join(tmpdir(), 'banqup-spinner-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let sandbox: TestSandbox | undefined;
afterEach(async () => {
  await sandbox?.close();
  sandbox = undefined;
});

describe('progress at a terminal', { timeout: 60_000 }, () => {
  it('an import shows each step as a spinner that ends in a tick and its count', async () => {
    sandbox = await startTestSandbox();
    const session = spawnCliInPty(['fixtures/example-clients.xlsx', '--lang', 'en', '--state-dir', dir, '--rate', '100'], { env: sandbox.env });
    try {
      expect((await session.exited).code, session.screen()).toBe(0);
    } finally {
      session.kill();
    }
    const screen = session.screen();
    // The spinner redraws its line in place (the screen here is every redraw, escapes removed):
    // each step ends with a tick and its final count, then a new line for the next step.
    expect(screen).toMatch(/✔ Creating clients: 12\/12\n/);
    expect(screen).toMatch(/✔ Activating clients: 12\/12\n/);
    expect(screen.match(/✔ Creating clients/g)).toHaveLength(1);
    expect(sandbox.clients().filter((c) => c.status === 'ACTIVE')).toHaveLength(12);
  });
});
