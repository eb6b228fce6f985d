import { afterEach, describe, expect, it } from 'vitest';
import { call, startTestSandbox, tokenFor, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';

// Contract version 2 on create, read and provisioning: documentSharing (§4) and the read-only links (§4, §4.3).
let t: TestSandbox | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const SHARED = { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fiduciaire.lu' };

async function setup() {
  t = await startTestSandbox();
  const s = t;
  const token = await tokenFor(s.url);
  const base = `/partner/v1/spaces/${s.spaceId}/clients`;
  const create = (body: unknown) => call(s.url, 'POST', base, { token, json: body });
  const read = (id: string) => call(s.url, 'GET', `${base}/${id}`, { token });
  const provision = (ids: string[]) => call(s.url, 'POST', `${base}/provisioning`, { token, json: { clientIds: ids } });
  return { s, token, base, create, read, provision };
}

/** The example draft with `documentSharing` set to `sharing` (left out when undefined). */
const withSharing = (sharing: unknown, over: Parameters<typeof draft>[0] = {}) =>
  sharing === undefined ? { ...draft(over) } : { ...draft(over), documentSharing: sharing };

/** Another client that does not collide with the example one. */
const other = (i: number) => ({ externalReference: `REF-${i}`, vatNumber: null, companyNumber: `B${900 + i}` });

describe('sandbox: documentSharing on create (§4)', () => {
  it.each<[string, unknown, string, string]>([
    ['not an object', 'BANQUP_FILES', 'documentSharing', 'format'],
    ['an array', [SHARED], 'documentSharing', 'format'],
    ['enabled missing', { deliveryChannel: 'EMAIL', email: 'a@b.lu' }, 'documentSharing.enabled', 'required'],
    ['enabled null', { ...SHARED, enabled: null }, 'documentSharing.enabled', 'required'],
    ['enabled a string', { ...SHARED, enabled: 'true' }, 'documentSharing.enabled', 'format'],
    ['enabled with no channel', { ...SHARED, deliveryChannel: null }, 'documentSharing.deliveryChannel', 'required'],
    ['enabled with no e-mail', { ...SHARED, email: null }, 'documentSharing.email', 'required'],
    ['the channel key left out', { enabled: false, email: null }, 'documentSharing.deliveryChannel', 'required'],
    ['the e-mail key left out', { enabled: false, deliveryChannel: null }, 'documentSharing.email', 'required'],
    ['another channel name', { ...SHARED, deliveryChannel: 'FAX' }, 'documentSharing.deliveryChannel', 'unsupported'],
    ['a channel in lower case', { ...SHARED, deliveryChannel: 'email' }, 'documentSharing.deliveryChannel', 'unsupported'],
    ['a channel that is not a string', { ...SHARED, deliveryChannel: 1 }, 'documentSharing.deliveryChannel', 'format'],
    ['an empty channel', { ...SHARED, deliveryChannel: '' }, 'documentSharing.deliveryChannel', 'length'],
    ['an e-mail without @', { ...SHARED, email: 'docs.fiduciaire.lu' }, 'documentSharing.email', 'format'],
    ['an e-mail without a domain dot', { ...SHARED, deliveryChannel: 'EMAIL', email: 'docs@fiduciaire' }, 'documentSharing.email', 'format'],
    ['an empty e-mail', { ...SHARED, email: '' }, 'documentSharing.email', 'length'],
    ['an unknown key inside', { ...SHARED, frequency: 'daily' }, 'documentSharing.frequency', 'unsupported'],
    // Values are checked even while sharing is off (§4.5 "values inside documentSharing are checked even when enabled is false").
    ['a bad e-mail while disabled', { enabled: false, deliveryChannel: null, email: 'not-an-address' }, 'documentSharing.email', 'format'],
    ['another channel while disabled', { enabled: false, deliveryChannel: 'FAX', email: null }, 'documentSharing.deliveryChannel', 'unsupported'],
  ])('refuses %s: 400 VALIDATION_FAILED on %s (%s), nothing created', async (_label, sharing, field, code) => {
    const { s, create } = await setup();
    const answer = await create(withSharing(sharing));
    expect([answer.status, answer.raw.error]).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer.raw.violations).toContainEqual(expect.objectContaining({ field, code }));
    expect(s.clients()).toHaveLength(0);
  });

  it.each<[string, unknown, unknown]>([
    ['left out', undefined, null],
    ['null', null, null],
    ['enabled, Banqup Files', SHARED, SHARED],
    ['enabled, by e-mail', { ...SHARED, deliveryChannel: 'EMAIL' }, { ...SHARED, deliveryChannel: 'EMAIL' }],
    ['disabled, channel and e-mail null', { enabled: false, deliveryChannel: null, email: null }, { enabled: false, deliveryChannel: null, email: null }],
    ['disabled, values kept', { ...SHARED, enabled: false }, { ...SHARED, enabled: false }],
  ])('accepts documentSharing %s and answers it as %j, in create, GET and list alike', async (_label, sharing, stored) => {
    const { s, base, token, create, read } = await setup();
    const created = await create(withSharing(sharing));
    expect(created.status).toBe(201);
    expect(created.raw.documentSharing).toEqual(stored);
    expect(created.raw).toHaveProperty('documentSharing');
    expect((await read(created.raw.id)).raw.documentSharing).toEqual(stored);
    const listed = await call(s.url, 'GET', base, { token });
    expect(listed.raw.results[0].documentSharing).toEqual(stored);
    expect(s.sandbox.clients()[0]?.documentSharing).toEqual(stored);
  });

  it('reports every violation at once, inside and outside documentSharing', async () => {
    const { create } = await setup();
    const answer = await create(withSharing({ enabled: true, deliveryChannel: 'FAX', email: null }, { iban: 'LU280019400644750001' }));
    const fields = answer.raw.violations.map((v: { field: string; code: string }) => `${v.field}:${v.code}`);
    expect(fields).toEqual(expect.arrayContaining(['iban:checksum', 'documentSharing.deliveryChannel:unsupported', 'documentSharing.email:required']));
  });
});

describe('sandbox: read-only fields on create (§4.1)', () => {
  it.each<[string, unknown]>([
    ['links', { banqup: 'https://x.example', banqupFiles: null }],
    ['links null', null],
    ['id', '6f1c0e55-0000-4000-8000-000000000000'],
    ['status', 'INACTIVE'],
    ['banqupSpaceId', null],
    ['createdAt', '2026-01-01T00:00:00.000Z'],
    ['updatedAt', '2026-01-01T00:00:00.000Z'],
  ])('refuses %s in the body with 400 unsupported, as for any field create does not take', async (label, value) => {
    const { s, create } = await setup();
    const field = label.split(' ')[0]!;
    const answer = await create({ ...draft(), [field]: value });
    expect(answer.status).toBe(400);
    expect(answer.raw.violations).toContainEqual(expect.objectContaining({ field, code: 'unsupported' }));
    expect(s.clients()).toHaveLength(0);
  });
});

describe('sandbox: links (§4, §4.3)', () => {
  it('are null while INACTIVE, in the create answer, GET and the list', async () => {
    const { s, base, token, create, read } = await setup();
    const created = await create(withSharing(SHARED));
    expect(created.raw).toMatchObject({ status: 'INACTIVE', links: null });
    expect((await read(created.raw.id)).raw.links).toBeNull();
    expect((await call(s.url, 'GET', base, { token })).raw.results[0].links).toBeNull();
  });

  it('appear once provisioned: https, different per client, banqupFiles only while sharing is enabled', async () => {
    const { create, read, provision } = await setup();
    const shared = await create(withSharing(SHARED, other(1)));
    const byMail = await create(withSharing({ ...SHARED, deliveryChannel: 'EMAIL' }, other(2)));
    const none = await create(withSharing(undefined, other(3)));
    const disabled = await create(withSharing({ ...SHARED, enabled: false }, other(4)));
    const ids = [shared, byMail, none, disabled].map((a) => a.raw.id as string);
    const results = (await provision(ids)).raw.results as { clientId: string; status: string; banqupSpaceId: string; links: unknown }[];
    const links = await Promise.all(ids.map(async (id) => (await read(id)).raw));
    for (const client of links) {
      expect(client.status).toBe('ACTIVE');
      expect(client.links.banqup).toMatch(/^https:\/\//);
      expect(client.links.banqup).toContain(client.banqupSpaceId);
      // The provisioning item carries the same links as the client.
      expect(results.find((r) => r.clientId === client.id)).toMatchObject({ status: 'PROVISIONED', banqupSpaceId: client.banqupSpaceId, links: client.links });
    }
    expect(new Set(links.map((c) => c.links.banqup)).size).toBe(4);
    expect(links.map((c) => c.links.banqupFiles === null)).toEqual([false, false, true, true]);
    expect(links[0].links.banqupFiles).toMatch(/^https:\/\//);
    expect(links[0].links.banqupFiles).not.toBe(links[1].links.banqupFiles);
  });

  it('come back in ALREADY_PROVISIONED items, unchanged', async () => {
    const { create, provision } = await setup();
    const id = (await create(withSharing(SHARED))).raw.id as string;
    const first = (await provision([id])).raw.results[0];
    const again = (await provision([id])).raw.results[0];
    expect(again).toEqual({ clientId: id, status: 'ALREADY_PROVISIONED', banqupSpaceId: first.banqupSpaceId, links: first.links });
    expect(first.links).toEqual({ banqup: expect.stringMatching(/^https:/), banqupFiles: expect.stringMatching(/^https:/) });
  });
});
