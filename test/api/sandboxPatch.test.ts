import { afterEach, describe, expect, it } from 'vitest';
import { call, startTestSandbox, tokenFor, type RawAnswer, type TestSandbox } from '../helpers/sandboxFixture.js';
import { draft } from '../helpers/clientDraft.js';

// Contract version 2, §4.2 and §4.5: the ETag of GET …/clients/{id}, and PATCH with If-Match, over real HTTP.
let t: TestSandbox | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const MERGE = 'application/merge-patch+json';
const CLIENT_GLOB = '/partner/v1/spaces/*/clients/*';
const SHARED = { enabled: true, deliveryChannel: 'BANQUP_FILES', email: 'docs@fiduciaire.lu' };

interface PatchOptions {
  /** Default: the client's current ETag, read with a GET first; null sends no If-Match. */
  readonly ifMatch?: string | null;
  readonly contentType?: string;
  /** A raw body instead of the JSON of `body`. */
  readonly raw?: string;
}

async function setup(options: Parameters<typeof startTestSandbox>[0] = {}) {
  t = await startTestSandbox(options);
  const s = t;
  const token = await tokenFor(s.url);
  const base = `/partner/v1/spaces/${s.spaceId}/clients`;
  const create = async (over: Record<string, unknown> = {}): Promise<string> => {
    const answer = await call(s.url, 'POST', base, { token, json: { ...draft(), ...over } });
    if (answer.status !== 201) throw new Error(`create answered ${answer.status}: ${answer.text}`);
    return answer.raw.id as string;
  };
  const read = (id: string) => call(s.url, 'GET', `${base}/${id}`, { token });
  const etag = async (id: string) => (await read(id)).headers.etag as string;
  const patch = async (id: string, body: unknown, options: PatchOptions = {}): Promise<RawAnswer> => {
    const ifMatch = options.ifMatch === undefined ? await etag(id) : options.ifMatch;
    return call(s.url, 'PATCH', `${base}/${id}`, {
      token,
      body: options.raw ?? JSON.stringify(body),
      contentType: options.contentType ?? MERGE,
      headers: ifMatch === null ? {} : { 'if-match': ifMatch },
    });
  };
  const provision = (ids: string[]) => call(s.url, 'POST', `${base}/provisioning`, { token, json: { clientIds: ids } });
  return { s, token, base, create, read, etag, patch, provision };
}

/** Another client that does not collide with the example one. */
const other = (i: number) => ({ externalReference: `REF-${i}`, vatNumber: null, companyNumber: `B${900 + i}` });

describe('sandbox: ETag of GET …/clients/{clientId} (§4.2)', () => {
  it('is a quoted string, the same while the client does not change, different per client', async () => {
    const { create, read, etag } = await setup();
    const a = await create();
    const b = await create(other(1));
    const first = await read(a);
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(await etag(a)).toBe(first.headers.etag);
    expect(await etag(b)).not.toBe(first.headers.etag);
  });

  it('moves with provisioning, with every PATCH (even one that changes nothing), and not with a refused one', async () => {
    const { s, create, read, etag, patch, provision } = await setup();
    const id = await create();
    const seen = [await etag(id)];
    await provision([id]);
    seen.push(await etag(id));
    await provision([id]); // ALREADY_PROVISIONED changes nothing
    expect(await etag(id)).toBe(seen[1]);
    const before = (await read(id)).raw;
    s.sandbox.advanceClock(1000);
    const empty = await patch(id, {});
    expect(empty.status).toBe(200);
    seen.push(empty.headers.etag as string);
    expect(empty.raw).toEqual({ ...before, updatedAt: empty.raw.updatedAt });
    expect(empty.raw.updatedAt).not.toBe(before.updatedAt);
    const renamed = await patch(id, { legalName: 'Boulangerie Schmit' });
    seen.push(renamed.headers.etag as string);
    expect(await etag(id)).toBe(seen[3]);
    expect(new Set(seen).size).toBe(4);
    expect((await patch(id, { iban: 'LU280019400644750001' })).status).toBe(400);
    expect(await etag(id)).toBe(seen[3]);
  });
});

describe('sandbox: PATCH applies a merge patch (§4.5, RFC 7396)', () => {
  it('answers 200 with the updated client and its new ETag; id and createdAt stay, updatedAt moves', async () => {
    const { s, create, read, patch } = await setup();
    const id = await create();
    const before = (await read(id)).raw;
    s.sandbox.advanceClock(60_000);
    const answer = await patch(id, { legalName: 'Schmit & Fils', contact: { name: 'Paul Schmit' } });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/json');
    const after = await read(id);
    expect(answer.raw).toEqual(after.raw);
    expect(answer.headers.etag).toBe(after.headers.etag);
    expect(after.raw).toMatchObject({ id, legalName: 'Schmit & Fils', createdAt: before.createdAt, contact: { name: 'Paul Schmit', email: 'anne@schmit.lu', language: 'fr' } });
    expect(Date.parse(after.raw.updatedAt) - Date.parse(before.updatedAt)).toBeGreaterThanOrEqual(60_000);
  });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>]>([
    ['null clears an optional field', {}, { bic: null, externalReference: null }, { bic: null, externalReference: null }],
    ['address merges field by field', {}, { address: { city: 'Esch-sur-Alzette', postalCode: '4001' } }, { address: { street: '12 rue de la Gare', postalCode: '4001', city: 'Esch-sur-Alzette', country: 'LU' } }],
    ['contact merges field by field', {}, { contact: { email: 'paul@schmit.lu' } }, { contact: { name: 'Anne Schmit', email: 'paul@schmit.lu', language: 'fr' } }],
    ['assigneeEmails is replaced whole', { assigneeEmails: ['a@firm.lu', 'b@firm.lu'] }, { assigneeEmails: ['c@firm.lu'] }, { assigneeEmails: ['c@firm.lu'] }],
    ['assigneeEmails [] clears it', {}, { assigneeEmails: [] }, { assigneeEmails: [] }],
    ['documentSharing merges field by field', { documentSharing: SHARED }, { documentSharing: { deliveryChannel: 'EMAIL' } }, { documentSharing: { ...SHARED, deliveryChannel: 'EMAIL' } }],
    ['documentSharing: enabled false keeps channel and e-mail', { documentSharing: SHARED }, { documentSharing: { enabled: false } }, { documentSharing: { ...SHARED, enabled: false } }],
    ['documentSharing null turns sharing off', { documentSharing: SHARED }, { documentSharing: null }, { documentSharing: null }],
    ['documentSharing set on a client without it', {}, { documentSharing: SHARED }, { documentSharing: SHARED }],
    ['documentSharing: a null inside clears that value', { documentSharing: SHARED }, { documentSharing: { enabled: false, email: null } }, { documentSharing: { enabled: false, deliveryChannel: 'BANQUP_FILES', email: null } }],
    ['documentSharing: enabled false alone on a client without it', {}, { documentSharing: { enabled: false } }, { documentSharing: { enabled: false, deliveryChannel: null, email: null } }],
    ['the VAT number may go when the register number stays', {}, { vatNumber: null }, { vatNumber: null, companyNumber: 'B123456' }],
  ])('%s', async (_label, created, body, expected) => {
    const { create, read, patch } = await setup();
    const id = await create(created);
    const answer = await patch(id, body);
    expect(answer.status).toBe(200);
    expect(answer.raw).toMatchObject(expected);
    expect((await read(id)).raw).toMatchObject(expected);
  });

  it('turns links.banqupFiles on and off with sharing on an ACTIVE client; links.banqup stays', async () => {
    const { create, read, patch, provision } = await setup();
    const id = await create();
    await provision([id]);
    const plain = (await read(id)).raw.links;
    expect(plain).toEqual({ banqup: expect.stringMatching(/^https:/), banqupFiles: null });
    const shared = (await patch(id, { documentSharing: SHARED })).raw.links;
    expect(shared).toEqual({ banqup: plain.banqup, banqupFiles: expect.stringMatching(/^https:/) });
    expect((await patch(id, { documentSharing: { enabled: false } })).raw.links).toEqual(plain);
    expect((await patch(id, { documentSharing: { enabled: true } })).raw.links).toEqual(shared);
    expect((await patch(id, { documentSharing: null })).raw.links).toEqual(plain);
    expect((await read(id)).raw).toMatchObject({ status: 'ACTIVE', links: plain });
  });
});

describe('sandbox: PATCH refusals (§4.5)', () => {
  it('answers 404 for an unknown client, before looking at If-Match, type or body', async () => {
    const { patch } = await setup();
    const answer = await patch('6f1c0e55-0000-4000-8000-000000000000', { id: 'x' }, { ifMatch: null, contentType: 'text/plain', raw: '{' });
    expect([answer.status, answer.raw.error]).toEqual([404, 'NOT_FOUND']);
  });

  it.each<[string, string | null]>([
    ['no If-Match', null],
    ['an empty If-Match', ''],
  ])('answers 428 PRECONDITION_REQUIRED for %s, before the content type and the body', async (_label, ifMatch) => {
    const { s, create, etag, patch } = await setup();
    const id = await create();
    const tag = await etag(id);
    const answer = await patch(id, { id: 'x' }, { ifMatch, contentType: 'application/json', raw: '{' });
    expect([answer.status, answer.raw.error]).toEqual([428, 'PRECONDITION_REQUIRED']);
    expect(await etag(id)).toBe(tag);
    expect(s.sandbox.stats().patchesApplied).toBe(0);
  });

  it.each(['application/json', 'text/plain', 'application/json-patch+json', ''])('answers 415 for Content-Type "%s", before the body', async (contentType) => {
    const { s, token, base, create, etag } = await setup();
    const id = await create();
    const answer = await call(s.url, 'PATCH', `${base}/${id}`, { token, headers: { 'if-match': await etag(id) }, body: '{"status": "ACTIVE"}', contentType });
    expect([answer.status, answer.raw.error]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('takes application/merge-patch+json with a charset, in any case', async () => {
    const { create, patch } = await setup();
    const id = await create();
    expect((await patch(id, { bic: null }, { contentType: 'Application/Merge-Patch+JSON; charset=utf-8' })).status).toBe(200);
  });

  it.each<[string, string, string]>([
    ['not JSON', '{"legalName": ', 'MALFORMED_JSON'],
    ['an array', '[{"legalName": "X"}]', 'VALIDATION_FAILED'],
    ['null', 'null', 'VALIDATION_FAILED'],
    ['a string', '"X"', 'VALIDATION_FAILED'],
  ])('answers 400 for a body that is %s', async (_label, raw, error) => {
    const { s, create, etag, patch } = await setup();
    const id = await create();
    const tag = await etag(id);
    const answer = await patch(id, undefined, { raw });
    expect([answer.status, answer.raw.error]).toEqual([400, error]);
    expect(await etag(id)).toBe(tag);
    expect(s.sandbox.stats().patchesApplied).toBe(0);
  });

  it.each(['id', 'status', 'banqupSpaceId', 'links', 'createdAt', 'updatedAt'])(
    'refuses the read-only field %s with 400 format, even with its current value',
    async (field) => {
      const { s, create, read, etag, patch, provision } = await setup();
      const id = await create();
      await provision([id]);
      const current = (await read(id)).raw;
      const tag = await etag(id);
      const answer = await patch(id, { legalName: 'Changed', [field]: current[field] });
      expect([answer.status, answer.raw.error]).toEqual([400, 'VALIDATION_FAILED']);
      expect(answer.raw.violations).toEqual([{ field, code: 'format', message: expect.any(String) }]);
      expect((await read(id)).raw.legalName).toBe(draft().legalName);
      expect(await etag(id)).toBe(tag);
      expect(s.sandbox.stats().patchesApplied).toBe(0);
    },
  );

  it('names every read-only field sent, the whole GET body included', async () => {
    const { create, read, patch } = await setup();
    const id = await create();
    const whole = (await read(id)).raw;
    const answer = await patch(id, whole);
    const fields = answer.raw.violations.map((v: { field: string }) => v.field).sort();
    expect(fields).toEqual(['banqupSpaceId', 'createdAt', 'id', 'links', 'status', 'updatedAt']);
  });

  it.each<[string, (tag: string) => string]>([
    ['a stale ETag', () => '"not-the-current-one"'],
    ['*', () => '*'],
    ['the weak form of the current ETag', (tag) => `W/${tag}`],
    ['the current ETag without its quotes', (tag) => tag.slice(1, -1)],
    ['the current ETag in a list', (tag) => `"other", ${tag}`],
  ])('answers 412 PRECONDITION_FAILED for If-Match %s, and changes nothing', async (_label, ifMatchOf) => {
    const { s, create, read, etag, patch } = await setup();
    const id = await create();
    const tag = await etag(id);
    const answer = await patch(id, { legalName: 'Changed' }, { ifMatch: ifMatchOf(tag) });
    expect([answer.status, answer.raw.error]).toEqual([412, 'PRECONDITION_FAILED']);
    expect((await read(id)).raw.legalName).toBe(draft().legalName);
    expect(await etag(id)).toBe(tag);
    expect(s.sandbox.stats()).toMatchObject({ patchesApplied: 0, preconditionFailed: 1 });
  });

  it('answers 412 to the same PATCH with the same If-Match sent twice: applied once', async () => {
    const { s, create, etag, patch } = await setup();
    const id = await create();
    const tag = await etag(id);
    const first = await patch(id, { contact: { name: 'Paul Schmit' } }, { ifMatch: tag });
    const again = await patch(id, { contact: { name: 'Paul Schmit' } }, { ifMatch: tag });
    expect([first.status, again.status]).toEqual([200, 412]);
    expect(s.sandbox.patches().map((p) => [p.clientId, p.fields])).toEqual([[id, ['contact.name']]]);
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    ['legalName null', { legalName: null }, 'legalName', 'required'],
    ['assigneeEmails null', { assigneeEmails: null }, 'assigneeEmails', 'required'],
    ['address null', { address: null }, 'address', 'required'],
    ['address.street null', { address: { street: null } }, 'address.street', 'required'],
    ['contact.email not an address', { contact: { email: 'anne.schmit.lu' } }, 'contact.email', 'format'],
    ['a bad IBAN', { iban: 'LU280019400644750001' }, 'iban', 'checksum'],
    ['both register and VAT numbers cleared', { vatNumber: null, companyNumber: null }, 'companyNumber', 'required'],
    ['an unknown field', { nickname: 'Boulangerie' }, 'nickname', 'unsupported'],
    ['an unknown contact field', { contact: { phone: '+352 1' } }, 'contact.phone', 'unsupported'],
    ['sharing enabled with no channel', { documentSharing: { enabled: true } }, 'documentSharing.deliveryChannel', 'required'],
    ['sharing enabled with no e-mail', { documentSharing: { enabled: true, deliveryChannel: 'EMAIL' } }, 'documentSharing.email', 'required'],
    ['another delivery channel', { documentSharing: { ...SHARED, deliveryChannel: 'FAX' } }, 'documentSharing.deliveryChannel', 'unsupported'],
    ['a bad sharing e-mail while disabled', { documentSharing: { enabled: false, email: 'nope' } }, 'documentSharing.email', 'format'],
  ])('answers 400 VALIDATION_FAILED on the merged client: %s', async (_label, body, field, code) => {
    const { create, read, etag, patch } = await setup();
    const id = await create();
    const before = await read(id);
    const answer = await patch(id, body);
    expect([answer.status, answer.raw.error]).toEqual([400, 'VALIDATION_FAILED']);
    expect(answer.raw.violations).toContainEqual(expect.objectContaining({ field, code }));
    expect((await read(id)).raw).toEqual(before.raw);
    expect(await etag(id)).toBe(before.headers.etag);
  });

  it('answers trn.invalid for a register number the register does not know', async () => {
    const { create, patch } = await setup({ invalidCompanyNumbers: ['B999999'] });
    const id = await create();
    const answer = await patch(id, { companyNumber: 'B999999' });
    expect(answer.raw.violations).toEqual([{ field: 'companyNumber', code: 'trn.invalid', message: 'trn - is invalid' }]);
  });

  it.each<[string, Record<string, unknown>]>([
    ['externalReference', { externalReference: 'REF-1' }],
    ['vatNumber', { vatNumber: 'LU26341867' }],
    ['country + companyNumber', { companyNumber: 'B901' }],
  ])('answers 409 CLIENT_ALREADY_EXISTS with existingClientId when the change takes another client\'s %s', async (_label, body) => {
    const { create, read, patch } = await setup();
    const id = await create();
    const taken = await create({ externalReference: 'REF-1', vatNumber: 'LU26341867', companyNumber: 'B901' });
    const answer = await patch(id, body);
    expect(answer.status).toBe(409);
    expect(answer.raw).toMatchObject({ error: 'CLIENT_ALREADY_EXISTS', existingClientId: taken });
    expect((await read(id)).raw.externalReference).toBe(draft().externalReference);
  });

  it('does not see the client itself as a collision', async () => {
    const { create, patch } = await setup();
    const id = await create();
    const answer = await patch(id, { externalReference: draft().externalReference, vatNumber: draft().vatNumber, legalName: 'Same keys' });
    expect(answer.status).toBe(200);
  });

  it('answers 405 for PATCH on the collection and for DELETE on a client', async () => {
    const { s, token, base, create } = await setup();
    const id = await create();
    const onList = await call(s.url, 'PATCH', base, { token, json: {}, contentType: MERGE });
    expect([onList.status, onList.headers.allow]).toEqual([405, 'GET, POST']);
    const remove = await call(s.url, 'DELETE', `${base}/${id}`, { token });
    expect([remove.status, remove.headers.allow]).toEqual([405, 'GET, PATCH']);
  });
});

describe('sandbox: the order of the PATCH checks (§4.5: 404, 428, 415, 400, 412, then 400 and 409)', () => {
  it.each<[string, PatchOptions & { body?: unknown; stale?: boolean }, number, string]>([
    ['no If-Match and another content type → 428', { ifMatch: null, contentType: 'application/json', body: {} }, 428, 'PRECONDITION_REQUIRED'],
    ['another content type and a stale ETag → 415', { contentType: 'application/json', body: {}, stale: true }, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['an unreadable body and a stale ETag → 400', { raw: '{', stale: true }, 400, 'MALFORMED_JSON'],
    ['a read-only field and a stale ETag → 400', { body: { status: 'INACTIVE' }, stale: true }, 400, 'VALIDATION_FAILED'],
    ['a read-only field and `*` → 400', { body: { links: null }, ifMatch: '*' }, 400, 'VALIDATION_FAILED'],
    ['an invalid merged client and a stale ETag → 412', { body: { legalName: null }, stale: true }, 412, 'PRECONDITION_FAILED'],
    ['an unknown field and a stale ETag → 412', { body: { nickname: 'x' }, stale: true }, 412, 'PRECONDITION_FAILED'],
    ['a collision and a stale ETag → 412', { body: { externalReference: 'REF-1' }, stale: true }, 412, 'PRECONDITION_FAILED'],
  ])('%s', async (_label, options, status, error) => {
    const { create, patch } = await setup();
    const id = await create();
    await create(other(1));
    const answer = await patch(id, options.body, { ...options, ...(options.stale && { ifMatch: '"stale"' }) });
    expect([answer.status, answer.raw.error]).toEqual([status, error]);
  });
});

describe('sandbox: faults on PATCH', () => {
  it('dropAfter applies the PATCH, then drops the connection: the change is there once, the old ETag now gets 412', async () => {
    const { s, create, read, etag, patch } = await setup({ faults: { scripted: [{ kind: 'dropAfter', method: 'PATCH', path: CLIENT_GLOB }] } });
    const id = await create();
    const tag = await etag(id);
    await expect(patch(id, { legalName: 'Applied, answer lost' }, { ifMatch: tag })).rejects.toThrow();
    const after = await read(id);
    expect(after.raw.legalName).toBe('Applied, answer lost');
    expect(after.headers.etag).not.toBe(tag);
    expect(s.sandbox.requests().find((r) => r.method === 'PATCH')).toMatchObject({ fault: 'dropAfter' });
    // The client that lost the answer re-sends with the ETag it had: 412 says "look again".
    expect((await patch(id, { legalName: 'Applied, answer lost' }, { ifMatch: tag })).status).toBe(412);
    expect(s.sandbox.patches()).toHaveLength(1);
  });

  it.each<[string, { kind: 'dropBefore' | 'http503' | 'http500' | 'truncated'; afterWork?: boolean }, boolean, number | 'dropped']>([
    ['dropBefore', { kind: 'dropBefore' }, false, 'dropped'],
    ['http503 before the work', { kind: 'http503' }, false, 503],
    ['http500 after the work', { kind: 'http500', afterWork: true }, true, 500],
    ['truncated', { kind: 'truncated' }, true, 200],
  ])('%s: applied %s', async (_label, fault, applied, status) => {
    const { s, create, read, etag, patch } = await setup();
    const id = await create();
    const tag = await etag(id);
    s.sandbox.scriptFault({ ...fault, method: 'PATCH', path: CLIENT_GLOB });
    const answer = await patch(id, { legalName: 'Changed' }, { ifMatch: tag }).catch(() => 'dropped' as const);
    expect(answer === 'dropped' ? answer : answer.status).toBe(status);
    if (fault.kind === 'truncated' && answer !== 'dropped') expect(answer.raw).toBeUndefined();
    expect((await read(id)).raw.legalName).toBe(applied ? 'Changed' : draft().legalName);
    expect(s.sandbox.stats().patchesApplied).toBe(applied ? 1 : 0);
  });

  it('slow applies the PATCH at once and answers later', async () => {
    const { s, create, etag, patch, read } = await setup({ slowMs: 300 });
    const id = await create();
    const tag = await etag(id);
    s.sandbox.scriptFault({ kind: 'slow', method: 'PATCH', path: CLIENT_GLOB });
    const pending = patch(id, { legalName: 'Slowly' }, { ifMatch: tag });
    while (s.sandbox.stats().patchesApplied === 0) await new Promise((r) => setTimeout(r, 10));
    expect((await read(id)).raw.legalName).toBe('Slowly');
    expect((await pending).status).toBe(200);
  });
});

describe('sandbox: someone else editing the space', () => {
  it('the concurrentEdit fault edits the client just before the nth PATCH, which gets 412; read again, the PATCH goes through', async () => {
    const { s, create, read, etag, patch } = await setup({
      faults: { scripted: [{ kind: 'concurrentEdit', method: 'PATCH', path: CLIENT_GLOB, nth: 2 }] },
    });
    const id = await create();
    expect((await patch(id, { bic: null })).status).toBe(200);
    const tag = await etag(id);
    const beaten = await patch(id, { legalName: 'Mine' }, { ifMatch: tag });
    expect([beaten.status, beaten.raw.error]).toEqual([412, 'PRECONDITION_FAILED']);
    const now = await read(id);
    expect(now.headers.etag).not.toBe(tag);
    expect(now.raw.contact.name).toMatch(/^Anne Schmit .+/); // the other user's edit, kept
    expect(now.raw.legalName).toBe(draft().legalName);
    const retried = await patch(id, { legalName: 'Mine' }, { ifMatch: now.headers.etag as string });
    expect(retried.status).toBe(200);
    expect(retried.raw).toMatchObject({ legalName: 'Mine', contact: { name: now.raw.contact.name } });
    expect(s.sandbox.faultsInjected().concurrentEdit).toBe(1);
    expect(s.sandbox.stats()).toMatchObject({ patchesApplied: 2, preconditionFailed: 1, concurrentEdits: 1 });
  });

  it('the other user edits a field the PATCH does not touch', async () => {
    const { create, read, patch } = await setup({ faults: { scripted: [{ kind: 'concurrentEdit', method: 'PATCH' }] } });
    const id = await create();
    expect((await patch(id, { contact: { name: 'Paul Schmit' } })).status).toBe(412);
    const edited = (await read(id)).raw;
    expect(edited.contact.name).toBe('Anne Schmit');
    expect(edited.address.street).toMatch(/^12 rue de la Gare .+/);
  });

  it('the concurrentEdit fault waits for a PATCH: GET and POST do not set it off', async () => {
    const { s, create, read, patch } = await setup({ faults: { scripted: [{ kind: 'concurrentEdit' }] } });
    const id = await create();
    await read(id); // also the GET that fetches the If-Match
    expect(s.sandbox.faultsInjected().concurrentEdit).toBe(0);
    expect((await patch(id, { bic: null })).status).toBe(412);
    expect(s.sandbox.faultsInjected().concurrentEdit).toBe(1);
  });

  it('the knob at 1 beats every PATCH whose If-Match matches, and no other; at 0 none', async () => {
    const { s, create, patch } = await setup({ concurrentEdits: 1 });
    const id = await create();
    expect((await patch(id, { bic: null }, { ifMatch: '"stale"' })).status).toBe(412);
    expect(s.sandbox.stats().concurrentEdits).toBe(0); // a PATCH that fails anyway draws nothing
    expect((await patch(id, { bic: null })).status).toBe(412);
    expect((await patch(id, { bic: null })).status).toBe(412);
    expect(s.sandbox.stats()).toMatchObject({ concurrentEdits: 2, preconditionFailed: 3, patchesApplied: 0 });
    s.sandbox.setConcurrentEdits(0);
    expect((await patch(id, { bic: null })).status).toBe(200);
  });

  it('the knob is seeded: the same seed gives the same 412s, another seed others', async () => {
    const run = async (seed: number) => {
      const { s, create, patch } = await setup({ concurrentEdits: 0.5, concurrentEditSeed: seed });
      const id = await create();
      const statuses: number[] = [];
      for (let i = 0; i < 24; i++) statuses.push((await patch(id, { legalName: `Name ${i}` })).status);
      const stats = s.sandbox.stats();
      expect(stats.preconditionFailed).toBe(statuses.filter((x) => x === 412).length);
      expect(stats.concurrentEdits).toBe(stats.preconditionFailed);
      expect(stats.patchesApplied).toBe(statuses.filter((x) => x === 200).length);
      await s.close();
      return statuses;
    };
    const [a, b, c] = [await run(7), await run(7), await run(8)];
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.filter((x) => x === 412).length).toBeGreaterThan(3);
    expect(a.filter((x) => x === 200).length).toBeGreaterThan(3);
  });

  it('draws from the random faults\' seed when given none of its own', async () => {
    const run = async (seed: number) => {
      const { s, create, patch } = await setup({ concurrentEdits: 0.5, faults: { random: { rate: 0, seed } } });
      const id = await create();
      const statuses: number[] = [];
      for (let i = 0; i < 16; i++) statuses.push((await patch(id, { legalName: `Name ${i}` })).status);
      await s.close();
      return statuses;
    };
    const viaFaults = await run(7);
    const { s, create, patch } = await setup({ concurrentEdits: 0.5, concurrentEditSeed: 7 });
    const id = await create();
    const statuses: number[] = [];
    for (let i = 0; i < 16; i++) statuses.push((await patch(id, { legalName: `Name ${i}` })).status);
    expect(statuses).toEqual(viaFaults);
    await s.close();
  });
});

describe('sandbox: PATCH counters', () => {
  it('counts the PATCHes applied per client, the 412s and the other user\'s edits, in stats and /_sandbox/patches', async () => {
    const { s, create, etag, patch } = await setup();
    const a = await create();
    const b = await create(other(1));
    await patch(a, { bic: null });
    await patch(a, { contact: { name: 'Paul', email: 'paul@schmit.lu' }, documentSharing: SHARED });
    await patch(b, { assigneeEmails: [] });
    await patch(b, { bic: null }, { ifMatch: '"stale"' });
    expect((await patch(b, { legalName: null })).status).toBe(400);
    const stats = await call(s.url, 'GET', '/_sandbox/stats');
    expect(stats.raw).toMatchObject({ patchesApplied: 3, preconditionFailed: 1, concurrentEdits: 0 });
    const patches = await call(s.url, 'GET', '/_sandbox/patches');
    expect(patches.raw.byClient).toEqual({ [a]: 2, [b]: 1 });
    expect(patches.raw.patches.map((p: { n: number; clientId: string; spaceId: string; fields: string[] }) => [p.n, p.clientId, p.spaceId, p.fields])).toEqual([
      [1, a, s.spaceId, ['bic']],
      [2, a, s.spaceId, ['contact.name', 'contact.email', 'documentSharing.enabled', 'documentSharing.deliveryChannel', 'documentSharing.email']],
      [3, b, s.spaceId, ['assigneeEmails']],
    ]);
    expect(s.sandbox.patches()).toEqual(patches.raw.patches);
    expect(s.sandbox.etag(s.spaceId!, a)).toBe(await etag(a));
  });
});
