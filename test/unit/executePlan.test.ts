import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../src/api/apiErrors.js';
import type { BanqupApi, Client, CreateResult, ProvisionResult } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { AuthError } from '../../src/errors.js';
import type { RunEvent } from '../../src/engine/events.js';
import { executePlan } from '../../src/engine/executePlan.js';
import { engineIssue } from '../../src/engine/rowIssues.js';
import { openJournal, parseJournal, type JournalEntry } from '../../src/engine/journal.js';
import { planImport } from '../../src/engine/planImport.js';
import { checkedRowsOf, clientOf, draft, onlineIssues } from '../helpers/clientDraft.js';

const dir = mkdtempSync(join(tmpdir(), 'banqup-exec-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowDraft = (i: number): ClientDraft =>
  draft({ externalReference: `CLI-${i}`, vatNumber: null, companyNumber: `B${100000 + i}`, legalName: `Client ${i}` });

/** An in-memory stand-in for the adapter; the scripts decide what each call answers. */
function fakeApi(script: {
  create?: (d: ClientDraft, n: number) => Promise<CreateResult> | CreateResult;
  provision?: (ids: readonly string[], n: number) => Promise<ProvisionResult[]> | ProvisionResult[];
} = {}) {
  const calls = { create: [] as string[], provision: [] as string[][] };
  const api: Pick<BanqupApi, 'createClient' | 'provision'> = {
    async createClient(_space, d) {
      calls.create.push(d.externalReference ?? '');
      if (script.create) return script.create(d, calls.create.length);
      return { client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' };
    },
    async provision(_space, ids) {
      calls.provision.push([...ids]);
      if (script.provision) return script.provision(ids, calls.provision.length);
      return ids.map((clientId) => ({ clientId, status: 'PROVISIONED' as const, banqupSpaceId: `bs-${clientId}`, links: null }));
    },
  };
  return { api, calls };
}

function planOf(drafts: ClientDraft[], clients: Client[] = []) {
  return planImport({ spaceId: 'S', rows: drafts.map((d, i) => ({ row: i + 2, draft: d })), clients, journal: new Map() });
}

const base = { spaceId: 'S', concurrency: 2, batchSize: 2, provisionRoundDelayMs: 0 } as const;

/** A journal whose commits go through `hook`, given the entries and the write under way (to act while it runs, or after). */
function journalWithCommitHook(path: string, hook: (entries: readonly JournalEntry[], written: Promise<void>) => Promise<void>) {
  const journal = openJournal(path);
  const commit = journal.commit.bind(journal);
  journal.commit = (entries) => hook('step' in entries ? [entries] : entries, commit(entries));
  return journal;
}

/** Each row's last journalled step, by identity. */
function lastSteps(path: string): Map<string, string> {
  const last = new Map<string, string>();
  for (const e of parseJournal(readFileSync(path, 'utf8')).entries) last.set(e.id, e.step);
  return last;
}

describe('executePlan', () => {
  it('creates, then provisions in batches, journalling before and after every call', async () => {
    const { api, calls } = fakeApi();
    const path = join(dir, 'clean.journal.ndjson');
    const journal = openJournal(path);
    const events: RunEvent[] = [];
    const result = await executePlan({ ...base, api, plan: planOf([1, 2, 3].map(rowDraft)), ...checkedRowsOf(planOf([1, 2, 3].map(rowDraft))), journal, onEvent: (e) => events.push(e) });
    journal.close();
    expect(result.rows.map((r) => [r.row, r.status, r.clientId, r.banqupSpaceId])).toEqual([
      [2, 'provisioned', 'id-CLI-1', 'bs-id-CLI-1'],
      [3, 'provisioned', 'id-CLI-2', 'bs-id-CLI-2'],
      [4, 'provisioned', 'id-CLI-3', 'bs-id-CLI-3'],
    ]);
    expect(calls.provision.map((b) => b.length).sort()).toEqual([1, 2]);
    const steps = parseJournal(readFileSync(path, 'utf8')).entries.filter((e) => e.id === 'ref:CLI-1').map((e) => e.step);
    expect(steps).toEqual(['create-started', 'created', 'provision-started', 'provisioned']);
    expect(events.filter((e) => e.type === 'row-done')).toHaveLength(3);
    expect(result).toMatchObject({ fatal: null, interrupted: false });
  });

  it('sends each request only once its own "started" entry is on disk, many in flight at once', async () => {
    const path = join(dir, 'group.journal.ndjson');
    const journal = openJournal(path);
    const onDisk = (id: string, step: string): boolean =>
      parseJournal(readFileSync(path, 'utf8')).entries.some((e) => e.id === id && e.step === step);
    const sentBeforeJournalled: string[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const { api, calls } = fakeApi({
      create: async (d) => {
        if (!onDisk(`ref:${d.externalReference}`, 'create-started')) sentBeforeJournalled.push(`create ${d.externalReference}`);
        inFlight++;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return { client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' };
      },
      provision: (ids) => {
        for (const id of ids) if (!onDisk(`ref:${id.slice('id-'.length)}`, 'provision-started')) sentBeforeJournalled.push(`provision ${id}`);
        return ids.map((clientId) => ({ clientId, status: 'PROVISIONED' as const, banqupSpaceId: `bs-${clientId}`, links: null }));
      },
    });
    const drafts = Array.from({ length: 24 }, (_, i) => rowDraft(i + 1));
    const result = await executePlan({ ...base, concurrency: 8, batchSize: 5, api, plan: planOf(drafts), ...checkedRowsOf(planOf(drafts)), journal });
    journal.close();
    expect(sentBeforeJournalled).toEqual([]);
    expect(mostInFlight).toBeGreaterThan(1);
    expect(calls.create).toHaveLength(24);
    expect(result.rows.every((r) => r.status === 'provisioned')).toBe(true);
    const entries = parseJournal(readFileSync(path, 'utf8')).entries;
    for (const d of drafts) {
      expect(entries.filter((e) => e.id === `ref:${d.externalReference}`).map((e) => e.step)).toEqual(['create-started', 'created', 'provision-started', 'provisioned']);
    }
  });

  it('puts each violation of a 400 on its field, trn.invalid on the register number', async () => {
    const { api } = fakeApi({
      create: (d) => {
        if (d.externalReference !== 'CLI-2') return { client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' };
        throw new ApiError({
          kind: 'validation', method: 'POST', path: '/x', status: 400, code: 'VALIDATION_FAILED', requestId: 'req-9',
          violations: [{ field: 'companyNumber', code: 'trn.invalid', message: 'trn - is invalid' }, { field: 'assigneeEmails[1]', code: 'format', message: 'bad' }],
        });
      },
    });
    const result = await executePlan({ ...base, api, plan: planOf([1, 2].map(rowDraft)), ...checkedRowsOf(planOf([1, 2].map(rowDraft))), journal: null });
    expect(result.rows[0]?.status).toBe('provisioned');
    expect(result.rows[1]).toMatchObject({ status: 'failed' });
    expect(onlineIssues(result.rows[1])).toMatchObject([
      { row: 3, column: 'F', key: 'companyNumber', code: 'trn.invalid', messageCode: 'trn.invalid', severity: 'error', field: 'companyNumber', params: { requestId: 'req-9', code: 'trn.invalid', field: 'companyNumber' } },
      { row: 3, column: 'N', key: 'assigneeEmails', code: 'format', messageCode: 'api.violation.format', severity: 'error', field: 'assigneeEmails[1]', params: { requestId: 'req-9', code: 'format', field: 'assigneeEmails[1]' } },
    ]);
  });

  it('stops starting creates after a refusal, lets the one in flight finish, and provisions nothing', async () => {
    const { api, calls } = fakeApi({
      create: async (d, n) => {
        if (n === 1) throw new ApiError({ kind: 'unauthorized', method: 'POST', path: '/x', status: 401 });
        await new Promise((r) => setTimeout(r, 20));
        return { client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' };
      },
    });
    const result = await executePlan({ ...base, api, plan: planOf([1, 2, 3, 4, 5].map(rowDraft)), ...checkedRowsOf(planOf([1, 2, 3, 4, 5].map(rowDraft))), journal: null });
    expect(result.fatal).toBeInstanceOf(AuthError);
    expect(calls.create).toHaveLength(2); // the refused one and the one already in flight
    expect(calls.provision).toEqual([]);
    expect(result.rows.map((r) => r.status)).toEqual(['failed', 'created', 'skipped', 'skipped', 'skipped']);
    expect(onlineIssues(result.rows[2]).map((p) => p.code)).toEqual(['run.not_reached']);
    expect(onlineIssues(result.rows[1]).map((p) => p.code)).toEqual(['run.not_provisioned']);
  });

  it('on Ctrl-C starts nothing new, records what was in flight, and says it was interrupted', async () => {
    const controller = new AbortController();
    const { api, calls } = fakeApi({
      create: async (d, n) => {
        if (n === 2) controller.abort();
        await new Promise((r) => setTimeout(r, 10));
        return { client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' };
      },
    });
    const path = join(dir, 'abort.journal.ndjson');
    const journal = openJournal(path);
    const result = await executePlan({ ...base, api, plan: planOf([1, 2, 3, 4, 5, 6].map(rowDraft)), ...checkedRowsOf(planOf([1, 2, 3, 4, 5, 6].map(rowDraft))), journal, signal: controller.signal });
    journal.close();
    expect(result.interrupted).toBe(true);
    expect(calls.create).toHaveLength(2);
    expect(calls.provision).toEqual([]);
    const entries = parseJournal(readFileSync(path, 'utf8')).entries;
    expect(entries.filter((e) => e.step === 'created')).toHaveLength(2);
    expect(entries.filter((e) => e.step === 'create-started')).toHaveLength(2);
  });

  it.each([
    { phase: 'create', step: 'create-started' },
    { phase: 'provision', step: 'provision-started' },
  ] as const)('a Ctrl-C while a $step entry goes to disk sends that call all the same and journals its end (no step left open)', async ({ step }) => {
    const controller = new AbortController();
    const { api, calls } = fakeApi();
    const path = join(dir, `abort-during-${step}.journal.ndjson`);
    const journal = journalWithCommitHook(path, async (entries, written) => {
      // The second such entry of the run: the first call has been answered, the pool is in its stride.
      if (entries.some((e) => e.step === step && e.id.endsWith('CLI-3'))) controller.abort();
      await written;
    });
    const drafts = [1, 2, 3, 4, 5, 6].map(rowDraft);
    const result = await executePlan({ ...base, concurrency: 1, batchSize: 2, api, plan: planOf(drafts), ...checkedRowsOf(planOf(drafts)), journal, signal: controller.signal });
    journal.close();
    expect(result.interrupted).toBe(true);
    expect([...lastSteps(path).values()].filter((s) => s.endsWith('-started'))).toEqual([]);
    if (step === 'create-started') {
      expect(calls.create).toEqual(['CLI-1', 'CLI-2', 'CLI-3']);
      expect(calls.provision).toEqual([]);
    } else {
      expect(calls.create).toHaveLength(6);
      expect(calls.provision).toEqual([['id-CLI-1', 'id-CLI-2'], ['id-CLI-3', 'id-CLI-4']]);
    }
  });

  it.each(['create', 'provision'] as const)('after a run-ending error, a %s whose entry went to disk meanwhile is not sent (the entry makes the next run look the client up)', async (phase) => {
    const refused = () => new ApiError({ kind: 'unauthorized', method: 'POST', path: '/x', status: 401 });
    const { api, calls } = fakeApi({
      create: (d, n) => {
        if (phase === 'create' && n === 1) throw refused();
        if (phase === 'create') throw new Error('a second create was sent');
        return { client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' };
      },
      provision: (_ids, n) => {
        if (n === 1) throw refused();
        throw new Error('a second provisioning call was sent');
      },
    });
    const path = join(dir, `fatal-during-${phase}-commit.journal.ndjson`);
    const journal = journalWithCommitHook(path, async (entries, written) => {
      await written;
      // The second row's entry reaches the disk only after the first row's call was refused.
      if (entries.some((e) => e.step === `${phase}-started` && e.id.endsWith('CLI-2'))) await new Promise((r) => setTimeout(r, 20));
    });
    const drafts = [1, 2, 3].map(rowDraft);
    const result = await executePlan({ ...base, concurrency: 2, batchSize: 1, api, plan: planOf(drafts), ...checkedRowsOf(planOf(drafts)), journal });
    journal.close();
    expect(result.fatal).toBeInstanceOf(AuthError);
    if (phase === 'create') expect(calls.create).toEqual(['CLI-1']);
    else expect(calls.provision).toEqual([['id-CLI-1']]);
    expect([...lastSteps(path)].filter(([id]) => id.endsWith('CLI-2')).map(([, step]) => step)).toEqual([`${phase}-started`]);
  });

  it('sends a failed provisioning item again in a later round; NOT_FOUND is final', async () => {
    const { api, calls } = fakeApi({
      provision: (ids, n) =>
        ids.map((clientId): ProvisionResult => {
          if (clientId === 'id-CLI-1') return { clientId, status: 'FAILED', error: 'NOT_FOUND', final: true };
          if (clientId === 'id-CLI-2' && n === 1) return { clientId, status: 'FAILED', error: 'BUSY', final: false };
          return { clientId, status: 'PROVISIONED', banqupSpaceId: `bs-${clientId}`, links: null };
        }),
    });
    const result = await executePlan({ ...base, api, batchSize: 10, plan: planOf([1, 2].map(rowDraft)), ...checkedRowsOf(planOf([1, 2].map(rowDraft))), journal: null });
    expect(calls.provision).toEqual([['id-CLI-1', 'id-CLI-2'], ['id-CLI-2']]);
    expect(result.rows.map((r) => r.status)).toEqual(['failed', 'provisioned']);
    expect(onlineIssues(result.rows[0])).toMatchObject([{ code: 'provision.failed_final', params: { code: 'NOT_FOUND' } }]);
  });

  it('gives up on an item still failing after the last round', async () => {
    const { api, calls } = fakeApi({ provision: (ids) => ids.map((clientId) => ({ clientId, status: 'FAILED' as const, error: 'BUSY', final: false })) });
    const result = await executePlan({ ...base, api, provisionRounds: 3, plan: planOf([rowDraft(1)]), ...checkedRowsOf(planOf([rowDraft(1)])), journal: null });
    expect(calls.provision).toHaveLength(3);
    expect(result.rows[0]).toMatchObject({ status: 'failed', issues: [{ code: 'provision.failed', params: { code: 'BUSY' } }] });
  });

  it('provisions existing inactive clients, leaves active ones, skips conflicts and duplicates', async () => {
    const inactive = rowDraft(1);
    const active = rowDraft(2);
    const conflicting = rowDraft(3);
    const held = [clientOf(inactive, 'c1'), clientOf(active, 'c2', 'ACTIVE'), clientOf({ ...conflicting, iban: 'LU120010001234567891' }, 'c3')];
    const duplicate = draft({ externalReference: null, vatNumber: null, companyNumber: inactive.companyNumber, legalName: 'again' });
    const { api, calls } = fakeApi();
    const result = await executePlan({ ...base, api, plan: planOf([inactive, active, conflicting, duplicate], held), ...checkedRowsOf(planOf([inactive, active, conflicting, duplicate], held)), journal: null });
    expect(calls.create).toEqual([]);
    expect(calls.provision).toEqual([['c1']]);
    expect(result.rows.map((r) => [r.status, r.plan, r.clientId])).toEqual([
      ['provisioned', 'existing', 'c1'],
      ['existing', 'existing', 'c2'],
      ['skipped', 'conflict', 'c3'],
      ['skipped', 'duplicate', 'c1'],
    ]);
    expect(result.rows[2]).toMatchObject({ conflicts: ['iban'], issues: [{ code: 'plan.conflict', field: 'iban' }] });
  });

  it('does not adopt a client found with other data: it is a conflict, not journalled as ours', async () => {
    const { api } = fakeApi({ create: (d) => ({ client: clientOf({ ...d, legalName: 'Someone else' }, 'c9'), outcome: 'adopted' }) });
    const path = join(dir, 'adopt.journal.ndjson');
    const journal = openJournal(path);
    const result = await executePlan({ ...base, api, plan: planOf([rowDraft(1)]), ...checkedRowsOf(planOf([rowDraft(1)])), journal });
    journal.close();
    expect(result.rows[0]).toMatchObject({ status: 'skipped', plan: 'conflict', conflicts: ['legalName'], clientId: 'c9' });
    expect(parseJournal(readFileSync(path, 'utf8')).entries.map((e) => [e.step, e.error])).toEqual([['create-started', undefined], ['create-failed', 'CONFLICT']]);
  });

  it('does not send a row the register look-up already refused', async () => {
    const { api, calls } = fakeApi();
    const problems = new Map([[2, [{ ...engineIssue('trn.invalid', {}, 'companyNumber'), messageCode: 'registry.not_found' }]]]);
    const result = await executePlan({ ...base, api, plan: planOf([rowDraft(1)]), ...checkedRowsOf(planOf([rowDraft(1)])), preflightProblems: problems, journal: null });
    expect(calls.create).toEqual([]);
    expect(result.rows[0]).toMatchObject({ status: 'failed', issues: [{ code: 'trn.invalid' }] });
  });
});
