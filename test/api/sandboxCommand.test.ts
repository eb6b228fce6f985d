import { afterAll, describe, expect, it } from 'vitest';
import { exportLines, requestLine } from '../../src/commands/sandbox.js';
import { main } from '../../src/main.js';
import { sandboxOptionsFromFlags } from '../../src/sandbox/sandboxFlags.js';
import { sandboxMessages } from '../../src/sandbox/sandboxMessages.js';
import { startSandbox } from '../../src/sandbox/startSandbox.js';
import { captureIo } from '../helpers/captureIo.js';
import { itRendersEveryMessage } from '../helpers/expectCatalogue.js';
import { stateDir, writeClientSheet } from '../helpers/importSheet.js';
import { runCli } from '../helpers/runCli.js';
import { draft } from '../helpers/clientDraft.js';
import { call, tokenFor } from '../helpers/sandboxFixture.js';
import { spawnCli } from '../helpers/spawnCli.js';
import { removeTempFiles } from '../helpers/workbook.js';

// `banqup-import sandbox`: flags, export lines, a clean stop on the first Ctrl-C.
afterAll(removeTempFiles);

/** The variables of `export NAME='value'` lines, as a shell would set them. */
function sourced(text: string): Record<string, string> {
  return Object.fromEntries([...text.matchAll(/^export (\w+)='([^']*)'$/gm)].map((m) => [m[1]!, m[2]!]));
}

describe('banqup-import sandbox (in process)', () => {
  it('prints only export lines on stdout, serves until the signal, then stops with exit 0', async () => {
    const stop = new AbortController();
    const { io, stdout, stderr } = captureIo({ signal: stop.signal });
    const done = main(['sandbox', '--port', '0', '--spaces', 'several', '--latency', '1'], io);
    while (!stdout().includes('BANQUP_CLIENT_SECRET')) await new Promise((r) => setTimeout(r, 5));
    const env = sourced(stdout());
    expect(stdout().trimEnd().split('\n').every((line) => line.startsWith('export '))).toBe(true);
    expect(env).toMatchObject({ BANQUP_API_URL: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/) as string, BANQUP_CLIENT_ID: 'demo-client', BANQUP_CLIENT_SECRET: 'demo-secret' });
    expect((await call(env.BANQUP_API_URL!, 'GET', '/_sandbox/spaces')).json?.spaces).toHaveLength(4);
    await call(env.BANQUP_API_URL!, 'GET', '/entitystore/v1/spaces?secret=not-logged');
    stop.abort();
    expect(await done).toBe(0);
    expect(stderr()).toContain('Banqup sandbox listening on');
    expect(stderr()).toContain('GET /entitystore/v1/spaces → 401');
    expect(stderr()).not.toContain('not-logged');
    expect(stderr()).toMatch(/Sandbox stopped after 1 request\(s\); it held 0 client\(s\)\./);
    await expect(call(env.BANQUP_API_URL!, 'GET', '/_sandbox/stats')).rejects.toThrow();
  });

  it.each([
    [['--host', '0.0.0.0'], 'only on this computer'],
    [['--fault-rate', '2'], '--fault-rate takes a share from 0 to 1'],
    [['--concurrent-edits', '1.5'], '--concurrent-edits takes a share from 0 to 1'],
    [['--concurrent-edits', 'half'], '--concurrent-edits takes a share from 0 to 1'],
    [['--faults', 'http500,meteor'], 'Unknown fault "meteor"'],
    [['--rate-limit', 'fast'], '--rate-limit takes requests per second'],
    [['--fault', 'dropAfter@0'], '--fault takes kind[@nth]'],
    [['--port', '99999'], '--port takes a whole number from 0 to 65535'],
    [['--spaces', 'many'], '--spaces takes one, none or several; "many" is not one of them.'],
  ])('refuses %j with exit 2 and says why', async (args, message) => {
    // Refused before it listens; were it to start after all, it stops in a few seconds and the exit code says so.
    const { io, stderr } = captureIo({ signal: AbortSignal.timeout(3000) });
    expect(await main(['sandbox', ...args], io)).toBe(2);
    expect(stderr()).toContain(message);
  });

  it('says, in French too, that the port is taken', async () => {
    const busy = await startSandbox();
    // It cannot listen; were it to start after all, it stops in a few seconds and the exit code says so.
    const { io, stderr } = captureIo({ signal: AbortSignal.timeout(3000) });
    expect(await main(['sandbox', '--port', String(busy.port), '--lang', 'fr'], io)).toBe(2);
    expect(stderr()).toContain(`Le port ${busy.port} est déjà utilisé`);
    await busy.close();
  });

  it('-q after the subcommand reaches it (the program\'s own -q does not swallow it): no request lines', async () => {
    const stop = new AbortController();
    const { io, stdout, stderr } = captureIo({ signal: stop.signal });
    const done = main(['sandbox', '--port', '0', '-q'], io);
    while (!stdout().includes('BANQUP_CLIENT_SECRET')) await new Promise((r) => setTimeout(r, 5));
    await call(sourced(stdout()).BANQUP_API_URL!, 'GET', '/entitystore/v1/spaces');
    stop.abort();
    expect(await done).toBe(0);
    expect(stderr()).not.toContain('→');
    expect(stderr()).toContain('Sandbox stopped after 1 request(s)');
  });

  it('shows examples and the fault kinds in --help', async () => {
    const { io, stdout } = captureIo();
    expect(await main(['sandbox', '--help'], io)).toBe(0);
    expect(stdout()).toContain("banqup-import sandbox --fault 'dropAfter@3:POST:/partner/v1/spaces/*/clients'");
    for (const line of stdout().split('\n')) expect(line.length).toBeLessThanOrEqual(100);
    expect(stdout()).toContain('revokeToken');
    expect(stdout()).toContain("concurrentEdit@2:PATCH:/partner/v1/spaces/*/clients/*");
    expect(stdout()).toContain('--concurrent-edits <share>');
  });

  it('--concurrent-edits and --fault concurrentEdit reach the sandbox: PATCHes meet 412', async () => {
    const stop = new AbortController();
    const { io, stdout } = captureIo({ signal: stop.signal });
    const done = main(['sandbox', '--port', '0', '-q', '--concurrent-edits', '1', '--fault', 'concurrentEdit@1:PATCH:/partner/v1/spaces/*/clients/*'], io);
    while (!stdout().includes('BANQUP_CLIENT_SECRET')) await new Promise((r) => setTimeout(r, 5));
    const url = sourced(stdout()).BANQUP_API_URL!;
    const token = await tokenFor(url);
    const spaceId = (await call(url, 'GET', '/entitystore/v1/spaces', { token })).raw.spaces[0].id as string;
    const base = `/partner/v1/spaces/${spaceId}/clients`;
    const id = (await call(url, 'POST', base, { token, json: draft() })).raw.id as string;
    const send = async () => {
      const etag = (await call(url, 'GET', `${base}/${id}`, { token })).headers.etag as string;
      return call(url, 'PATCH', `${base}/${id}`, { token, json: { bic: null }, contentType: 'application/merge-patch+json', headers: { 'if-match': etag } });
    };
    expect([(await send()).status, (await send()).status]).toEqual([412, 412]);
    const stats = (await call(url, 'GET', '/_sandbox/stats')).json;
    expect(stats).toMatchObject({ preconditionFailed: 2, concurrentEdits: 2, patchesApplied: 0, faultsInjected: { concurrentEdit: 1 } });
    stop.abort();
    expect(await done).toBe(0);
  });
});

describe('banqup-import sandbox (the built CLI)', () => {
  it('serves an import run by another process, and exits 0 on SIGINT', async () => {
    const server = spawnCli(['sandbox', '--port', '0', '--quiet']);
    await server.waitUntil(() => server.stdout().includes('BANQUP_CLIENT_SECRET'));
    const env = sourced(server.stdout());
    const imported = await runCli([await writeClientSheet([{}, {}]), '--state-dir', stateDir(), '--json', '--rate', '100'], { env });
    expect(imported.code).toBe(0);
    const held = await call(env.BANQUP_API_URL!, 'GET', '/_sandbox/clients');
    expect(held.json?.clients).toHaveLength(2);
    server.kill('SIGINT');
    const result = await server.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('it held 2 client(s)');
  });
});

describe('sandbox flags and text', () => {
  it('turns the flags into options', () => {
    expect(
      sandboxOptionsFromFlags(
        {
          port: '0',
          rateLimit: '2.5:10',
          retryAfterDate: true,
          faults: 'http503, dropafter',
          faultSeed: '7',
          fault: ['slow@2:post:/partner/v1/spaces/*/clients', 'http500'],
          invalidRcs: 'B1,B2 B3',
          registryDown: true,
          stateFile: 'state.json',
          tokenLifetime: '60',
        },
        '/tmp/here',
      ),
    ).toEqual({
      host: '127.0.0.1',
      port: 0,
      tokenLifetimeSeconds: 60,
      rateLimit: { perSecond: 2.5, burst: 10, retryAfter: 'http-date' },
      faults: {
        random: { rate: 0.1, seed: 7, kinds: ['http503', 'dropAfter'] },
        scripted: [{ kind: 'slow', nth: 2, method: 'POST', path: '/partner/v1/spaces/*/clients' }, { kind: 'http500', nth: 1 }],
      },
      invalidCompanyNumbers: ['B1', 'B2', 'B3'],
      registryUnavailable: true,
      stateFile: '/tmp/here/state.json',
    });
    expect(sandboxOptionsFromFlags({}, '/')).toEqual({ host: '127.0.0.1', port: 8787 });
  });

  it('reads --concurrent-edits with the fault seed, and PATCH in a scripted fault', () => {
    expect(
      sandboxOptionsFromFlags({ port: '0', concurrentEdits: '0.25', faultSeed: '9', fault: ['concurrentEdit@2:patch:/partner/v1/spaces/*/clients/*', 'dropAfter:PATCH'] }, '/'),
    ).toEqual({
      host: '127.0.0.1',
      port: 0,
      concurrentEdits: 0.25,
      concurrentEditSeed: 9,
      faults: {
        scripted: [
          { kind: 'concurrentEdit', nth: 2, method: 'PATCH', path: '/partner/v1/spaces/*/clients/*' },
          { kind: 'dropAfter', nth: 1, method: 'PATCH' },
        ],
      },
    });
    expect(sandboxOptionsFromFlags({ concurrentEdits: '0' }, '/')).toMatchObject({ concurrentEdits: 0, concurrentEditSeed: 1 });
  });

  it('quotes export lines for a POSIX shell', () => {
    expect(exportLines({ url: 'http://127.0.0.1:1', clientId: "it's", clientSecret: 's' })).toBe(
      "export BANQUP_API_URL='http://127.0.0.1:1'\nexport BANQUP_CLIENT_ID='it'\\''s'\nexport BANQUP_CLIENT_SECRET='s'\n",
    );
  });

  it('logs a request on one line, without control characters', () => {
    expect(requestLine({ n: 1, method: 'POST', path: '/x\u001b[2J', fault: 'dropAfter', ms: 3 })).toBe('POST /x → dropped 3 ms [dropAfter]');
    expect(requestLine({ n: 2, method: 'GET', path: '/y', status: 429, rateLimited: true, ms: 1 })).toBe('GET /y → 429 1 ms [rate limit]');
  });

  const PARAMS = { option: '--fault-rate', value: 'x', kind: 'meteor', kinds: 'http500', host: '0.0.0.0', port: 8787, reason: 'EACCES', path: '/tmp/s.json', url: 'http://127.0.0.1:8787', spaces: '1 space', clientId: 'demo-client', clientSecret: 'demo-secret', n: 1, first: 'id', clients: 2, requests: 3 };
  itRendersEveryMessage(sandboxMessages, PARAMS);
});
