import { describe, expect, it } from 'vitest';
import { ApiError, type ApiErrorKind } from '../../src/api/apiErrors.js';
import type { BanqupApi } from '../../src/api/types.js';
import type { ClientDraft } from '../../src/domain/types.js';
import { executePlan } from '../../src/engine/executePlan.js';
import { planImport } from '../../src/engine/planImport.js';
import { checkedRowsOf, clientOf, draft, onlineIssues } from '../helpers/clientDraft.js';

// Regression (issue 4, fault storm at 50 %): a provisioning call that timed out after its retries
// (exit 6) left its rows "created, not activated yet" (`banqup: "inactive"`), although the call
// may have reached Banqup — and in the storm it had: the clients were ACTIVE. Such rows now say
// what failed (the API's error) and claim nothing about the client's state; rows whose call
// Banqup surely refused (a 4xx, a connection never made) still say "not activated".

const rowDraft = (i: number): ClientDraft => draft({ externalReference: `CLI-${i}`, vatNumber: null, companyNumber: `B${500000 + i}`, legalName: `Client ${i}` });

function failingProvision(error: ApiError): Pick<BanqupApi, 'createClient' | 'provision'> {
  return {
    createClient: (_space, d) => Promise.resolve({ client: clientOf(d, `id-${d.externalReference}`), outcome: 'created' }),
    provision: () => Promise.reject(error),
  };
}

const planOf = (drafts: ClientDraft[]) =>
  planImport({ spaceId: 'S', rows: drafts.map((d, i) => ({ row: i + 2, draft: d })), clients: [], journal: new Map() });

const errorOf = (kind: ApiErrorKind, status?: number, networkCode?: string): ApiError =>
  new ApiError({ kind, method: 'POST', path: '/p', ...(status !== undefined && { status }), ...(networkCode !== undefined && { networkCode }) });

describe('a provisioning call that fails for good', () => {
  it.each([
    ['timed out', errorOf('timeout')],
    ['answered 503', errorOf('server', 503)],
    ['lost its connection', errorOf('network', undefined, 'UND_ERR_SOCKET')],
  ])('%s (the run stops): its rows failed with the error, their state unknown', async (_what, error) => {
    const result = await executePlan({ api: failingProvision(error), spaceId: 'S', plan: planOf([rowDraft(1), rowDraft(2)]), ...checkedRowsOf(planOf([rowDraft(1), rowDraft(2)])), journal: null, concurrency: 1, batchSize: 10 });
    expect(result.fatal).not.toBeNull();
    for (const row of result.rows) {
      expect(row.status).toBe('failed');
      expect(row.banqup).toBeUndefined();
      expect(onlineIssues(row).map((p) => p.code)).toEqual([error.messageCode]);
    }
  });

  it('refused before anything was done (401, the run stops): its rows are created, not activated', async () => {
    const result = await executePlan({ api: failingProvision(errorOf('unauthorized', 401)), spaceId: 'S', plan: planOf([rowDraft(1)]), ...checkedRowsOf(planOf([rowDraft(1)])), journal: null, concurrency: 1, batchSize: 10 });
    expect(result.rows[0]).toMatchObject({ status: 'created', banqup: 'inactive' });
    expect(onlineIssues(result.rows[0]).map((p) => p.code)).toEqual(['run.not_provisioned']);
  });

  it('refused as a bad request (400, the run goes on): failed, not activated', async () => {
    const result = await executePlan({ api: failingProvision(errorOf('client_error', 400)), spaceId: 'S', plan: planOf([rowDraft(1)]), ...checkedRowsOf(planOf([rowDraft(1)])), journal: null, concurrency: 1, batchSize: 10 });
    expect(result.fatal).toBeNull();
    expect(result.rows[0]).toMatchObject({ status: 'failed', banqup: 'inactive' });
  });
});
