import { isApiFailure, type Client } from '../api/types.js';
import { differingFields } from './differingFields.js';
import type { PlannedRow } from './planImport.js';
import { engineIssue } from './rowIssues.js';
import type { RunContext } from './runContext.js';
import { pacingOf, runPool } from './runPool.js';

/** A client the run holds for a row after the create phase, waiting to be provisioned. */
export interface HeldClient {
  readonly row: PlannedRow;
  readonly client: Client;
}

/**
 * Creates the `create` rows with `concurrency` workers. The journal gets `create-started` before
 * each call and `created`/`adopted`/`create-failed` after it, so that a crash in between leaves a
 * row that the next run looks up instead of creating blindly. A run-ending error stops new calls.
 */
export async function createRows(ctx: RunContext, rows: readonly PlannedRow[], concurrency: number): Promise<HeldClient[]> {
  const held: HeldClient[] = [];
  let done = 0;
  let failed = 0;
  const total = rows.length;
  ctx.emit({ type: 'phase-started', phase: 'create', total });
  await runPool(
    rows,
    concurrency,
    async (row) => {
      await ctx.journalBeforeSending([{ row, step: 'create-started' }]);
      // A run-ending error while the entry went to disk: the request is not sent (it would fail
      // too; the entry makes the next run look the client up). A Ctrl-C then is not one: the call
      // is under way once its entry is, and the calls under way are finished and journalled.
      if (ctx.fatal !== null) return;
      try {
        const { client, outcome } = await ctx.api.createClient(ctx.spaceId, row.draft, row.idempotencyKey);
        const differs = outcome === 'adopted' ? differingFields(row.draft, client) : [];
        if (differs.length > 0) {
          // Found by its identifier but not with this data: a conflict, never overwritten. Not
          // journalled as ours, so that the next run reports the conflict again.
          ctx.journal(row, 'create-failed', { clientId: client.id, error: 'CONFLICT' });
          failed++;
          ctx.finish(
            row.row,
            { status: 'skipped', plan: 'conflict', conflicts: differs, clientId: client.id, banqup: client.status === 'ACTIVE' ? 'active' : 'inactive' },
            differs.map((field) => engineIssue('plan.conflict', { field, held: '', clientId: client.id }, field)),
          );
        } else {
          ctx.journal(row, outcome, { clientId: client.id });
          const outcomeRow = ctx.outcomes.get(row.row);
          if (outcomeRow) Object.assign(outcomeRow, { status: 'created', clientId: client.id });
          held.push({ row, client });
        }
      } catch (error) {
        if (!isApiFailure(error)) throw error;
        ctx.journal(row, 'create-failed', {
          error: error.code ?? error.kind,
          ...(error.requestId !== undefined && { requestId: error.requestId }),
        });
        if (error.runEnding !== null) ctx.stopFor(error.runEnding);
        failed++;
        ctx.finish(row.row, { status: 'failed' }, error.issues);
      }
      done++;
      ctx.emit({ type: 'progress', phase: 'create', done, failed, total });
    },
    () => ctx.stopped(),
    pacingOf(ctx.api),
  );
  ctx.emit({ type: 'phase-finished', phase: 'create', done, failed });
  return held;
}
