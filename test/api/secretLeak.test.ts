import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, fatalErrorFor, type ApiErrorKind } from '../../src/api/apiErrors.js';
import { apiMessages } from '../../src/api/apiMessages.js';
import type { BanqupApi } from '../../src/api/types.js';
import { LANGS } from '../../src/domain/types.js';
import { draft } from '../helpers/clientDraft.js';
import { apiFor, send, SPACE_ID, startServer, type Recorded, type ScriptedServer } from './scriptedServer.js';

const CLIENT_ID = 'APPID-7q8w9e0r1t2y';
const SECRET = 'SECRET-1a2b3c4d5e6f';
const TOKEN = 'TOKEN-9f8e7d6c5b4a';
const TOKEN_PATH = '/oauth2/client_credential/gettoken';

/**
 * Everything a careless server could echo back: the token, the secret, the id, the header itself.
 * The token endpoint cannot echo a token it has not issued yet, so there the secret stands in.
 */
function echo(req: Recorded): string {
  const token = req.path === TOKEN_PATH ? '' : TOKEN;
  return `${token} ${SECRET} ${CLIENT_ID} ${req.headers.authorization ?? ''} ${req.text}`;
}

function nasty(req: Recorded, status: number, error: string, extra: Record<string, unknown> = {}): void {
  const id = req.path === TOKEN_PATH ? SECRET : TOKEN;
  send(
    req.res,
    status,
    {
      type: echo(req),
      title: echo(req),
      status,
      error,
      error_description: echo(req),
      detail: echo(req),
      instance: echo(req),
      requestId: id,
      ...extra,
    },
    { 'x-request-id': id, 'www-authenticate': `Bearer error="${id}"`, 'retry-after': SECRET },
  );
}

type Scenario = { mode: string; call: (api: BanqupApi) => Promise<unknown> };
let mode = '';
let server: ScriptedServer;

beforeAll(async () => {
  server = await startServer((req) => {
    if (req.path === TOKEN_PATH) {
      if (mode === 'token-401') return nasty(req, 401, SECRET, { error: 'invalid_client' });
      if (mode === 'token-echo-code') return nasty(req, 401, SECRET);
      return send(req.res, 200, { access_token: TOKEN, expires_in: 300 });
    }
    switch (mode) {
      case 'network':
        return void req.res.socket?.destroy();
      case 'timeout':
        return; // never answers
      case 'bad_response':
        req.res.writeHead(200, { 'content-type': 'text/html', 'x-request-id': TOKEN });
        return void req.res.end(`<html>${echo(req)}</html>`);
      case 'rate_limited':
        return nasty(req, 429, TOKEN);
      case 'server':
        return nasty(req, 500, TOKEN);
      case 'unauthorized':
        return nasty(req, 401, TOKEN);
      case 'forbidden':
        return nasty(req, 403, TOKEN);
      case 'not_found':
        return nasty(req, 404, TOKEN);
      case 'conflict':
        return nasty(req, 409, 'SOME_OTHER_CONFLICT', { existingClientId: TOKEN });
      case 'validation':
        return nasty(req, 400, 'VALIDATION_FAILED', {
          violations: [{ field: `contact.${TOKEN}`, code: SECRET, message: echo(req) }],
        });
      case 'client_error':
        return nasty(req, 422, TOKEN);
      default:
        return send(req.res, 500, {});
    }
  });
});
afterAll(async () => {
  await server.close();
});

const listSpaces = (api: BanqupApi) => api.listSpaces();
const scenarios: Array<[ApiErrorKind, Scenario]> = [
  ['network', { mode: 'network', call: listSpaces }],
  ['timeout', { mode: 'timeout', call: listSpaces }],
  ['bad_response', { mode: 'bad_response', call: listSpaces }],
  ['rate_limited', { mode: 'rate_limited', call: listSpaces }],
  ['server', { mode: 'server', call: listSpaces }],
  ['unauthorized', { mode: 'token-401', call: listSpaces }],
  ['unauthorized', { mode: 'token-echo-code', call: listSpaces }],
  ['unauthorized', { mode: 'unauthorized', call: listSpaces }],
  ['forbidden', { mode: 'forbidden', call: listSpaces }],
  ['not_found', { mode: 'not_found', call: (api) => api.findClients(SPACE_ID, { vatNumber: 'LU15027442' }) }],
  ['conflict', { mode: 'conflict', call: (api) => api.createClient(SPACE_ID, draft(), 'key-1') }],
  ['validation', { mode: 'validation', call: (api) => api.createClient(SPACE_ID, draft(), 'key-1') }],
  ['client_error', { mode: 'client_error', call: (api) => api.createClient(SPACE_ID, draft(), 'key-1') }],
];

describe('no secret in any error, message or event', () => {
  it.each(scenarios)('%s (%o)', async (kind, scenario) => {
    mode = scenario.mode;
    const { api, events } = apiFor(server.url, {
      clientId: CLIENT_ID,
      clientSecret: SECRET,
      maxAttempts: 1,
      // Short only where the time limit is the point: a loaded machine must not turn the other
      // scenarios into time-outs.
      timeoutMs: scenario.mode === 'timeout' ? 100 : 10_000,
    });
    const error: unknown = await scenario.call(api).then(
      () => undefined,
      (e: unknown) => e,
    );
    await api.close();

    expect(error).toBeInstanceOf(ApiError);
    const apiError = error as ApiError;
    expect(apiError.kind).toBe(kind);
    const fatal = fatalErrorFor(apiError);
    const rendered = LANGS.map((lang) => apiMessages[apiError.messageCode]![lang](apiError.messageParams));
    const surfaces = [
      String(apiError),
      apiError.message,
      apiError.stack ?? '',
      JSON.stringify(apiError),
      inspect(apiError, { depth: 10, showHidden: true }),
      JSON.stringify(apiError.messageParams),
      ...rendered,
      JSON.stringify(fatal),
      inspect(fatal, { depth: 10 }),
      JSON.stringify(events),
      inspect(api, { depth: 10, showHidden: true }),
      JSON.stringify(api.stats()),
    ];
    for (const text of surfaces) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(CLIENT_ID);
    }
  });

  it('really did send the secret and the token, so the test above means something', () => {
    const tokenRequest = server.requests.find((r) => r.path === TOKEN_PATH);
    expect(tokenRequest?.text).toContain(SECRET);
    expect(server.requests.some((r) => r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });
});
