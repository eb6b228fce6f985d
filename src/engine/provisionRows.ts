import { isApiFailure, type ProvisionResult } from '../api/types.js';
import type { Issue } from '../domain/types.js';
import type { HeldClient } from './createRows.js';
import { engineIssue } from './rowIssues.js';
import type { RunContext } from './runContext.js';
import { pacingOf, runPool, sleepUnlessAborted } from './runPool.js';

/** Options of the provisioning phase. */
export interface ProvisionOptions {
  readonly batchSize: number;
  readonly concurrency: number;
  /** Calls per client at most: a FAILED item other than NOT_FOUND is sent again in a later batch. */
  readonly rounds: number;
  /** Pause before each later round, times the round number. */
  readonly roundDelayMs: number;
}

/** Cuts a list into batches of at most `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

function itemIssue(result: Extract<ProvisionResult, { status: 'FAILED' }>): Issue {
  return engineIssue(result.final ? 'provision.failed_final' : 'provision.failed', { code: result.error });
}

/**
 * Provisions the held clients in batches of `batchSize` ("provision all in Banqup", banqup-api.md
 * §4.3), journalling `provision-started` before each call and `provisioned`/`provision-failed`
 * per client after it. NOT_FOUND is final; other failed items go into a later round, up to `rounds`.
 */
export async function provisionRows(ctx: RunContext, clients: readonly HeldClient[], opts: ProvisionOptions): Promise<void> {
  let pending = [...clients];
  let done = 0;
  let failed = 0;
  const total = clients.length;
  ctx.emit({ type: 'phase-started', phase: 'provision', total });
  for (let round = 1; round <= opts.rounds && pending.length > 0 && !ctx.stopped(); round++) {
    if (round > 1) await sleepUnlessAborted(opts.roundDelayMs * (round - 1), ctx.signal);
    if (ctx.stopped()) break;
    const retry: HeldClient[] = [];
    const lastRound = round === opts.rounds;
    await runPool(
      chunk(pending, opts.batchSize),
      opts.concurrency,
      async (batch) => {
        await ctx.journalBeforeSending(batch.map((h) => ({ row: h.row, step: 'provision-started' as const, clientId: h.client.id })));
        // As for a create (createRows.ts): after a run-ending error the batch is not sent; after a
        // Ctrl-C it is, being under way once its entries are.
        if (ctx.fatal !== null) return;
        let results: ProvisionResult[];
        try {
          results = await ctx.api.provision(ctx.spaceId, batch.map((h) => h.client.id));
        } catch (error) {
          if (!isApiFailure(error)) throw error;
          const fatal = error.runEnding;
          for (const h of batch) {
            ctx.journal(h.row, 'provision-failed', {
              clientId: h.client.id,
              error: error.code ?? error.kind,
              ...(error.requestId !== undefined && { requestId: error.requestId }),
            });
          }
          // A call that may have reached Banqup (a 5xx, a time limit, a lost connection, after the
          // retries) may have activated its clients: say what failed, never "not active".
          const outcome = error.mayHaveReachedServer ? {} : { banqup: 'inactive' as const };
          if (fatal !== null) {
            // Not the clients' fault: the next run provisions them (or finds them active).
            ctx.stopFor(fatal);
            if (error.mayHaveReachedServer) for (const h of batch) ctx.finish(h.row.row, { status: 'failed' }, error.issues);
            return;
          }
          failed += batch.length;
          for (const h of batch) ctx.finish(h.row.row, { status: 'failed', ...outcome }, error.issues);
          return;
        }
        const byId = new Map(results.map((r) => [r.clientId, r]));
        for (const h of batch) {
          const result = byId.get(h.client.id) ?? { clientId: h.client.id, status: 'FAILED', error: 'MISSING_RESULT', final: false };
          if (result.status !== 'FAILED') {
            const spaceId = result.banqupSpaceId ?? undefined;
            ctx.journal(h.row, 'provisioned', { clientId: h.client.id, ...(spaceId !== undefined && { banqupSpaceId: spaceId }) });
            done++;
            // The links come with the result (banqup-api.md §4.3): the journal does not need them.
            ctx.finish(h.row.row, {
              status: 'provisioned',
              banqup: 'active',
              ...(spaceId !== undefined && { banqupSpaceId: spaceId }),
              ...(result.links !== null && { links: result.links }),
            });
            continue;
          }
          ctx.journal(h.row, 'provision-failed', { clientId: h.client.id, error: result.error });
          if (result.final || lastRound) {
            failed++;
            ctx.finish(h.row.row, { status: 'failed', banqup: 'inactive' }, [itemIssue(result)]);
          } else {
            retry.push(h);
          }
        }
        ctx.emit({ type: 'progress', phase: 'provision', done, failed, total });
      },
      () => ctx.stopped(),
      pacingOf(ctx.api),
    );
    pending = retry;
  }
  ctx.emit({ type: 'phase-finished', phase: 'provision', done, failed });
}
