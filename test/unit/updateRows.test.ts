import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/apiErrors.js';
import type { BanqupApi, Client, ClientPatch, ClientVersion, PatchResult } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { executePlan } from '../../src/engine/executePlan.js';
import { openJournal, parseJournal } from '../../src/engine/journal.js';
import { planImport, type PlannedRow } from '../../src/engine/planImport.js';
import { updateClient } from '../../src/engine/updateRows.js';
import { checkedRowsOf, clientOf, draft, onlineIssues } from '../helpers/clientDraft.js';

const dir = mkdtempSync(join(tmpdir(), 'banqup-update-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const held = clientOf(draft(), 'c1', 'ACTIVE');
const sheet = draft({ address: { ...held.address, street: '14 rue de la Gare' } });
const patched = (over: Partial<Client> = {}): Client => ({ ...held, address: { ...held.address, street: '14 rue de la Gare' }, ...over });
const someoneElse = (client: Client): Client => ({ ...client, contact: { ...client.contact, name: `${client.contact.name} (edited elsewhere)` } });

/** What each GET and each PATCH answers, in turn; the last answer repeats. */
interface Script {
  readonly gets: readonly (ClientVersion | null)[];
  readonly patches: readonly (PatchResult | Error)[];
}

function fakeApi(script: Script) {
  const sent: ClientPatch[] = [];
  const ifMatch: string[] = [];
  let get = 0;
  let patch = 0;
  const api: Pick<BanqupApi, 'getClientVersion' | 'patchClient'> = {
    getClientVersion() {
      return Promise.resolve(script.gets[Math.min(get++, script.gets.length - 1)] ?? null);
    },
    patchClient(_space, _id, body, etag) {
      sent.push(body);
      ifMatch.push(etag);
      const answer = script.patches[Math.min(patch++, script.patches.length - 1)];
      if (answer === undefined) return Promise.reject(new Error('no PATCH answer scripted'));
      if (answer instanceof Error) return Promise.reject(answer);
      return Promise.resolve(answer);
    },
  };
  return { api, sent, ifMatch, gets: () => get };
}

function planned(sheetDraft: ClientDraft = sheet, existing: Client = held): PlannedRow {
  const [row] = planImport({ spaceId: 'S', rows: [{ row: 2, draft: sheetDraft }], clients: [existing], journal: new Map(), update: true });
  if (row === undefined) throw new Error('no plan');
  return row;
}

const v = (client: Client, etag: string | null = '"v1"'): ClientVersion => ({ client, etag });

describe('updateClient: one row, safe against other people and lost answers', () => {
  it.each<[string, Script, { kind: string; patches: number; gets: number; ifMatch?: string[] }]>([
    ['a clean update: one GET, one PATCH of the street only', { gets: [v(held)], patches: [{ outcome: 'patched', version: v(patched(), '"v2"') }] }, { kind: 'updated', patches: 1, gets: 1, ifMatch: ['"v1"'] }],
    [
      '412 once (an empty save by someone): read again, patch again with the new ETag',
      { gets: [v(held), v(held, '"v2"')], patches: [{ outcome: 'stale' }, { outcome: 'patched', version: v(patched(), '"v3"') }] },
      { kind: 'updated', patches: 2, gets: 2, ifMatch: ['"v1"', '"v2"'] },
    ],
    ['412 three times: the row gives up, changed during the import', { gets: [v(held)], patches: [{ outcome: 'stale' }] }, { kind: 'changed-elsewhere', patches: 3, gets: 3 }],
    [
      '412 after someone else changed a field the sheet wants otherwise: theirs, no second PATCH',
      { gets: [v(held), v(someoneElse(held), '"v2"')], patches: [{ outcome: 'stale' }] },
      { kind: 'changed-elsewhere', patches: 1, gets: 2 },
    ],
    [
      'the answer was lost and the change is there: done, nothing sent again',
      { gets: [v(held)], patches: [{ outcome: 'moved', current: v(patched(), '"v2"') }] },
      { kind: 'updated', patches: 1, gets: 1 },
    ],
    ['the fresh read already has the sheet\u2019s values: nothing to send', { gets: [v(patched())], patches: [] }, { kind: 'unchanged', patches: 0, gets: 1 }],
    ['the client was deleted meanwhile', { gets: [null], patches: [] }, { kind: 'gone', patches: 0, gets: 1 }],
    ['no ETag: nothing can be changed safely', { gets: [v(held, null)], patches: [] }, { kind: 'no-etag', patches: 0, gets: 1 }],
  ])('%s', async (_name, script, expected) => {
    const fake = fakeApi(script);
    const outcome = await updateClient(fake.api, 'S', planned());
    expect(outcome.kind).toBe(expected.kind);
    expect(fake.sent).toHaveLength(expected.patches);
    expect(fake.gets()).toBe(expected.gets);
    for (const body of fake.sent) expect(body).toEqual({ address: { street: '14 rue de la Gare' } });
    if (expected.ifMatch !== undefined) expect(fake.ifMatch).toEqual(expected.ifMatch);
    if (outcome.kind === 'updated') expect(outcome.changes).toEqual([{ field: 'address.street', from: '12 rue de la Gare', to: '14 rue de la Gare' }]);
  });

  it('someone else changed a field the sheet does not change: it is left as they made it, the patch goes on', async () => {
    const theirs = { ...held, legalName: 'Boulangerie Schmit (new name)' };
    const sheetKeepsName = draft({ ...sheet, legalName: theirs.legalName });
    const fake = fakeApi({ gets: [v(theirs)], patches: [{ outcome: 'patched', version: v({ ...patched(), legalName: theirs.legalName }) }] });
    const outcome = await updateClient(fake.api, 'S', planned(sheetKeepsName, held));
    expect(outcome.kind).toBe('updated');
    expect(fake.sent).toEqual([{ address: { street: '14 rue de la Gare' } }]);
  });
});

describe('updateRows through executePlan', () => {
  it('journals update-started then updated; an active client ends "updated" with its changes', async () => {
    const fake = fakeApi({ gets: [v(held)], patches: [{ outcome: 'patched', version: v(patched(), '"v2"') }] });
    const plan = [planned()];
    const path = join(dir, 'ok.journal.ndjson');
    const journal = openJournal(path);
    const api = { ...fake.api, createClient: () => Promise.reject(new Error('no create')), provision: () => Promise.reject(new Error('no provisioning')) };
    const result = await executePlan({ api, spaceId: 'S', plan, ...checkedRowsOf(plan), journal, concurrency: 2, batchSize: 10 });
    journal.close();
    expect(result.rows[0]).toMatchObject({ status: 'updated', clientId: 'c1', banqup: 'active', updated: [{ field: 'address.street', from: '12 rue de la Gare', to: '14 rue de la Gare' }] });
    expect(parseJournal(readFileSync(path, 'utf8')).entries.map((e) => [e.step, e.clientId])).toEqual([
      ['update-started', 'c1'],
      ['updated', 'c1'],
    ]);
  });

  it('an inactive client, once updated, is provisioned like any other', async () => {
    const inactive = clientOf(draft(), 'c1');
    const fake = fakeApi({ gets: [v(inactive)], patches: [{ outcome: 'patched', version: v({ ...inactive, address: sheet.address }, '"v2"') }] });
    const plan = [planned(sheet, inactive)];
    const provisioned: string[][] = [];
    const api = {
      ...fake.api,
      createClient: () => Promise.reject(new Error('no create')),
      provision: (_s: string, ids: readonly string[]) => {
        provisioned.push([...ids]);
        return Promise.resolve(ids.map((clientId) => ({ clientId, status: 'PROVISIONED' as const, banqupSpaceId: 'bs-1', links: null })));
      },
    };
    const result = await executePlan({ api, spaceId: 'S', plan, ...checkedRowsOf(plan), journal: null, concurrency: 1, batchSize: 10 });
    expect(provisioned).toEqual([['c1']]);
    expect(result.rows[0]).toMatchObject({ status: 'provisioned', updated: [{ field: 'address.street' }] });
  });

  it('changed by someone else: the row fails with that message and the journal says so; a 400 lands on its cell', async () => {
    const fake = fakeApi({ gets: [v(held), v(someoneElse(held), '"v2"')], patches: [{ outcome: 'stale' }] });
    const api = { ...fake.api, createClient: () => Promise.reject(new Error('no create')), provision: () => Promise.reject(new Error('no provisioning')) };
    const plan = [planned()];
    const result = await executePlan({ api, spaceId: 'S', plan, ...checkedRowsOf(plan), journal: null, concurrency: 1, batchSize: 10 });
    expect(result.rows[0]?.status).toBe('failed');
    expect(onlineIssues(result.rows[0]).map((i) => i.code)).toEqual(['update.changed_elsewhere']);

    const refused = new ApiError({ kind: 'validation', method: 'PATCH', path: '/p', status: 400, code: 'VALIDATION_FAILED', violations: [{ field: 'address.street', code: 'length', message: 'address.street - too long' }] });
    const bad = fakeApi({ gets: [v(held)], patches: [refused] });
    const badApi = { ...bad.api, createClient: () => Promise.reject(new Error('no create')), provision: () => Promise.reject(new Error('no provisioning')) };
    const failed = await executePlan({ api: badApi, spaceId: 'S', plan, ...checkedRowsOf(plan), journal: null, concurrency: 1, batchSize: 10 });
    expect(failed.rows[0]?.status).toBe('failed');
    expect(onlineIssues(failed.rows[0]).map((i) => i.field)).toEqual(['address.street']);
  });
});
