import { afterAll, describe, it } from 'vitest';
import { EXAMPLE_SHEET, stateDir } from '../helpers/importSheet.js';
import { runCli } from '../helpers/runCli.js';
import { removeTempFiles } from '../helpers/workbook.js';
import { problem, send, SPACE_ID, startFakeBanqup } from '../api/scriptedServer.js';

// Issue 11: the built CLI against a scripted Banqup on 127.0.0.1 that answers wrongly.
type Fake = Awaited<ReturnType<typeof startFakeBanqup>>;
// The cases run at once (each with its own server): the first waits out six attempts.
const fakes: Fake[] = [];
const start = async (options: Parameters<typeof startFakeBanqup>[0]): Promise<Fake> => {
  const f = await startFakeBanqup(options);
  fakes.push(f);
  return f;
};
afterAll(async () => {
  for (const f of fakes) await f.close();
  await removeTempFiles();
});

const CLIENTS = `/partner/v1/spaces/${SPACE_ID}/clients`;
const envFor = (url: string) => ({ BANQUP_API_URL: url, BANQUP_CLIENT_ID: 'app-id', BANQUP_CLIENT_SECRET: 'the-secret' });
const posts = (f: Fake) => f.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/partner/')).length;

describe('answers that are not the contract’s are never believed', () => {
  it.concurrent('attack 1: a listing of 200 with the wrong shape: exit 6 naming the call and the request id, no client created', async ({ expect }) => {
    const fake = await start({
      intercept: (req) => {
        if (req.method !== 'GET' || req.path !== CLIENTS) return false;
        send(req.res, 200, { results: [{ id: 5, status: {} }], total: 'many' }, { 'x-request-id': 'rid-list-42' });
        return true;
      },
    });
    const result = await runCli([EXAMPLE_SHEET, '--state-dir', stateDir(), '-q', '--rate', '100'], { env: envFor(fake.url) });
    expect(result.code).toBe(6);
    expect(result.stderr).toContain(`Could not read Banqup’s answer to GET ${CLIENTS} (HTTP 200)`);
    expect(result.stderr).toContain('request id rid-list-42');
    expect(result.stderr).not.toMatch(/Internal error|at .*\.js:\d+/);
    expect(posts(fake)).toBe(0);
    expect(fake.clients.size).toBe(0);
  });

  it.concurrent('attack 6: a 400 on the spaces call is Banqup’s answer, not our bug: exit 6, not 1', async ({ expect }) => {
    const fake = await start({
      intercept: (req) => {
        if (req.path !== '/entitystore/v1/spaces') return false;
        send(req.res, 400, problem(400, 'BAD_REQUEST'), { 'x-request-id': 'rid-spaces-7' });
        return true;
      },
    });
    for (const lang of ['en', 'fr']) {
      const result = await runCli([EXAMPLE_SHEET, '--state-dir', stateDir(), '-q', '--lang', lang], { env: envFor(fake.url) });
      expect(result.code).toBe(6);
      expect(result.stderr).not.toMatch(/Internal error|Erreur interne|bug/i);
      expect(result.stderr).toContain('GET /entitystore/v1/spaces');
      expect(result.stderr).toContain('HTTP 400, BAD_REQUEST');
      expect(result.stderr).toContain('rid-spaces-7');
    }
    expect(posts(fake)).toBe(0);
  });

  it.concurrent('a token endpoint that answers 400 invalid_client refuses the credentials (exit 4)', async ({ expect }) => {
    const fake = await start({
      intercept: (req) => {
        if (!req.path.startsWith('/oauth2/')) return false;
        send(req.res, 400, { error: 'invalid_client' });
        return true;
      },
    });
    const result = await runCli([EXAMPLE_SHEET, '--state-dir', stateDir(), '-q'], { env: envFor(fake.url) });
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('Banqup refused the credentials');
  });
});
