import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BanqupApi, Client } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { executePlan } from '../../src/engine/executePlan.js';
import { foldJournal, openJournal, parseJournal, type JournalEntry } from '../../src/engine/journal.js';
import { planImport } from '../../src/engine/planImport.js';
import { contentHash, rowIdentity } from '../../src/engine/rowIdentity.js';
import { checkedRowsOf, clientOf, draft } from '../helpers/clientDraft.js';

// Regression (issue 4, crashResume): a run killed after Banqup activated its clients but before
// it journalled `provisioned` left rows whose journal ended on `provision-started` forever: the
// next run found the clients ACTIVE and finished them without a word in the journal.

const dir = mkdtempSync(join(tmpdir(), 'banqup-resume-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SPACE = 'S';
const rowDraft = (i: number): ClientDraft => draft({ externalReference: `CLI-${i}`, vatNumber: null, companyNumber: `B${300000 + i}`, legalName: `Client ${i}` });

function entry(d: ClientDraft, step: JournalEntry['step'], clientId?: string): JournalEntry {
  return { v: 1, at: '2026-11-28T10:00:00.000Z', space: SPACE, id: rowIdentity(d), row: 2, hash: contentHash(d), step, ...(clientId !== undefined && { clientId }) };
}

const noCalls: Pick<BanqupApi, 'createClient' | 'provision'> = {
  createClient: () => Promise.reject(new Error('no create expected')),
  provision: () => Promise.reject(new Error('no provisioning expected')),
};

function stepsOf(path: string, d: ClientDraft): string[] {
  return parseJournal(readFileSync(path, 'utf8')).entries.filter((e) => e.id === rowIdentity(d)).map((e) => e.step);
}

describe('resuming closes what the journal left open', () => {
  it('a client found ACTIVE whose journal ends on provision-started gets its `provisioned` entry', async () => {
    const d = rowDraft(1);
    const active = clientOf(d, 'id-1', 'ACTIVE');
    const path = join(dir, 'killed-while-provisioning.journal.ndjson');
    const earlier = openJournal(path);
    earlier.append([entry(d, 'create-started'), entry(d, 'created', 'id-1'), entry(d, 'provision-started', 'id-1')]);
    earlier.close(); // … and then kill -9, after Banqup did the work

    const journal = openJournal(path);
    const plan = planImport({ spaceId: SPACE, rows: [{ row: 2, draft: d }], clients: [active], journal: foldJournal(journal.loaded.entries, SPACE) });
    const result = await executePlan({ api: noCalls, spaceId: SPACE, plan, ...checkedRowsOf(plan), journal, concurrency: 1, batchSize: 10 });
    journal.close();
    expect(result.rows[0]).toMatchObject({ status: 'provisioned', clientId: 'id-1', banqup: 'active' });
    expect(stepsOf(path, d)).toEqual(['create-started', 'created', 'provision-started', 'provisioned']);
    const last = parseJournal(readFileSync(path, 'utf8')).entries.at(-1);
    expect(last).toMatchObject({ step: 'provisioned', clientId: 'id-1', banqupSpaceId: 'space-id-1' });
  });

  it('a row already journalled as provisioned is not journalled again', async () => {
    const d = rowDraft(2);
    const path = join(dir, 'finished.journal.ndjson');
    const earlier = openJournal(path);
    earlier.append([entry(d, 'created', 'id-2'), entry(d, 'provisioned', 'id-2')]);
    earlier.close();
    const journal = openJournal(path);
    const plan = planImport({ spaceId: SPACE, rows: [{ row: 2, draft: d }], clients: [clientOf(d, 'id-2', 'ACTIVE')], journal: foldJournal(journal.loaded.entries, SPACE) });
    await executePlan({ api: noCalls, spaceId: SPACE, plan, ...checkedRowsOf(plan), journal, concurrency: 1, batchSize: 10 });
    journal.close();
    expect(stepsOf(path, d)).toEqual(['created', 'provisioned']);
  });

  it('a client adopted while creating that is already ACTIVE is journalled as provisioned', async () => {
    const d = rowDraft(3);
    const path = join(dir, 'adopted-active.journal.ndjson');
    const journal = openJournal(path);
    const api: Pick<BanqupApi, 'createClient' | 'provision'> = {
      createClient: (_space, sent): Promise<{ client: Client; outcome: 'adopted' }> => Promise.resolve({ client: clientOf(sent, 'id-3', 'ACTIVE'), outcome: 'adopted' }),
      provision: noCalls.provision,
    };
    const plan = planImport({ spaceId: SPACE, rows: [{ row: 2, draft: d }], clients: [], journal: new Map() });
    const result = await executePlan({ api, spaceId: SPACE, plan, ...checkedRowsOf(plan), journal, concurrency: 1, batchSize: 10 });
    journal.close();
    expect(result.rows[0]).toMatchObject({ status: 'provisioned', banqup: 'active' });
    expect(stepsOf(path, d)).toEqual(['create-started', 'adopted', 'provisioned']);
  });
});
