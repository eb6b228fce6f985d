import { afterEach, describe, expect, it } from 'vitest';
import type { ClientDraft } from '../../src/domain/types.js';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';

// The sandbox's side of banqup-api.md §2–§5, over real HTTP: token, spaces, create rules, 409, idempotency.
let t: TestSandbox | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const TOKEN = '/oauth2/client_credential/gettoken';
const form = (fields: Record<string, string>) => ({ body: new URLSearchParams(fields).toString(), contentType: 'application/x-www-form-urlencoded' });
const clientsPath = (space: string) => `/partner/v1/spaces/${space}/clients`;

async function setup(options: Parameters<typeof startTestSandbox>[0] = {}) {
  t = await startTestSandbox(options);
  const token = await tokenFor(t.url);
  const space = t.spaceId ?? '';
  const create = (body: unknown, headers: Record<string, string> = {}) => call(t!.url, 'POST', clientsPath(space), { token, json: body, headers });
  return { s: t, token, space, create };
}

describe('sandbox: token endpoint (§2)', () => {
  it('grants a Bearer token with expires_in and expires_at', async () => {
    t = await startTestSandbox({ tokenLifetimeSeconds: 120 });
    const answer = await call(t.url, 'POST', TOKEN, form({ grant_type: 'client_credentials', client_id: 'demo-client', client_secret: 'demo-secret' }));
    expect(answer.status).toBe(200);
    expect(answer.json).toMatchObject({ token_type: 'Bearer', expires_in: 120, access_token: expect.stringMatching(/^\S+$/) as string });
    expect(Date.parse(answer.json?.expires_at ?? '') - Date.now()).toBeGreaterThan(110_000);
    expect(answer.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ['a wrong secret', { grant_type: 'client_credentials', client_id: 'demo-client', client_secret: 'nope' }, 401, 'invalid_client'],
    ['an unknown client', { grant_type: 'client_credentials', client_id: 'other', client_secret: 'demo-secret' }, 401, 'invalid_client'],
    ['another grant', { grant_type: 'password', client_id: 'demo-client', client_secret: 'demo-secret' }, 400, 'unsupported_grant_type'],
  ])('refuses %s with an OAuth error body', async (_label, fields, status, error) => {
    t = await startTestSandbox();
    const answer = await call(t.url, 'POST', TOKEN, form(fields));
    expect([answer.status, answer.json?.error]).toEqual([status, error]);
    expect(answer.text).not.toContain('demo-secret');
  });

  it('refuses a JSON token request (the endpoint is form-encoded)', async () => {
    t = await startTestSandbox();
    const answer = await call(t.url, 'POST', TOKEN, { json: { grant_type: 'client_credentials' } });
    expect([answer.status, answer.json?.error]).toEqual([400, 'invalid_request']);
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'sbx_not-a-token'],
  ])('answers 401 with WWW-Authenticate: Bearer for %s', async (_label, token) => {
    t = await startTestSandbox();
    const answer = await call(t.url, 'GET', '/entitystore/v1/spaces', token === undefined ? {} : { token });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(answer.json).toMatchObject({ status: 401, error: 'UNAUTHORIZED', requestId: answer.headers['x-request-id'] });
  });

  it('answers 401 once the token has expired on its clock, and a new token works', async () => {
    const { s, token } = await setup({ tokenLifetimeSeconds: 60 });
    expect((await call(s.url, 'GET', '/entitystore/v1/spaces', { token })).status).toBe(200);
    s.sandbox.advanceClock(60_000);
    expect((await call(s.url, 'GET', '/entitystore/v1/spaces', { token })).status).toBe(401);
    expect((await call(s.url, 'GET', '/entitystore/v1/spaces', { token: await tokenFor(s.url) })).status).toBe(200);
  });
});

describe('sandbox: spaces (§3) and space checks', () => {
  it.each([
    ['one', ['PARTNER']],
    ['several', ['PARTNER', 'PARTNER', 'BUSINESS']],
    ['none', []],
  ] as const)('spaces: %s lists %j', async (spaces, types) => {
    t = await startTestSandbox({ spaces });
    const answer = await call(t.url, 'GET', '/entitystore/v1/spaces', { token: await tokenFor(t.url) });
    expect(answer.json?.spaces?.map((x) => x.type)).toEqual(types);
    expect(answer.json?.spaces?.map((x) => x.id)).toEqual(t.sandbox.spaceIds);
  });

  it('answers 403 for a space that is not the app\'s or not a Partner space, 404 for an unknown one', async () => {
    t = await startTestSandbox({ spaces: 'several' });
    const token = await tokenFor(t.url);
    const business = t.sandbox.spaceIds[2]!;
    expect((await call(t.url, 'GET', clientsPath(t.sandbox.foreignSpaceId), { token })).status).toBe(403);
    expect((await call(t.url, 'GET', clientsPath(business), { token })).status).toBe(403);
    const unknown = await call(t.url, 'GET', clientsPath('6f1c0e55-0000-4000-8000-000000000000'), { token });
    expect(unknown.json).toMatchObject({ status: 404, error: 'NOT_FOUND', instance: clientsPath('6f1c0e55-0000-4000-8000-000000000000') });
    expect(unknown.headers['content-type']).toBe('application/problem+json');
  });

  it('gives every problem object its full shape', async () => {
    const { s } = await setup();
    const answer = await call(s.url, 'GET', '/nowhere');
    expect(Object.keys(answer.json ?? {}).sort()).toEqual(['detail', 'error', 'instance', 'requestId', 'status', 'timestamp', 'title', 'type']);
    expect(answer.json?.requestId).toBe(answer.headers['x-request-id']);
  });
});

type Override = (d: Record<string, unknown>) => unknown;
const withField = (path: string, value: unknown): Override => (d) => {
  const copy = structuredClone(d);
  const keys = path.split('.');
  const last = keys.pop()!;
  const target = keys.reduce<Record<string, unknown>>((o, k) => o[k] as Record<string, unknown>, copy);
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
};

describe('sandbox: create rules (§4)', () => {
  it.each<[string, Override, string, string]>([
    ['legalName missing', withField('legalName', undefined), 'legalName', 'required'],
    ['legalName empty', withField('legalName', ''), 'legalName', 'required'],
    ['legalName of 256 UTF-16 units', withField('legalName', 'é'.repeat(256)), 'legalName', 'length'],
    ['street null', withField('address.street', null), 'address.street', 'required'],
    ['postalCode blank', withField('address.postalCode', '  '), 'address.postalCode', 'required'],
    ['city a number', withField('address.city', 42), 'address.city', 'format'],
    ['country lower case', withField('address.country', 'lu'), 'address.country', 'format'],
    ['country alpha-3', withField('address.country', 'LUX'), 'address.country', 'format'],
    ['country unassigned', withField('address.country', 'XX'), 'address.country', 'unsupported'],
    ['iban spaced', withField('iban', 'LU28 0019 4006 4475 0000'), 'iban', 'format'],
    ['iban bad checksum', withField('iban', 'LU280019400644750001'), 'iban', 'checksum'],
    ['bic of 9 characters', withField('bic', 'BCEELULLX'), 'bic', 'length'],
    ['bic empty', withField('bic', ''), 'bic', 'length'],
    ['language upper case', withField('language', 'FR'), 'language', 'format'],
    ['language unsupported', withField('language', 'it'), 'language', 'unsupported'],
    ['contact.language unsupported', withField('contact.language', 'lb'), 'contact.language', 'unsupported'],
    ['contact.email not an address', withField('contact.email', 'anne.schmit.lu'), 'contact.email', 'format'],
    ['contact.name missing', withField('contact.name', undefined), 'contact.name', 'required'],
    ['companyNumber with dots', withField('companyNumber', 'B 123.456'), 'companyNumber', 'format'],
    ['companyNumber empty string', withField('companyNumber', ''), 'companyNumber', 'length'],
    ['companyNumber key missing', withField('companyNumber', undefined), 'companyNumber', 'required'],
    ['vatNumber without prefix', withField('vatNumber', '15027442'), 'vatNumber', 'format'],
    ['vatNumber with GR for Greece', withField('vatNumber', 'GR094259216'), 'vatNumber', 'format'],
    ['neither companyNumber nor vatNumber', (d) => withField('vatNumber', null)(withField('companyNumber', null)(d) as Record<string, unknown>), 'companyNumber', 'required'],
    ['assigneeEmails null', withField('assigneeEmails', null), 'assigneeEmails', 'required'],
    ['21 assignee emails', withField('assigneeEmails', Array.from({ length: 21 }, (_, i) => `a${i}@firm.example`)), 'assigneeEmails', 'length'],
    ['a bad second assignee email', withField('assigneeEmails', ['a@firm.example', 'b@']), 'assigneeEmails[1]', 'format'],
    ['externalReference empty', withField('externalReference', ''), 'externalReference', 'length'],
    ['externalReference of 101', withField('externalReference', 'x'.repeat(101)), 'externalReference', 'length'],
    ['an unknown field', withField('status', 'ACTIVE'), 'status', 'unsupported'],
    ['an unknown address field', withField('address.region', 'Centre'), 'address.region', 'unsupported'],
  ])('refuses %s: 400 VALIDATION_FAILED on %s (%s)', async (_label, change, field, code) => {
    const { s, create } = await setup();
    const answer = await create(change(draft() as unknown as Record<string, unknown>));
    expect(answer.status).toBe(400);
    expect(answer.json?.error).toBe('VALIDATION_FAILED');
    expect(answer.json?.violations).toContainEqual(expect.objectContaining({ field, code }));
    expect(s.clients()).toHaveLength(0);
  });

  it.each<[string, Partial<ClientDraft>]>([
    ['the full example', {}],
    ['a VAT number only', { companyNumber: null }],
    ['a register number only, no BIC, no assignee, no reference', { vatNumber: null, bic: null, assigneeEmails: [], externalReference: null }],
    ['a legalName of exactly 255 units and a 100-character reference', { legalName: 'é'.repeat(255), externalReference: 'r'.repeat(100) }],
    ['an 11-character BIC and 20 assignees', { bic: 'BCEELULLXXX', assigneeEmails: Array.from({ length: 20 }, (_, i) => `a${i}@firm.example`) }],
    ['Greek VAT with EL', { vatNumber: 'EL094259216', address: { street: 'Odos 1', postalCode: '10431', city: 'Athina', country: 'GR' } }],
  ])('creates a client with %s: 201, Location, INACTIVE', async (_label, over) => {
    const { s, space, create } = await setup();
    const answer = await create(draft(over));
    expect(answer.status).toBe(201);
    expect(answer.json).toMatchObject({ ...draft(over), status: 'INACTIVE', banqupSpaceId: null });
    expect(answer.headers.location).toBe(`${clientsPath(space)}/${answer.json?.id}`);
    expect(s.clients()).toEqual([answer.json]);
  });

  it('reports trn.invalid on companyNumber for a number the register does not know', async () => {
    const { s, create } = await setup({ invalidCompanyNumbers: ['B123456'] });
    const answer = await create(draft());
    expect(answer.json?.violations).toEqual([{ field: 'companyNumber', code: 'trn.invalid', message: 'trn - is invalid' }]);
    expect(s.clients()).toHaveLength(0);
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
  ])('answers 415 for a body sent as %s', async (_label, contentType) => {
    const { s, token, space } = await setup();
    const answer = await call(s.url, 'POST', clientsPath(space), { token, body: JSON.stringify(draft()), contentType });
    expect([answer.status, answer.json?.error]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('answers 413 for a body over 1 MB', async () => {
    const { s, token, space } = await setup();
    const answer = await call(s.url, 'POST', clientsPath(space), { token, body: JSON.stringify({ legalName: 'x'.repeat(1_100_000) }) });
    expect(answer.status).toBe(413);
    expect(s.clients()).toHaveLength(0);
  });
});

describe('sandbox: 409 CLIENT_ALREADY_EXISTS (§4.1)', () => {
  it.each<[string, Partial<ClientDraft>]>([
    ['the same externalReference', { vatNumber: 'LU26341867', companyNumber: 'B999999' }],
    ['the same vatNumber', { externalReference: 'OTHER', companyNumber: 'B999999' }],
    ['the same country + companyNumber', { externalReference: 'OTHER', vatNumber: 'LU26341867' }],
  ])('refuses %s, with existingClientId', async (_label, over) => {
    const { s, create } = await setup();
    const first = await create(draft());
    const again = await create(draft(over));
    expect(again.status).toBe(409);
    expect(again.json).toMatchObject({ error: 'CLIENT_ALREADY_EXISTS', existingClientId: first.json?.id });
    expect(s.clients()).toHaveLength(1);
  });

  it('prefers externalReference, then vatNumber, when several clients match', async () => {
    const { create } = await setup();
    const byRef = await create(draft({ externalReference: 'R1', vatNumber: 'LU26341867', companyNumber: 'B1' }));
    const byVat = await create(draft({ externalReference: 'R2', vatNumber: 'LU15027442', companyNumber: 'B2' }));
    const byNumber = await create(draft({ externalReference: 'R3', vatNumber: 'LU24158741', companyNumber: 'B3' }));
    const ids = [byRef, byVat, byNumber].map((a) => a.json?.id);
    expect((await create(draft({ externalReference: 'R1', vatNumber: 'LU15027442', companyNumber: 'B3' }))).json?.existingClientId).toBe(ids[0]);
    expect((await create(draft({ externalReference: 'R9', vatNumber: 'LU15027442', companyNumber: 'B3' }))).json?.existingClientId).toBe(ids[1]);
    expect((await create(draft({ externalReference: 'R9', vatNumber: null, companyNumber: 'B3' }))).json?.existingClientId).toBe(ids[2]);
  });

  it('does not match the same register number in another country', async () => {
    const { s, create } = await setup();
    await create(draft({ externalReference: null, vatNumber: null }));
    const other = await create(draft({ externalReference: null, vatNumber: null, address: { street: 'Rue 1', postalCode: '1000', city: 'Bruxelles', country: 'BE' } }));
    expect(other.status).toBe(201);
    expect(s.clients()).toHaveLength(2);
  });
});

describe('sandbox: Idempotency-Key (§4.1)', () => {
  it('replays the first answer for the same key and the same JSON value, keys in any order', async () => {
    const { s, create } = await setup();
    const first = await create(draft(), { 'idempotency-key': 'row-2' });
    const reordered = Object.fromEntries(Object.entries(draft()).reverse());
    const again = await create(reordered, { 'idempotency-key': 'row-2' });
    expect([again.status, again.json?.id, again.headers.location]).toEqual([201, first.json?.id, first.headers.location]);
    expect(s.clients()).toHaveLength(1);
  });

  it('replays a 400 too, whatever its status', async () => {
    const { create } = await setup();
    const bad = draft({ iban: 'LU280019400644750001' });
    const first = await create(bad, { 'idempotency-key': 'k' });
    const again = await create(bad, { 'idempotency-key': 'k' });
    expect([first.status, again.status]).toEqual([400, 400]);
    expect(again.json?.requestId).toBe(first.json?.requestId);
  });

  it('answers 422 IDEMPOTENCY_KEY_REUSED for the same key with another body', async () => {
    const { s, create } = await setup();
    await create(draft(), { 'idempotency-key': 'k' });
    const other = await create(draft({ legalName: 'Another name' }), { 'idempotency-key': 'k' });
    expect([other.status, other.json?.error]).toEqual([422, 'IDEMPOTENCY_KEY_REUSED']);
    expect(s.clients()).toHaveLength(1);
  });

  it('keeps keys apart per credential set, and forgets them after 24 h', async () => {
    const { s, create } = await setup({ extraCredentials: [{ clientId: 'second-app', clientSecret: 'second-secret' }] });
    const first = await create(draft(), { 'idempotency-key': 'k' });
    const otherToken = await tokenFor(s.url, 'second-app', 'second-secret');
    const fromOther = await call(s.url, 'POST', clientsPath(s.spaceId!), { token: otherToken, json: draft(), headers: { 'idempotency-key': 'k' } });
    expect([fromOther.status, fromOther.json?.existingClientId]).toEqual([409, first.json?.id]);
    s.sandbox.advanceClock(24 * 3600_000);
    const later = await call(s.url, 'POST', clientsPath(s.spaceId!), { token: await tokenFor(s.url), json: draft(), headers: { 'idempotency-key': 'k' } });
    expect(later.status).toBe(409); // not a replay: the key has expired, the client is simply there
  });

  it('without a key, a second identical POST is a new attempt (409)', async () => {
    const { create } = await setup();
    await create(draft());
    expect((await create(draft())).status).toBe(409);
  });
});
