import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BanqupApi, Client, ProvisionResult } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { executePlan } from '../../src/engine/executePlan.js';
import { openJournal } from '../../src/engine/journal.js';
import { planImport } from '../../src/engine/planImport.js';
import { checkedRowsOf, clientOf, draft } from '../helpers/clientDraft.js';

// Links reach a row only from Banqup: the provisioning result, or the listing for a client that was already active.
const dir = mkdtempSync(join(tmpdir(), 'banqup-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rowDraft = (i: number): ClientDraft => draft({ externalReference: `CLI-${i}`, vatNumber: null, companyNumber: `B${100000 + i}`, legalName: `Client ${i}` });
const linksFor = (id: string) => ({ banqup: `https://app.banqup.example/spaces/bs-${id}`, banqupFiles: `https://files.banqup.example/spaces/bs-${id}/documents` });

function api(provision: (ids: readonly string[]) => ProvisionResult[], adopt: Client | null = null): Pick<BanqupApi, 'createClient' | 'provision'> {
  return {
    createClient(_space, d) {
      if (adopt !== null && d.externalReference === adopt.externalReference) return Promise.resolve({ client: adopt, outcome: 'adopted' });
      return Promise.resolve({ client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' });
    },
    provision(_space, ids) {
      return Promise.resolve(provision(ids));
    },
  };
}

async function run(drafts: ClientDraft[], a: Pick<BanqupApi, 'createClient' | 'provision'>, clients: Client[] = [], journalPath?: string) {
  const plan = planImport({ spaceId: 'S', rows: drafts.map((d, i) => ({ row: i + 2, draft: d })), clients, journal: new Map() });
  const journal = journalPath === undefined ? null : openJournal(journalPath);
  const result = await executePlan({ spaceId: 'S', concurrency: 2, batchSize: 10, provisionRoundDelayMs: 0, api: a, plan, ...checkedRowsOf(plan), journal });
  journal?.close();
  return result.rows;
}

describe('links on rows', () => {
  it('a provisioned row takes the links of its provisioning result; the journal does not keep them', async () => {
    const path = join(dir, 'links.journal.ndjson');
    const rows = await run(
      [1, 2].map(rowDraft),
      api((ids) => ids.map((clientId, i) => ({ clientId, status: 'PROVISIONED', banqupSpaceId: `bs-${clientId}`, links: i === 0 ? linksFor(clientId) : null }))),
      [],
      path,
    );
    expect(rows[0]).toMatchObject({ status: 'provisioned', links: linksFor('id-CLI-1') });
    // A result without links (a version 1 server) leaves the row without the key.
    expect(rows[1]?.status).toBe('provisioned');
    expect(rows[1]).not.toHaveProperty('links');
    expect(readFileSync(path, 'utf8')).not.toContain('https://');
  });

  it('a row whose client was already active in Banqup takes the links from the listing; an inactive one has none', async () => {
    const [one, two, three] = [1, 2, 3].map(rowDraft) as [ClientDraft, ClientDraft, ClientDraft];
    const active = { ...clientOf(one, 'c1', 'ACTIVE'), links: linksFor('c1') };
    const inactive = clientOf(two, 'c2');
    const rows = await run(
      [one, two, three],
      api((ids) => ids.map((clientId) => ({ clientId, status: 'PROVISIONED', banqupSpaceId: `bs-${clientId}`, links: null }))),
      [active, inactive],
    );
    expect(rows[0]).toMatchObject({ row: 2, status: 'existing', banqup: 'active', links: linksFor('c1') });
    expect(rows[1]).toMatchObject({ row: 3, status: 'provisioned' });
    expect(rows[1]).not.toHaveProperty('links');
    expect(rows[2]).not.toHaveProperty('links');
  });

  it('a client adopted already active (another run provisioned it) brings its own links, and is not provisioned again', async () => {
    const d = rowDraft(1);
    const adopted = { ...clientOf(d, 'c9', 'ACTIVE'), links: linksFor('c9') };
    const sent: string[][] = [];
    const rows = await run([d], api((ids) => (sent.push([...ids]), []), adopted));
    expect(sent).toEqual([]);
    expect(rows[0]).toMatchObject({ status: 'provisioned', links: linksFor('c9') });
  });

  it('a conflict with an active client shows its links; it is not touched', async () => {
    const d = rowDraft(1);
    const held = { ...clientOf({ ...d, legalName: 'Other name' }, 'c1', 'ACTIVE'), links: linksFor('c1') };
    const rows = await run([d], api(() => []), [held]);
    expect(rows[0]).toMatchObject({ status: 'skipped', plan: 'conflict', links: linksFor('c1') });
  });
});
